import type { LeadsheetApi } from '../shared/ipc/api';

declare global {
  interface Window {
    /** The preload's API (or the harness's over HTTP): the renderer's only way to the core. */
    readonly leadsheet: LeadsheetApi;
  }
}
