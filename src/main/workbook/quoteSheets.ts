import ExcelJS from 'exceljs';
import type { GridCell, GridMerge, GridSheet } from '#main/quotes/grid';
import { EMPTY } from '#main/quotes/grid';

type Value = ExcelJS.CellValue;
/** What a formula cell caches as its result. */
type Cached = number | string | boolean | Date | ExcelJS.CellErrorValue | undefined;

/** A Date as Excel stored it: exceljs reads the serial as a UTC instant, so the UTC fields are the cell's date. */
function dateCell(date: Date): GridCell {
  if (Number.isNaN(date.getTime())) return { kind: 'error', text: '#VALUE!' };
  const iso = date.toISOString().slice(0, 10);
  return { kind: 'date', month: iso.slice(0, 7), iso };
}

function numberCell(value: number, numFmt: string | undefined): GridCell {
  // "General" says nothing about the figure; any other format (0%, "$"#,##0) may.
  return numFmt && numFmt !== 'General' ? { kind: 'number', value, format: numFmt } : { kind: 'number', value };
}

function textCell(text: string): GridCell {
  return text === '' ? EMPTY : { kind: 'text', text };
}

function richText(value: { richText: readonly { text: string }[] }): string {
  return value.richText.map((r) => r.text).join('');
}

/** A formula's cached result, or any plain value, as a grid cell. */
function plainCell(value: Cached | null, numFmt: string | undefined): GridCell {
  if (value === null || value === undefined) return EMPTY;
  if (typeof value === 'number') return numberCell(value, numFmt);
  if (typeof value === 'string') return textCell(value);
  if (typeof value === 'boolean') return { kind: 'boolean', value };
  if (value instanceof Date) return dateCell(value);
  return { kind: 'error', text: value.error };
}

/** One exceljs value as a grid cell: formulas by their cached result, rich text joined, a hyperlink by its text. */
function gridCell(value: Value, numFmt: string | undefined): GridCell {
  if (value === null || value === undefined || typeof value !== 'object' || value instanceof Date) return plainCell(value ?? null, numFmt);
  if ('richText' in value) return textCell(richText(value));
  if ('hyperlink' in value) {
    // exceljs types a link's text as a string, but a styled link arrives as rich text.
    const text: unknown = value.text;
    if (typeof text === 'string') return textCell(text);
    if (text !== null && typeof text === 'object' && 'richText' in text && Array.isArray(text.richText)) return textCell(richText(text as { richText: { text: string }[] }));
    return textCell(value.hyperlink);
  }
  if ('formula' in value || 'sharedFormula' in value) return plainCell(value.result, numFmt);
  if ('error' in value) return { kind: 'error', text: value.error };
  return EMPTY;
}

/** One worksheet as a grid: every merged range found from its hidden cells, whose values are the master's and are read as empty. */
function gridSheet(worksheet: ExcelJS.Worksheet): GridSheet {
  const rows: GridCell[][] = [];
  const merges = new Map<string, { top: number; left: number; bottom: number; right: number }>();
  worksheet.eachRow((row, rowNumber) => {
    const cells: GridCell[] = [];
    row.eachCell((cell, colNumber) => {
      const r = rowNumber - 1;
      const c = colNumber - 1;
      while (cells.length < c) cells.push(EMPTY);
      if (cell.type === ExcelJS.ValueType.Merge) {
        const master = cell.master;
        const key = master.address;
        const merge = merges.get(key) ?? { top: Number(master.row) - 1, left: Number(master.col) - 1, bottom: r, right: c };
        merge.bottom = Math.max(merge.bottom, r);
        merge.right = Math.max(merge.right, c);
        merges.set(key, merge);
        cells.push(EMPTY);
        return;
      }
      cells.push(gridCell(cell.value, cell.numFmt));
    });
    rows[rowNumber - 1] = cells;
  });
  // Rows exceljs never saw (no values) are empty rows, not holes.
  for (let r = 0; r < rows.length; r++) rows[r] ??= [];
  const list: GridMerge[] = [...merges.values()];
  return { name: worksheet.name, rows, merges: list };
}

/** Every worksheet of a loaded workbook as a library-free grid, in workbook order. */
export function quoteSheets(workbook: ExcelJS.Workbook): GridSheet[] {
  return workbook.worksheets.map(gridSheet);
}
