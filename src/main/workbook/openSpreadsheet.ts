import { basename, extname } from 'node:path';
import { err, ok, type Result } from '#shared/result';
import { delimitedText } from './delimitedText';
import { withDefaults, type SpreadsheetLimits } from './limits';
import { ole2StreamNames } from './ole2';
import type { FileRefusal, OpenedSpreadsheet } from './openSpreadsheet.types';
import { readBounded } from './readBounded';
import { sniffSignature } from './sniff';
import { checkWorkbookZip } from './zip/checkZip';

export type { FileRefusal, OpenedSpreadsheet } from './openSpreadsheet.types';
export { DEFAULT_SPREADSHEET_LIMITS, type SpreadsheetLimits } from './limits';

/** The reasons that need no detail from the file; each is one line, read after `${file}: `. */
export const REASONS = {
  xls: 'is an old Excel 97–2003 .xls file; open it in Excel and save it as .xlsx',
  encrypted: 'is protected by a password; remove the password in Excel (File › Info › Protect Workbook) and save it again',
  notASpreadsheet: 'is not a spreadsheet: Leadsheet reads .xlsx and .csv files',
  empty: 'is empty: there is nothing in it to import',
} as const;

/**
 * An OLE2 compound file is an old .xls (a Workbook stream, or Book for Excel 5), an encrypted
 * .xlsx (an EncryptedPackage stream: Excel wraps the encrypted zip in OLE2), or something else
 * entirely, such as an old .doc.
 */
function ole2Refusal(file: string, bytes: Buffer): FileRefusal {
  const names = ole2StreamNames(bytes);
  if (names?.has('EncryptedPackage')) return { file, kind: 'encrypted', reason: REASONS.encrypted };
  if (names?.has('Workbook') || names?.has('Book')) return { file, kind: 'xls', reason: REASONS.xls };
  return { file, kind: 'not-a-spreadsheet', reason: REASONS.notASpreadsheet };
}

/** The first line of an error's message: the reason must stay one line. */
function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split(/\r?\n/, 1)[0]?.trim() || 'unknown error';
}

/** Loads a zip that passed every check; exceljs is imported only now, so a refusal never pays for loading it. */
async function loadWorkbook(file: string, bytes: Buffer): Promise<Result<OpenedSpreadsheet, FileRefusal>> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs types its input as an ArrayBuffer; JSZip under it takes a Node Buffer as it is, without a copy.
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    return err({ file, kind: 'unreadable', reason: `could not be read as a workbook (${firstLine(error)}); open it in Excel and save it again` });
  }
  return ok({ kind: 'xlsx', file, workbook });
}

/** A spreadsheet file that passed every check, not yet parsed: the zip's bytes, or CSV text. */
export type CheckedSpreadsheet = { readonly kind: 'xlsx'; readonly file: string; readonly bytes: Buffer } | { readonly kind: 'csv'; readonly file: string; readonly text: string };

/**
 * Checks a spreadsheet the user chose, refusing anything that is not a workbook or delimited text
 * before a spreadsheet library sees it: too large, an old .xls, encrypted, a damaged zip, a zip
 * that is not a workbook, or one that would expand beyond the limits. `file` in the result and in
 * every refusal is the path's base name, so a message reads `${file}: ${reason}`.
 */
export async function checkSpreadsheet(path: string, limits: Partial<SpreadsheetLimits> = {}): Promise<Result<CheckedSpreadsheet, FileRefusal>> {
  const file = basename(path);
  const bounds = withDefaults(limits);
  const read = await readBounded(path, file, bounds.maxFileBytes);
  if (!read.ok) return read;
  const bytes = read.value;
  if (bytes.length === 0) return err({ file, kind: 'not-a-spreadsheet', reason: REASONS.empty });
  switch (sniffSignature(bytes)) {
    case 'zip': {
      const checked = await checkWorkbookZip(bytes, bounds);
      return checked.ok ? ok({ kind: 'xlsx', file, bytes }) : err({ file, ...checked.error });
    }
    case 'ole2':
      return err(ole2Refusal(file, bytes));
    case 'other': {
      const text = delimitedText(bytes, extname(path));
      return text === null ? err({ file, kind: 'not-a-spreadsheet', reason: REASONS.notASpreadsheet }) : ok({ kind: 'csv', file, text });
    }
  }
}

/** {@link checkSpreadsheet}, then a workbook that passed loaded whole by exceljs (quote sheets are small). */
export async function openSpreadsheet(path: string, limits: Partial<SpreadsheetLimits> = {}): Promise<Result<OpenedSpreadsheet, FileRefusal>> {
  const checked = await checkSpreadsheet(path, limits);
  if (!checked.ok || checked.value.kind === 'csv') return checked as Result<OpenedSpreadsheet, FileRefusal>;
  return loadWorkbook(checked.value.file, checked.value.bytes);
}
