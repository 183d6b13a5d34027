import { basename, extname } from 'node:path';
import { err } from '#shared/result';
import { csvSheet } from '#main/quotes/csv';
import { parseQuoteSheets } from '#main/quotes/parseQuotes';
import { formatKey } from '#main/quotes/sheetFormat';
import { openSpreadsheet } from '#main/workbook/openSpreadsheet';
import { quoteSheets } from '#main/workbook/quoteSheets';
import type { JobContext } from './jobContext';
import type { JobRequest, JobResultOf } from './jobTypes';
import type { JobOutput } from './runJob';

/**
 * Reads every quote row of a vendor's workbook or CSV, as `leadsheet quotes` does, with the column
 * mappings remembered for sheet formats that main passed; a refused file or unreadable sheet is an outcome.
 */
export async function parseQuotesJob(request: Extract<JobRequest, { kind: 'parseQuotes' }>, context: JobContext): Promise<JobOutput<JobResultOf<'parseQuotes'>>> {
  const done = (outcome: JobResultOf<'parseQuotes'>['outcome']): JobOutput<JobResultOf<'parseQuotes'>> => ({ result: { kind: 'parseQuotes', outcome }, transfer: [] });
  context.progress(0, 2, 'reading');
  const opened = await openSpreadsheet(request.path);
  if (!opened.ok) return done(err({ kind: opened.error.kind, message: `${opened.error.file}: ${opened.error.reason}` }));
  context.progress(1, 2, 'parsing');
  await context.checkpoint();
  const book = opened.value;
  // A CSV's one sheet is named after the file, as Excel names it on opening.
  const sheets = book.kind === 'xlsx' ? quoteSheets(book.workbook) : [csvSheet(book.text, basename(book.file, extname(book.file)))];
  const remembered = new Map((request.remembered ?? []).map((m) => [formatKey(m.headers), m.map]));
  const parsed = parseQuoteSheets(sheets, {
    file: book.file,
    ...(request.sheet === undefined ? {} : { sheet: request.sheet }),
    ...(request.map === undefined ? {} : { map: request.map }),
    ...(remembered.size === 0 ? {} : { recall: (headers: readonly string[]) => remembered.get(formatKey(headers)) }),
  });
  context.progress(2, 2, 'parsing');
  return done(parsed);
}
