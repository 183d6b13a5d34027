/** A selected cell's value: a number, text, or null when the cell is empty. */
export type SelectedCell = number | string | null;

/**
 * The status line figures of a selection, as Excel's status bar counts them: `count` is the
 * non-empty cells (text included), `sum` and `average` cover the numbers only; `average` is null
 * when there are none. `fractional` says whether any number has a part below whole units.
 */
export interface SelectionStats {
  readonly count: number;
  readonly numericCount: number;
  readonly sum: number;
  readonly average: number | null;
  readonly fractional: boolean;
}

/**
 * The figures for the selected cells. Null and empty text are empty; any other text counts but
 * is not summed, as is a non-finite number (a formula error in Excel). The sum is compensated
 * (Neumaier), so cents add up as they read: 0.1 + 0.2 + 0.3 is 0.6, not 0.6000000000000001.
 */
export function selectionStats(cells: Iterable<SelectedCell>): SelectionStats {
  let count = 0;
  let numericCount = 0;
  let sum = 0;
  let compensation = 0;
  let fractional = false;
  for (const cell of cells) {
    if (cell === null || cell === '') continue;
    count++;
    if (typeof cell !== 'number' || !Number.isFinite(cell)) continue;
    numericCount++;
    if (!Number.isInteger(cell)) fractional = true;
    const next = sum + cell;
    // Keep the low-order bits that the addition just lost, from whichever operand was smaller.
    compensation += Math.abs(sum) >= Math.abs(cell) ? sum - next + cell : cell - next + sum;
    sum = next;
  }
  const total = sum + compensation;
  return { count, numericCount, sum: total, average: numericCount === 0 ? null : total / numericCount, fractional };
}

const formats = new Map<string, Intl.NumberFormat>();

/**
 * en-US money with `cents` deciding the decimals (accounting negatives, as the rest of the app
 * shows money), or a plain number with up to two decimals; cached, since a drag re-renders the line often.
 */
function numberFormat(currency: string | null, cents: boolean): Intl.NumberFormat {
  const key = `${currency ?? ''}:${cents}`;
  let format = formats.get(key);
  if (!format) {
    const digits = cents ? 2 : 0;
    const style: Intl.NumberFormatOptions =
      currency === null
        ? { maximumFractionDigits: 2 }
        : { style: 'currency', currency, currencySign: 'accounting', minimumFractionDigits: digits, maximumFractionDigits: digits };
    // signDisplay 'negative': a tiny negative that rounds to zero shows as 0, not -0 or (0).
    format = new Intl.NumberFormat('en-US', { ...style, signDisplay: 'negative' });
    formats.set(key, format);
  }
  return format;
}

/**
 * The status line: `Average: $9,500  Count: 3  Sum: $28,500`, in Excel's order and with two
 * spaces between figures. Money in `currency`: whole units when every number is whole, cents on
 * both figures when any is not, as a cell format would show them. Plain numbers (counts, months,
 * percentages) when `currency` is null, with up to two decimals. Only the count when no number
 * is selected; empty when nothing is.
 */
export function formatStatus(stats: SelectionStats, currency: string | null): string {
  if (stats.count === 0) return '';
  const count = `Count: ${numberFormat(null, false).format(stats.count)}`;
  if (stats.average === null) return count;
  const format = numberFormat(currency, stats.fractional);
  return `Average: ${format.format(stats.average)}  ${count}  Sum: ${format.format(stats.sum)}`;
}
