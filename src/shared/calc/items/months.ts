import type { ItemResult } from './item';

/** The active months `active` (month m at index m − from) spread over a horizon of `horizon` months, 0 elsewhere. */
function spread(active: Float64Array, from: number, horizon: number): Float64Array {
  const out = new Float64Array(horizon);
  const to = Math.min(horizon, from + active.length);
  for (let m = Math.max(0, from); m < to; m++) out[m] = active[m - from] as number;
  return out;
}

/** An item's cost per month, cash plus non-cash, over the whole horizon (a new series). */
export function monthlyOf(item: ItemResult, horizon: number): Float64Array {
  return spread(item.activeMonthly, item.activeFrom, horizon);
}

/** An item's cash cost per month over the whole horizon (a new series). */
export function cashOf(item: ItemResult, horizon: number): Float64Array {
  return spread(item.activeCash, item.activeFrom, horizon);
}

/** An item's non-cash cost per month over the whole horizon (a new series), or null when it has none. */
export function nonCashOf(item: ItemResult, horizon: number): Float64Array | null {
  return item.activeNonCash && spread(item.activeNonCash, item.activeFrom, horizon);
}
