import { AllCommunityModule, colorSchemeVariable, ModuleRegistry, themeQuartz } from 'ag-grid-community';

// Once for the whole renderer: every grid of the app uses the community modules.
ModuleRegistry.registerModules([AllCommunityModule]);

/**
 * The grids' look: Quartz, dense, in the system font, light or dark after the `data-ag-theme-mode`
 * the SheetGrid wrapper sets from the OS preference.
 */
export const SHEET_THEME = themeQuartz.withPart(colorSchemeVariable).withParams({
  fontFamily: 'system-ui, -apple-system, "Segoe UI", sans-serif',
  fontSize: 13,
  headerFontSize: 12,
  headerFontWeight: 600,
  spacing: 5,
  rowHeight: 28,
  headerHeight: 30,
  wrapperBorderRadius: 6,
  accentColor: '#2f6fde',
  cellHorizontalPaddingScale: 0.9,
  columnBorder: true,
});
