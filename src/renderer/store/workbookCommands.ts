import { api } from '../api';
import { fileName, readQuotes } from '../views/quotes/quoteStore';
import { notify, useDocument } from './documentStore';
import { show } from './fileCommands';
import { runJob } from './jobs';

/**
 * Brings a view forward by its tab. The view shown is App's state, so this presses the tab a user
 * would; a store App read the view from would do it without the DOM.
 */
export function showView(viewId: string): void {
  document.getElementById(`tab-${viewId}`)?.click();
}

/** Export to Excel: the plan as a live-formula workbook where the Save dialog says, with progress and Cancel. */
export async function exportWorkbook(): Promise<void> {
  const documentId = useDocument.getState().documentId;
  if (!documentId) return;
  const answer = await runJob('Exporting to Excel', (jobId) => api().jobExportWorkbook({ jobId, documentId }));
  if (!answer.ok) return notify('error', `Could not export to Excel: ${answer.error.message}`);
  if (answer.value.status === 'exported') notify('info', `Exported ${fileName(answer.value.path)}`);
}

/**
 * Import from Excel: a workbook Leadsheet exported (the one dropped, or the one picked in the Open
 * dialog), read back with any assumptions edited in Excel, opens as a new unsaved plan in this window.
 */
export async function importWorkbook(path?: string): Promise<void> {
  const label = `Importing ${path ? fileName(path) : 'a workbook'}`;
  const documentId = useDocument.getState().documentId;
  const answer = await runJob(label, (jobId) => api().jobImportWorkbook(path === undefined ? { jobId, documentId } : { jobId, documentId, path }));
  if (!answer.ok) return notify('error', `Could not import the workbook: ${answer.error.message}`);
  if (answer.value.status === 'elsewhere') return notify('info', 'Imported into a window of its own');
  if (answer.value.status !== 'opened') return;
  await show(answer.value.documentId);
  notify('info', `Imported ${answer.value.file.name}`);
}

/** Import Quotes: the Quotes view comes forward and reads the file given, or the one picked in the Open dialog. */
export async function importQuotes(path?: string): Promise<void> {
  showView('quotes');
  await readQuotes(path === undefined ? {} : { path });
}

/** Which command a dropped spreadsheet runs: a vendor quote sheet (.csv, or .xlsx dropped on the Quotes view) or a workbook to import. */
export function isSpreadsheet(path: string): boolean {
  return /\.(xlsx|csv|tsv|txt)$/i.test(path);
}
