import { ok, type Result } from '#shared/result';
import type { SpreadsheetLimits } from '../limits';
import { readCentralDirectory } from './centralDirectory';
import { readEndOfCentralDirectory } from './endOfCentralDirectory';
import { checkEntryCount, checkExpansion } from './expansion';
import { verifyEntries } from './verifyEntries';
import { checkWorkbookParts } from './workbookParts';
import type { ZipProblem } from './zipProblem';

/**
 * Checks that a zip archive is a workbook exceljs can load within the limits: cheap checks of the
 * directory first (count, declared sizes, ratios, parts), so a bomb is refused before any
 * inflation, and only then every entry inflated against its declared size.
 */
export async function checkWorkbookZip(zip: Buffer, limits: SpreadsheetLimits): Promise<Result<void, ZipProblem>> {
  const end = readEndOfCentralDirectory(zip);
  if (!end.ok) return end;
  const count = checkEntryCount(end.value.entries, limits);
  if (!count.ok) return count;
  const entries = readCentralDirectory(zip, end.value);
  if (!entries.ok) return entries;
  const expansion = checkExpansion(entries.value, limits);
  if (!expansion.ok) return expansion;
  const parts = checkWorkbookParts(entries.value);
  if (!parts.ok) return parts;
  const verified = await verifyEntries(zip, entries.value, end.value);
  return verified.ok ? ok(undefined) : verified;
}
