import { formatTsv, pasteTargets } from './clipboard';
import { rectSize, type CellRect } from './selection';
import { selectionStats, type SelectedCell, type SelectionStats } from './selectionStats';

/** What a grid writes into one cell: the text the user typed or pasted, or null to clear it. */
export interface CellWrite {
  readonly rowId: string;
  readonly colId: string;
  readonly text: string | null;
}

/** Why a write was refused, and the cell to mark with the reason (the first written when absent). */
export interface CellRefusal {
  readonly reason: string;
  readonly rowId?: string;
  readonly colId?: string;
}

/** What the user did, so the caller can label the undo step ("Undo Paste"). */
export type WriteAction = 'edit' | 'paste' | 'fill' | 'clear' | 'cut';

/** A cell as the write planning sees it: where it is, whether it takes entry, its text and its value. */
export interface PlannedCell {
  readonly rowId: string;
  readonly colId: string;
  readonly editable: boolean;
  /** The text copy writes (formatEntry for numbers, so Excel pastes them as numbers). */
  readonly text: string;
  /** What the status line counts. */
  readonly value: SelectedCell;
  /** The currency of a money cell; null or absent for a plain number (a count, months, a percentage). */
  readonly currency?: string | null;
}

/** The cell at a displayed position, or null outside the grid. */
export type CellAt = (row: number, col: number) => PlannedCell | null;

/** Every cell of `rect`, row by row (cells outside the grid left out). */
export function* cellsIn(rect: CellRect, cellAt: CellAt): Generator<PlannedCell> {
  for (let row = rect.top; row <= rect.bottom; row++) {
    for (let col = rect.left; col <= rect.right; col++) {
      const cell = cellAt(row, col);
      if (cell) yield cell;
    }
  }
}

/** The selection as Excel's clipboard text: tab-separated rows ending in CRLF. */
export function copyText(rect: CellRect, cellAt: CellAt): string {
  const rows: string[][] = [];
  for (let row = rect.top; row <= rect.bottom; row++) {
    const cells: string[] = [];
    for (let col = rect.left; col <= rect.right; col++) cells.push(cellAt(row, col)?.text ?? '');
    rows.push(cells);
  }
  return formatTsv(rows);
}

/** Delete: every cell of the selection that takes entry, cleared. */
export function clearWrites(rect: CellRect, cellAt: CellAt): CellWrite[] {
  const writes: CellWrite[] = [];
  for (const cell of cellsIn(rect, cellAt)) if (cell.editable) writes.push({ rowId: cell.rowId, colId: cell.colId, text: null });
  return writes;
}

/**
 * Ctrl+D: each column of the selection takes the text of its top row, as Excel fills down; a
 * selection one row high takes the row above it. Cells that take no entry are left alone.
 */
export function fillDownWrites(rect: CellRect, cellAt: CellAt): CellWrite[] {
  const sourceRow = rect.top === rect.bottom ? rect.top - 1 : rect.top;
  const firstTarget = sourceRow + 1;
  if (sourceRow < 0) return [];
  const writes: CellWrite[] = [];
  for (let col = rect.left; col <= rect.right; col++) {
    const source = cellAt(sourceRow, col);
    if (!source) continue;
    for (let row = firstTarget; row <= rect.bottom; row++) {
      const target = cellAt(row, col);
      if (target?.editable) writes.push({ rowId: target.rowId, colId: target.colId, text: source.text });
    }
  }
  return writes;
}

/**
 * A pasted block as writes, landing where Excel would put it (see pasteTargets): from the
 * selection's top-left, repeated when the selection is a multiple of the block. Cells that take no
 * entry are skipped (a row of another kind has no such input); empty pasted cells clear.
 */
export function pasteWrites(block: readonly (readonly string[])[], rect: CellRect, bounds: { rows: number; cols: number }, cellAt: CellAt): { writes: CellWrite[]; clipped: number } {
  const plan = pasteTargets(block, { row: rect.top, col: rect.left }, bounds, rectSize(rect));
  const writes: CellWrite[] = [];
  for (const target of plan.targets) {
    const cell = cellAt(target.row, target.col);
    if (cell?.editable) writes.push({ rowId: cell.rowId, colId: cell.colId, text: target.text.trim() === '' ? null : target.text });
  }
  return { writes, clipped: plan.clipped };
}

/**
 * The status line's figures for the selection, and the currency to show them in: the one
 * currency of every number counted, or null (plain numbers) when any is not money or two
 * currencies are mixed (dollars and euros do not add up).
 */
export function statsOf(rect: CellRect, cellAt: CellAt): { stats: SelectionStats; currency: string | null } {
  let currency: string | null | undefined;
  const values: SelectedCell[] = [];
  for (const cell of cellsIn(rect, cellAt)) {
    values.push(cell.value);
    if (typeof cell.value !== 'number') continue;
    const own = cell.currency ?? null;
    currency = currency === undefined || currency === own ? own : null;
  }
  return { stats: selectionStats(values), currency: currency ?? null };
}
