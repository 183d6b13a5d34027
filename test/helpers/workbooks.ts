import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Plan } from '#shared/model';
import { exportWorkbook } from '#main/workbook/book/exportWorkbook';

/** Exports `plan` into a fresh temporary folder and returns the workbook's path. */
export async function exported(plan: Plan, name = 'plan.xlsx'): Promise<string> {
  const path = join(mkdtempSync(join(tmpdir(), 'leadsheet-book-')), name);
  await exportWorkbook(plan, path);
  return path;
}

/** Reads a workbook with exceljs, as a test or another program would. */
export async function readBook(path: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook;
}
