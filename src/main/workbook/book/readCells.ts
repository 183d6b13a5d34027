import type ExcelJS from 'exceljs';

/** A cell's value as import sees it: a formula's cached result, rich text joined, blanks as undefined. */
export type CellRead = number | string | Date | boolean | undefined;

/** Reads a cell the way a person sees it: the result of a formula, the text of rich text; an empty cell is undefined, never 0. */
export function readCell(cell: ExcelJS.Cell): CellRead {
  const v = cell.value;
  if (v === null || v === undefined) return undefined;
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean' || v instanceof Date) return v === '' ? undefined : v;
  if (typeof v === 'object') {
    if ('result' in v) {
      const r = (v as { result?: unknown }).result;
      return typeof r === 'number' || typeof r === 'string' || typeof r === 'boolean' || r instanceof Date ? r : undefined;
    }
    if ('richText' in v) return v.richText.map((t) => t.text).join('');
    if ('text' in v && typeof v.text === 'string') return v.text;
    if ('error' in v) return undefined;
  }
  return undefined;
}

/** True when the cell holds a formula (its own or a shared one) rather than a typed value. */
export function hasFormula(cell: ExcelJS.Cell): boolean {
  const v = cell.value;
  return v !== null && typeof v === 'object' && ('formula' in v || 'sharedFormula' in v);
}
