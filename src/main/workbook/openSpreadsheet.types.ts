import type ExcelJS from 'exceljs';

/** Why a file was refused before any spreadsheet library parsed it; `reason` is one line for the user. */
export interface FileRefusal {
  readonly file: string;
  readonly kind: 'not-found' | 'too-large' | 'xls' | 'encrypted' | 'corrupt-zip' | 'not-a-workbook' | 'zip-bomb' | 'not-a-spreadsheet' | 'unreadable';
  readonly reason: string;
}

/** A spreadsheet file that passed the checks: a workbook exceljs has loaded, or CSV text. */
export type OpenedSpreadsheet =
  | { readonly kind: 'xlsx'; readonly file: string; readonly workbook: ExcelJS.Workbook }
  | { readonly kind: 'csv'; readonly file: string; readonly text: string };
