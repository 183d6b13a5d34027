import { AllCommunityModule, ModuleRegistry, type AgChartTheme } from 'ag-charts-community';

let registered = false;

/** Registers the AG Charts Community modules once per window, before the first chart. */
export function registerCharts(): void {
  if (registered) return;
  ModuleRegistry.registerModules([AllCommunityModule]);
  registered = true;
}

/** The charts' theme: AG's default in the OS scheme, on the page's own background, in the page's font. */
export function chartTheme(scheme: 'light' | 'dark'): AgChartTheme {
  return {
    baseTheme: scheme === 'dark' ? 'ag-default-dark' : 'ag-default',
    params: { fontFamily: 'system-ui, sans-serif', fontSize: 12, chartBackgroundColor: 'transparent' },
  };
}
