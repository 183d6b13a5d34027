import type ExcelJS from 'exceljs';

/** A cell to write: a value, or a formula with its cached result, and a style. */
export type CellInput =
  | { readonly value: string | number | Date | null; readonly style?: Partial<ExcelJS.Style>; readonly note?: string }
  | { readonly formula: string; readonly result: string | number | Date | null; readonly style?: Partial<ExcelJS.Style> };

/** A row's worth of cells by 0-based column; a run of month formulas shares one master formula. */
export interface RowInput {
  readonly cells?: ReadonlyMap<number, CellInput> | readonly (CellInput | undefined)[];
  /** Month formulas shared along the row from column `from`, one cached result per column; skipped columns are left to `cells`. The master formula is written for its own column. */
  readonly shared?: { readonly from: number; readonly formula: (column: number) => string; readonly results: ArrayLike<number>; readonly style: Partial<ExcelJS.Style>; readonly skip?: ReadonlySet<number> };
}

type StreamSheet = ExcelJS.Worksheet & { _siFormulae: number };

/**
 * Writes rows to an exceljs streaming worksheet. It numbers shared-formula groups itself because
 * the streaming writer restarts the numbering on every row (exceljs 4.4 copies the counter into
 * each row's options and never stores it back), which would give every row's group the same id.
 */
export class SheetWriter {
  private groups = 0;

  constructor(readonly sheet: ExcelJS.Worksheet) {}

  /** Writes and commits row `rowNumber` (1-based; rows must come in order). */
  write(rowNumber: number, input: RowInput): void {
    const row = this.sheet.getRow(rowNumber);
    const cells = input.cells instanceof Map ? [...input.cells.entries()] : [...(input.cells ?? [])].map((c, i) => [i, c] as const);
    for (const [column, cell] of cells) {
      if (!cell) continue;
      const target = row.getCell(column + 1);
      if ('formula' in cell) target.value = { formula: cell.formula, result: cell.result ?? undefined } as ExcelJS.CellFormulaValue;
      else target.value = cell.value;
      if (cell.style) target.style = cell.style;
      if ('note' in cell && cell.note) target.note = cell.note;
    }
    let shared = 0;
    if (input.shared) {
      const { from, formula, results, style, skip } = input.shared;
      let master: string | null = null;
      for (let k = 0; k < results.length; k++) {
        if (skip?.has(k)) continue;
        const target = row.getCell(from + k + 1);
        const result = results[k] as number;
        if (master === null) {
          master = target.address;
          const lastColumn = row.getCell(from + results.length).address.replace(/\d+$/, '');
          target.value = { formula: formula(from + k), result, shareType: 'shared', ref: `${master}:${lastColumn}${rowNumber}` } as ExcelJS.CellFormulaValue;
          shared = 1;
        } else {
          target.value = { sharedFormula: master, result } as ExcelJS.CellSharedFormulaValue;
        }
        target.style = style;
      }
    }
    (this.sheet as StreamSheet)._siFormulae = this.groups;
    this.groups += shared;
    row.commit();
  }
}
