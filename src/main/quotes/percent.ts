import { err, ok, type Result } from '#shared/result';
import { cellText, type GridCell } from './grid';
import { parseNumber, type NumberStyle } from './numberStyle';

/** Texts that mean "none" in a percentage column. */
const NONE = /^(?:[-–—]|none|nil|n\/a|na|no|no discount)$/i;

/** Percentage points, rounded to a billionth so 0.07 × 100 reads 7, not 7.000000000000001. */
function points(fraction: number): number {
  return Math.round(fraction * 1e11) / 1e9;
}

/**
 * A percentage cell in points (10 for ten percent), or null when empty or "none". A cell
 * formatted as a percentage holds a fraction (0.1 shows as 10%). A bare number below 1 is read
 * as a fraction too, because a discount of 0.1 percent is far less likely than one of 10; from 1
 * up it is already in points. Text may carry `%`, `percent` or `pct`, and `off`.
 */
export function parsePercent(cell: GridCell, style: NumberStyle): Result<number | null, string> {
  switch (cell.kind) {
    case 'empty':
      return ok(null);
    case 'number':
      if (cell.format?.includes('%') || Math.abs(cell.value) < 1) return ok(points(cell.value));
      return ok(cell.value);
    case 'text': {
      const text = cell.text.trim();
      if (text === '' || NONE.test(text)) return ok(null);
      const match = /^([-−–]?)\s*(\d[\d.,'\s]*?)\s*(%|percent|per cent|pct)?(?:\s+(?:off|discount))?$/i.exec(text);
      const value = match ? parseNumber(match[2] ?? '', style) : null;
      if (!match || value === null) return err(`${JSON.stringify(text)} is not a percentage`);
      const signed = match[1] ? -value : value;
      return ok(match[3] || Math.abs(signed) >= 1 ? signed : points(signed));
    }
    default:
      return err(`${JSON.stringify(cellText(cell))} is not a percentage`);
  }
}
