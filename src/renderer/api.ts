import type { LeadsheetApi } from '../shared/ipc/api';

/** The renderer's only way to the core: the preload's named functions (or the harness's, over HTTP). */
export function api(): LeadsheetApi {
  return window.leadsheet;
}
