/**
 * Tab-separated text as Excel, LibreOffice and Google Sheets put it on the clipboard and read it
 * back: cells split by tabs, rows by CRLF (LF and a lone CR are read too); a cell holding a tab,
 * a line break or a leading quote is wrapped in quotes with its own quotes doubled.
 */

/** Where a row ends: `\r\n`, `\n` or a lone `\r` (older Mac Excel). */
const ROW_END = /\r\n?|\n/y;

/**
 * The quoted cell starting at `from` (on its opening quote) and the index just past it, or null
 * when the quotes do not close right before a tab, a row end or the end. Excel only quotes cells
 * with line breaks, so `"5" pipe` arrives bare and must be read as the text it is.
 */
function quotedCell(text: string, from: number): { cell: string; end: number } | null {
  let cell = '';
  let at = from + 1;
  for (;;) {
    const close = text.indexOf('"', at);
    if (close < 0) return null;
    cell += text.slice(at, close);
    if (text[close + 1] === '"') {
      cell += '"';
      at = close + 2;
      continue;
    }
    const next = text[close + 1];
    return next === undefined || next === '\t' || next === '\r' || next === '\n' ? { cell, end: close + 1 } : null;
  }
}

/** The longest row's length; a loop, since spreading a long paste into Math.max overflows the stack. */
function widest(rows: readonly (readonly string[])[]): number {
  let width = 0;
  for (const r of rows) width = Math.max(width, r.length);
  return width;
}

/** The cell starting at `from`, quoted or bare, and the index of what follows it. */
function readCell(text: string, from: number): { cell: string; end: number } {
  const quoted = text[from] === '"' ? quotedCell(text, from) : null;
  if (quoted) return quoted;
  let end = from;
  while (end < text.length && text[end] !== '\t' && text[end] !== '\r' && text[end] !== '\n') end++;
  return { cell: text.slice(from, end), end };
}

/**
 * Clipboard text as rows of cells, padded with empty cells to a rectangle. A row end at the very
 * end of the text closes the last row rather than starting an empty one (Excel writes one after
 * every row), so `"a\r\n"` is one row and `"\r\n"` is one empty cell; empty text is no rows.
 */
export function parseTsv(text: string): string[][] {
  const rows: string[][] = [];
  let at = 0;
  while (at < text.length) {
    const row: string[] = [];
    for (;;) {
      const { cell, end } = readCell(text, at);
      row.push(cell);
      if (text[end] !== '\t') {
        ROW_END.lastIndex = end;
        at = ROW_END.test(text) ? ROW_END.lastIndex : end;
        break;
      }
      at = end + 1;
    }
    rows.push(row);
  }
  const width = widest(rows);
  for (const r of rows) while (r.length < width) r.push('');
  return rows;
}

/** A cell that would be misread bare: it holds a tab or a line break, or starts with a quote. */
const NEEDS_QUOTES = /[\t\r\n]|^"/;

/**
 * Rows as clipboard text, the way Excel writes it: tabs between cells, CRLF after every row
 * including the last (Excel, LibreOffice and Google Sheets all paste that without an extra row),
 * quotes only around cells that need them.
 */
export function formatTsv(rows: readonly (readonly string[])[]): string {
  const cell = (c: string): string => (NEEDS_QUOTES.test(c) ? `"${c.replaceAll('"', '""')}"` : c);
  return rows.map((r) => `${r.map(cell).join('\t')}\r\n`).join('');
}

/** A grid position, counted from 0. */
export interface CellPosition {
  readonly row: number;
  readonly col: number;
}

/** A size in cells. */
export interface CellArea {
  readonly rows: number;
  readonly cols: number;
}

/** Where a paste writes: each cell's position and text, and how many block cells fell outside the grid. */
export interface PastePlan {
  readonly targets: readonly (CellPosition & { readonly text: string })[];
  readonly clipped: number;
}

/**
 * Where a pasted block lands, as Excel does it. With a selection (its top-left at `anchor`) that
 * is an exact multiple of the block in both directions, the block repeats to fill it, which is
 * how one value fills a selection. Otherwise the block lands once from the anchor. Cells past
 * `bounds` are dropped and counted in `clipped`. Targets run row by row.
 */
export function pasteTargets(block: readonly (readonly string[])[], anchor: CellPosition, bounds: CellArea, selection?: CellArea): PastePlan {
  const height = block.length;
  const width = widest(block);
  if (height === 0 || width === 0) return { targets: [], clipped: 0 };
  const tiles = selection !== undefined && selection.rows > 0 && selection.cols > 0 && selection.rows % height === 0 && selection.cols % width === 0;
  const area = tiles ? selection : { rows: height, cols: width };
  const targets: (CellPosition & { text: string })[] = [];
  let clipped = 0;
  for (let r = 0; r < area.rows; r++) {
    for (let c = 0; c < area.cols; c++) {
      const row = anchor.row + r;
      const col = anchor.col + c;
      if (row >= bounds.rows || col >= bounds.cols) clipped++;
      else targets.push({ row, col, text: block[r % height]?.[c % width] ?? '' });
    }
  }
  return { targets, clipped };
}
