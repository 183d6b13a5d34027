import type { BrowserWindow, Dialog } from 'electron';
import type { Dialogs } from '../document/dialogs';

const PLAN_FILTERS = [{ name: 'Leadsheet plan', extensions: ['leadsheet'] }, { name: 'JSON', extensions: ['json'] }];
const SPREADSHEET_FILTERS = [{ name: 'Spreadsheets', extensions: ['xlsx', 'csv'] }];
const WORKBOOK_FILTERS = [{ name: 'Excel workbook', extensions: ['xlsx'] }];

/** The native file dialogs, each attached to the window that asked (the focused one) so it opens as a sheet on macOS. */
export function nativeDialogs(dialog: Pick<Dialog, 'showOpenDialog' | 'showSaveDialog'>, parent: () => BrowserWindow | undefined): Dialogs {
  const open = async (title: string, filters: { name: string; extensions: string[] }[]): Promise<string | null> => {
    const window = parent();
    const options = { title, filters, properties: ['openFile' as const] };
    const answer = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
    return answer.canceled ? null : (answer.filePaths[0] ?? null);
  };
  const save = async (title: string, defaultPath: string, filters: { name: string; extensions: string[] }[]): Promise<string | null> => {
    const window = parent();
    const options = { title, defaultPath, filters };
    const answer = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
    return answer.canceled || !answer.filePath ? null : answer.filePath;
  };
  return {
    openPlan: () => open('Open Plan', PLAN_FILTERS),
    savePlan: (suggestedName) => save('Save Plan', suggestedName, PLAN_FILTERS),
    openSpreadsheet: (purpose) => open(purpose === 'quotes' ? 'Import Quotes' : 'Import Workbook', purpose === 'quotes' ? SPREADSHEET_FILTERS : WORKBOOK_FILTERS),
    saveWorkbook: (suggestedName) => save('Export to Excel', suggestedName, WORKBOOK_FILTERS),
  };
}
