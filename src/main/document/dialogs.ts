/**
 * The file dialogs main shows. Electron's native dialogs in the app; in the test harness, answers
 * queued by the test, inside HARNESS_DIR. Each resolves with an absolute path, or null when the
 * user cancels.
 */
export interface Dialogs {
  /** Open: a plan file. */
  openPlan(): Promise<string | null>;
  /** Save As: where to save a plan, starting from `suggestedName`. */
  savePlan(suggestedName: string): Promise<string | null>;
  /** Import: a workbook or CSV (vendor quotes, or a workbook Leadsheet exported). */
  openSpreadsheet(purpose: 'quotes' | 'workbook'): Promise<string | null>;
  /** Export: where to write a workbook, starting from `suggestedName`. */
  saveWorkbook(suggestedName: string): Promise<string | null>;
}

/** The extension of a plan file; Save As adds it when the name typed has none. */
export const PLAN_EXTENSION = '.leadsheet';
