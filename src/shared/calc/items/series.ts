/** What one item costs and ships over the horizon, in plan currency, before overrides. */
export interface ItemSeries {
  /** Cash cost per month, length H. */
  readonly cash: Float64Array;
  /** Non-cash cost per month (equity), length H, or null when the item has none. */
  readonly nonCash: Float64Array | null;
  /** Month indices (0..H−1, ascending) at whose end a workflow ships. */
  readonly shipMonths: readonly number[];
  /** Every non-zero month lies in [activeFrom, activeTo), inside the horizon. */
  readonly activeFrom: number;
  readonly activeTo: number;
}

/**
 * An item's series with its active window [from, to) clipped to the horizon [0, horizon)
 * (empty, from = to, when they do not meet). One object per item: the engine makes one per item
 * per case, so no intermediate window object is spread into it.
 */
export function itemSeries(cash: Float64Array, nonCash: Float64Array | null, shipMonths: readonly number[], from: number, to: number, horizon: number): ItemSeries {
  const activeFrom = Math.min(Math.max(0, from), horizon);
  const activeTo = Math.max(activeFrom, Math.min(horizon, to));
  return { cash, nonCash, shipMonths, activeFrom, activeTo };
}
