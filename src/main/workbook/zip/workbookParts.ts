import { err, ok, type Result } from '#shared/result';
import type { ZipEntry } from './centralDirectory';
import type { ZipProblem } from './zipProblem';

/** The parts exceljs cannot do without: the package's content types and the workbook itself. */
export const REQUIRED_PARTS = ['[Content_Types].xml', 'xl/workbook.xml'] as const;

/** Zips people mistake for workbooks, told apart so the message can say how to convert them. */
const LOOKALIKES: readonly { readonly parts: readonly string[]; readonly reason: string }[] = [
  { parts: ['xl/workbook.bin'], reason: 'is an Excel binary workbook (.xlsb); open it in Excel and save it as .xlsx' },
  { parts: ['mimetype', 'content.xml'], reason: 'is an OpenDocument file (such as .ods); open it in LibreOffice or Excel and save it as .xlsx' },
];

/** Refuses a zip archive that lacks the parts of an Excel workbook (an .xlsx or .xlsm). */
export function checkWorkbookParts(entries: readonly ZipEntry[]): Result<void, ZipProblem> {
  const names = new Set(entries.map((entry) => entry.name));
  if (REQUIRED_PARTS.every((part) => names.has(part))) return ok(undefined);
  const lookalike = LOOKALIKES.find((candidate) => candidate.parts.every((part) => names.has(part)));
  return err({ kind: 'not-a-workbook', reason: lookalike?.reason ?? 'is a zip archive but not an Excel workbook; Leadsheet reads .xlsx and .csv files' });
}
