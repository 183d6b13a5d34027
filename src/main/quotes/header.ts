import { fieldOfHeader, normaliseHeader } from './columns';
import { isBlank, type GridSheet } from './grid';

/** How far down a header row is looked for: titles, a logo row and a few notes take fewer. */
export const HEADER_SCAN_ROWS = 30;

/** Keys of the cells that are the top-left of a merge spanning columns: a title, never a column header. */
function wideMergeMasters(sheet: GridSheet): Set<string> {
  return new Set(sheet.merges.filter((m) => m.right > m.left).map((m) => `${m.top}:${m.left}`));
}

/**
 * The 0-based index of a sheet's header row, or null: the first of the first
 * {@link HEADER_SCAN_ROWS} rows with at least two cells naming different known columns (or
 * naming a header in `extraNames`, the caller's mapping), which make at least a third of its
 * filled cells. Merged title cells are skipped, and the third keeps out a line such as
 * `Vendor: Acme | Quote valid to 2027-01-31 | Prepared by … | Ref …`.
 */
export function findHeaderRow(sheet: GridSheet, extraNames: ReadonlySet<string> = new Set()): number | null {
  const titles = wideMergeMasters(sheet);
  const last = Math.min(sheet.rows.length, HEADER_SCAN_ROWS);
  for (let r = 0; r < last; r++) {
    const cells = sheet.rows[r] ?? [];
    const named = new Set<string>();
    let filled = 0;
    cells.forEach((cell, c) => {
      if (isBlank(cell)) return;
      filled++;
      if (cell.kind !== 'text' || titles.has(`${r}:${c}`)) return;
      const field = fieldOfHeader(cell.text);
      const normal = normaliseHeader(cell.text);
      if (field) named.add(field);
      else if (extraNames.has(normal)) named.add(`header:${normal}`);
    });
    if (named.size >= 2 && named.size * 3 >= filled) return r;
  }
  return null;
}
