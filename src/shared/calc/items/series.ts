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
