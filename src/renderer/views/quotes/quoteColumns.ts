import { QUOTE_FIELD_LABELS, type QuoteFieldDto } from '../../../shared/ipc/jobChannels';
import type { Quote } from '../../../shared/model';
import { err, ok, type Result } from '../../../shared/result';

/** One field's column in one sheet, as main detected it (`amount` ← `D` `Rate`). */
export interface SheetColumnDto {
  readonly sheet: string;
  readonly field: QuoteFieldDto;
  readonly column: string;
  readonly header: string;
}

// The views import the quote vocabulary from here, beside the mapping logic that uses it.
export { QUOTE_FIELD_LABELS };

/** The quote fields in the order the mapping shows them. */
export const QUOTE_FIELDS = Object.keys(QUOTE_FIELD_LABELS) as QuoteFieldDto[];

/** A column of a sheet a field may be read from: `D`, headed `Rate` (empty when it has no header). */
export interface SheetColumnChoice {
  readonly letter: string;
  readonly header: string;
}

/** `A`, `B`, … `Z`, `AA`: the letter of a 0-based column. */
export function columnLetter(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** Main keys a quote's `raw` cells by header, by letter for a column without one, and `Header (C)` for a repeated header. */
function headerOfRawKey(key: string, letter: string): string {
  if (key === letter) return '';
  const repeated = / \(([A-Z]+)\)$/.exec(key);
  return repeated && repeated[1] === letter ? key.slice(0, -repeated[0].length) : key;
}

/**
 * The columns of a sheet, left to right, as its quotes' cells show them; columns the mapping
 * names are included even when no quote row was read (a sheet of errors only still has headers).
 */
export function sheetColumns(quotes: readonly Quote[], mapping: readonly SheetColumnDto[], sheet: string): SheetColumnChoice[] {
  const columns = new Map<string, SheetColumnChoice>();
  const first = quotes.find((q) => q.sheet === sheet);
  Object.keys(first?.raw ?? {}).forEach((key, index) => {
    const letter = columnLetter(index);
    columns.set(letter, { letter, header: headerOfRawKey(key, letter) });
  });
  for (const m of mapping) if (m.sheet === sheet && !columns.has(m.column)) columns.set(m.column, { letter: m.column, header: m.header });
  return [...columns.values()].sort((a, b) => a.letter.length - b.letter.length || a.letter.localeCompare(b.letter));
}

/** The sheets read, in the order their quotes (or else their mapping) came. */
export function sheetsOf(quotes: readonly Quote[], mapping: readonly SheetColumnDto[]): string[] {
  return [...new Set([...quotes.map((q) => q.sheet), ...mapping.map((m) => m.sheet)])];
}

/** Each field's column letter in one sheet ('' where none is read). */
export type FieldColumns = Readonly<Record<QuoteFieldDto, string>>;

/** The sheet's detected mapping as field → letter, every field present. */
export function fieldColumns(mapping: readonly SheetColumnDto[], sheet: string): FieldColumns {
  const result = Object.fromEntries(QUOTE_FIELDS.map((f) => [f, ''])) as Record<QuoteFieldDto, string>;
  for (const m of mapping) if (m.sheet === sheet) result[m.field] = m.column;
  return result;
}

/**
 * The `map` to send main for a corrected mapping: every field named, by column letter, and `''`
 * for a field read from no column, so the corrections already made are kept when one more is.
 * Refused when two fields would read the same column.
 */
export function mapRequest(columns: FieldColumns): Result<Partial<Record<QuoteFieldDto, string>>, string> {
  const byLetter = new Map<string, QuoteFieldDto>();
  for (const field of QUOTE_FIELDS) {
    const letter = columns[field];
    if (!letter) continue;
    const other = byLetter.get(letter);
    if (other) return err(`Column ${letter} is chosen for both ${QUOTE_FIELD_LABELS[other]} and ${QUOTE_FIELD_LABELS[field]}: a column can feed one field`);
    byLetter.set(letter, field);
  }
  return ok(Object.fromEntries(QUOTE_FIELDS.map((f) => [f, columns[f]])));
}

/** True when the corrected mapping differs from the one the quotes were read with. */
export function mappingChanged(detected: FieldColumns, edited: FieldColumns): boolean {
  return QUOTE_FIELDS.some((f) => detected[f] !== edited[f]);
}

/** Where an error points: `'Rate card'!D9` → sheet `Rate card`, column `D`, row 9; null when it names no cell. */
export function cellPlace(ref: string): { sheet: string; column: string; row: number } | null {
  const bang = ref.lastIndexOf('!');
  if (bang < 0) return null;
  const rawSheet = ref.slice(0, bang);
  const sheet = /^'.*'$/.test(rawSheet) ? rawSheet.slice(1, -1).replaceAll("''", "'") : rawSheet;
  const cell = /^\$?([A-Z]+)\$?(\d+)$/.exec(ref.slice(bang + 1));
  if (!cell) return null;
  return { sheet, column: cell[1] ?? '', row: Number(cell[2]) };
}

/** A cell's reference as Excel writes it (and main's errors do): `Pricing!D10`, `'Rate card'!D10`. */
export function cellRef(sheet: string, column: string, row: number): string {
  const name = /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(sheet) ? sheet : `'${sheet.replaceAll("'", "''")}'`;
  return `${name}!${column}${row}`;
}

/** The field an error's cell was read for, by the sheet's mapping; null when the cell is in no mapped column. */
export function fieldOfError(cell: string, mapping: readonly SheetColumnDto[]): QuoteFieldDto | null {
  const place = cellPlace(cell);
  if (!place) return null;
  return mapping.find((m) => m.sheet === place.sheet && m.column === place.column)?.field ?? null;
}
