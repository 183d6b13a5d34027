/** P10, P50 and P90 of a sample, in the sample's unit. */
export interface Percentiles {
  readonly p10: number;
  readonly p50: number;
  readonly p90: number;
}

/** The p-th percentile (0–1) of ascending `sorted`, interpolated as Excel's PERCENTILE.INC does; NaN when empty. */
export function percentileOfSorted(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length;
  if (n === 0) return Number.NaN;
  const rank = p * (n - 1);
  const lower = Math.floor(rank);
  const upper = Math.min(n - 1, lower + 1);
  const a = sorted[lower] as number;
  return a + (rank - lower) * ((sorted[upper] as number) - a);
}

/** P10/P50/P90 of `values` (sorted in place), or null when there are none. */
export function percentiles(values: Float64Array): Percentiles | null {
  if (values.length === 0) return null;
  values.sort();
  return { p10: percentileOfSorted(values, 0.1), p50: percentileOfSorted(values, 0.5), p90: percentileOfSorted(values, 0.9) };
}

/** Puts the k-th smallest value of `values` at index k (Floyd–Rivest style quickselect, in place). */
function select(values: Float64Array, k: number, from: number, to: number): void {
  let left = from;
  let right = to;
  while (right > left) {
    const pivot = values[k] as number;
    let i = left;
    let j = right;
    values[k] = values[left] as number;
    values[left] = pivot;
    if ((values[right] as number) > pivot) {
      values[left] = values[right] as number;
      values[right] = pivot;
    }
    while (i < j) {
      const tmp = values[i] as number;
      values[i] = values[j] as number;
      values[j] = tmp;
      i++;
      j--;
      while ((values[i] as number) < pivot) i++;
      while ((values[j] as number) > pivot) j--;
    }
    if (values[left] === pivot) {
      const tmp = values[left] as number;
      values[left] = values[j] as number;
      values[j] = tmp;
    } else {
      j++;
      const tmp = values[j] as number;
      values[j] = values[right] as number;
      values[right] = tmp;
    }
    if (j <= k) left = j + 1;
    if (k <= j) right = j - 1;
  }
}

/**
 * P10/P50/P90 of `values` (reordered in place) without a full sort: each rank needs only its
 * two neighbouring order statistics, so a selection per rank is linear rather than n log n.
 */
export function percentilesBySelection(values: Float64Array): Percentiles | null {
  const n = values.length;
  if (n === 0) return null;
  const at = (p: number): number => {
    const rank = p * (n - 1);
    const lower = Math.floor(rank);
    select(values, lower, 0, n - 1);
    const a = values[lower] as number;
    if (rank === lower || lower + 1 >= n) return a;
    let b = Infinity;
    for (let i = lower + 1; i < n; i++) if ((values[i] as number) < b) b = values[i] as number;
    return a + (rank - lower) * (b - a);
  };
  return { p10: at(0.1), p50: at(0.5), p90: at(0.9) };
}
