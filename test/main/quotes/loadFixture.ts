import { readFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { csvSheet } from '#main/quotes/csv';
import type { GridSheet } from '#main/quotes/grid';
import { quoteSheets } from '#main/workbook/quoteSheets';

/** The folder of the quote fixtures that make-fixtures.ts writes. */
export const FIXTURES = join(fileURLToPath(new URL('.', import.meta.url)), '../../fixtures/quotes');

/** A fixture's sheets as the importer sees them: an .xlsx through exceljs and the adapter, a CSV as one sheet named after the file. */
export async function fixtureSheets(file: string): Promise<GridSheet[]> {
  const path = join(FIXTURES, file);
  if (extname(file) === '.csv') return [csvSheet(readFileSync(path, 'utf8'), basename(file, '.csv'))];
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return quoteSheets(workbook);
}
