/**
 * A spreadsheet as plain data, with no library types: what the quote parser reads, whether the
 * file was an .xlsx (through the exceljs adapter) or a CSV.
 */

/** One cell's content; `number` keeps the cell's number format because `0.1` shown as `10%` means ten percent. */
export type GridCell =
  | { readonly kind: 'empty' }
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'number'; readonly value: number; readonly format?: string }
  /** A date cell: its month (`YYYY-MM`) and its day (`YYYY-MM-DD`), read in UTC as Excel stores them. */
  | { readonly kind: 'date'; readonly month: string; readonly iso: string }
  | { readonly kind: 'boolean'; readonly value: boolean }
  /** A formula error such as `#N/A`. */
  | { readonly kind: 'error'; readonly text: string };

/** A merged range, 0-based and inclusive. */
export interface GridMerge {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** One sheet: rows of cells (0-based; a short or missing row means empty cells) and its merged ranges. */
export interface GridSheet {
  readonly name: string;
  readonly rows: readonly (readonly GridCell[])[];
  readonly merges: readonly GridMerge[];
}

/** The one empty cell, shared: a sheet of 100,000 rows needs no more. */
export const EMPTY: GridCell = Object.freeze({ kind: 'empty' });

/** The cell at a 0-based row and column; outside the data it is empty. */
export function cellAt(sheet: GridSheet, row: number, col: number): GridCell {
  return sheet.rows[row]?.[col] ?? EMPTY;
}

/** `0` → `A`, `25` → `Z`, `26` → `AA` (0-based column in). */
export function columnLetter(col: number): string {
  let name = '';
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** `A` → `0`, `AA` → `26`; null when `letters` is not a column name (A–XFD). */
export function columnIndex(letters: string): number | null {
  if (!/^[A-Za-z]{1,3}$/.test(letters)) return null;
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n <= 16_384 ? n - 1 : null;
}

/** The A1 name of a 0-based row and column: `cellName(9, 3)` → `D10`. */
export function cellName(row: number, col: number): string {
  return `${columnLetter(col)}${row + 1}`;
}

/** A sheet name as Excel writes it in a reference: quoted when it holds anything but letters, digits, `_` and `.`. */
export function sheetRef(sheet: string): string {
  return /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(sheet) ? sheet : `'${sheet.replaceAll("'", "''")}'`;
}

/** A cell's full reference, `Pricing!D10` or `'Rate card'!D10`, as errors name it. */
export function cellRef(sheet: string, row: number, col: number): string {
  return `${sheetRef(sheet)}!${cellName(row, col)}`;
}

/** A cell as text, as a quote's `raw` keeps it: numbers unformatted except percentages, dates as `YYYY-MM-DD`. */
export function cellText(cell: GridCell): string {
  switch (cell.kind) {
    case 'empty':
      return '';
    case 'text':
    case 'error':
      return cell.text;
    case 'number':
      // A percentage's stored 0.1 would read as a different figure from the 10% the vendor typed.
      return cell.format?.includes('%') ? `${Number((cell.value * 100).toPrecision(12))}%` : String(cell.value);
    case 'date':
      return cell.iso;
    case 'boolean':
      return cell.value ? 'TRUE' : 'FALSE';
  }
}

/** True when the cell holds nothing a reader would see: empty, or text of only whitespace. */
export function isBlank(cell: GridCell): boolean {
  return cell.kind === 'empty' || (cell.kind === 'text' && cell.text.trim() === '');
}
