import { useSyncExternalStore } from 'react';
// The app's grid look and module registration, shared with SheetGrid.
export { SHEET_THEME as QUOTE_GRID_THEME } from '../../grid/agGrid';

const DARK_QUERY = '(prefers-color-scheme: dark)';

function subscribe(onChange: () => void): () => void {
  const query = window.matchMedia(DARK_QUERY);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

/** `dark` or `light` as the OS is, following it when it changes: the grid theme's `data-ag-theme-mode`. */
export function useThemeMode(): 'dark' | 'light' {
  return useSyncExternalStore(subscribe, () => window.matchMedia(DARK_QUERY).matches) ? 'dark' : 'light';
}
