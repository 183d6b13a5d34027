import type { Readable } from 'node:stream';
import type ExcelJS from 'exceljs';
import { ASSUMPTIONS } from './assumptionsLayout';
import { QUOTES_SHEET } from './quotesSheet';
import { hasFormula, readCell, type CellRead } from './readCells';
import { SCENARIO_COLUMNS, SCENARIO_ROWS } from './scenarioLayout';

/** A cell as import needs it: what it shows, and whether a formula computed it. */
export interface ImportCell {
  readonly value: CellRead;
  readonly formula: boolean;
}

/** The cells of one sheet that import reads; rows 1-based, columns 0-based. */
export interface ImportSheet {
  readonly name: string;
  readonly rowCount: number;
  cell(row: number, column: number): ImportCell | undefined;
  /** The non-empty cells of a row, by column. */
  rowCells(row: number): readonly (readonly [number, ImportCell])[];
}

/** A workbook as import reads it, whether loaded whole or streamed. */
export interface ImportSource {
  sheet(name: string): ImportSheet | undefined;
}

/** Import's view of a workbook exceljs has loaded whole (tests, and workbooks edited in memory). */
export function fromWorkbook(workbook: ExcelJS.Workbook): ImportSource {
  const cellOf = (cell: ExcelJS.Cell): ImportCell | undefined => {
    const value = readCell(cell);
    return value === undefined ? undefined : { value, formula: hasFormula(cell) };
  };
  return {
    sheet(name) {
      const ws = workbook.getWorksheet(name);
      if (!ws) return undefined;
      return {
        name: ws.name,
        rowCount: ws.rowCount,
        cell: (row, column) => cellOf(ws.getRow(row).getCell(column + 1)),
        rowCells(row) {
          const cells: [number, ImportCell][] = [];
          ws.getRow(row).eachCell({ includeEmpty: false }, (cell, columnNumber) => {
            const c = cellOf(cell);
            if (c) cells.push([columnNumber - 1, c]);
          });
          return cells;
        },
      };
    },
  };
}

class StoredSheet implements ImportSheet {
  readonly rows = new Map<number, Map<number, ImportCell>>();
  rowCount = 0;

  constructor(readonly name: string) {}

  cell(row: number, column: number): ImportCell | undefined {
    return this.rows.get(row)?.get(column);
  }

  rowCells(row: number): readonly (readonly [number, ImportCell])[] {
    return [...(this.rows.get(row)?.entries() ?? [])];
  }
}

/**
 * Which cells of a sheet import keeps: all of Assumptions and Quotes; of a scenario sheet only the
 * month-index row, the item names and ids, and typed values (overrides) — never the millions of
 * formula cells, which is what keeps a large workbook's import small.
 */
function keeps(sheet: string, row: number, column: number, cell: ImportCell): boolean {
  if (sheet === ASSUMPTIONS || sheet === QUOTES_SHEET) return true;
  if (sheet === 'Summary') return false;
  if (row === SCENARIO_ROWS.index) return true;
  if (row < SCENARIO_ROWS.firstItem) return false;
  return column < SCENARIO_COLUMNS.firstMonth ? column <= SCENARIO_COLUMNS.id : !cell.formula;
}

/** Streams a workbook's sheets through exceljs's reader, keeping only the cells import reads. */
export async function streamImportSource(input: Readable): Promise<ImportSource> {
  const { default: ExcelJS } = await import('exceljs');
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, { worksheets: 'emit', sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', entries: 'ignore' });
  const sheets = new Map<string, StoredSheet>();
  for await (const worksheet of reader) {
    const name = (worksheet as unknown as { name: string }).name;
    const stored = new StoredSheet(name);
    sheets.set(name, stored);
    for await (const row of worksheet as unknown as AsyncIterable<ExcelJS.Row>) {
      stored.rowCount = Math.max(stored.rowCount, row.number);
      row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
        const value = readCell(cell);
        if (value === undefined) return;
        const entry = { value, formula: hasFormula(cell) };
        if (!keeps(name, row.number, columnNumber - 1, entry)) return;
        let cells = stored.rows.get(row.number);
        if (!cells) stored.rows.set(row.number, (cells = new Map()));
        cells.set(columnNumber - 1, entry);
      });
    }
  }
  return { sheet: (name) => sheets.get(name) };
}
