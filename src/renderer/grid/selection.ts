import type { CellPosition } from './clipboard';

/**
 * The rectangular selection of a grid, as Excel keeps it: the anchor stays where the selection
 * started (a click), the focus moves (Shift+arrow, Shift+click, a drag). Positions count displayed
 * rows (body rows, then pinned bottom rows) and displayed columns from 0.
 */
export interface Selection {
  readonly anchor: CellPosition;
  readonly focus: CellPosition;
}

/** A rectangle of cells, bounds inclusive. */
export interface CellRect {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** One cell selected: the anchor and the focus both at `at`. */
export function selectCell(at: CellPosition): Selection {
  return { anchor: at, focus: at };
}

/** The selection grown or shrunk to `to`, keeping its anchor (Shift+click, Shift+arrow, a drag). */
export function extendSelection(selection: Selection, to: CellPosition): Selection {
  return { anchor: selection.anchor, focus: to };
}

/** The rectangle between the anchor and the focus, whichever corner each is at. */
export function selectionRect(selection: Selection): CellRect {
  const { anchor, focus } = selection;
  return {
    top: Math.min(anchor.row, focus.row),
    bottom: Math.max(anchor.row, focus.row),
    left: Math.min(anchor.col, focus.col),
    right: Math.max(anchor.col, focus.col),
  };
}

/** True when the cell at `row`, `col` lies inside `rect`. */
export function rectContains(rect: CellRect, row: number, col: number): boolean {
  return row >= rect.top && row <= rect.bottom && col >= rect.left && col <= rect.right;
}

/** The rectangle's height and width in cells. */
export function rectSize(rect: CellRect): { readonly rows: number; readonly cols: number } {
  return { rows: rect.bottom - rect.top + 1, cols: rect.right - rect.left + 1 };
}

/** The rectangle cut to a grid of `rows` × `cols` (a selection kept across rows being deleted); null when nothing is left. */
export function clampRect(rect: CellRect, rows: number, cols: number): CellRect | null {
  const bottom = Math.min(rect.bottom, rows - 1);
  const right = Math.min(rect.right, cols - 1);
  if (rect.top > bottom || rect.left > right) return null;
  return { top: rect.top, left: rect.left, bottom, right };
}

/**
 * Which edges of the selection's outline the cell carries, so the rectangle is drawn as one frame
 * rather than a box around every cell. Empty when the cell is outside.
 */
export function selectionEdges(rect: CellRect, row: number, col: number): { top: boolean; bottom: boolean; left: boolean; right: boolean } | null {
  if (!rectContains(rect, row, col)) return null;
  return { top: row === rect.top, bottom: row === rect.bottom, left: col === rect.left, right: col === rect.right };
}
