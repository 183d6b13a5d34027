import type { ItemFigures, ItemResult, WorkItem } from './items/item';
import { addSeries, addSeriesToThree } from './monthLoops';
import { newSeries } from './seriesAllocator';

/**
 * A scenario's item sums so far. Items must be added in plan order: that order fixes every
 * floating-point sum, so a result never depends on which items were reused and which recomputed.
 */
export interface ScenarioSums {
  readonly monthly: Float64Array;
  cashTotal: number;
  nonCashTotal: number;
  /** Workflows shipped per month index; null until an item ships (most do not). */
  shippedIn: Uint32Array | null;
  /** Workflows shipped in all. */
  ships: number;
}

/** Empty sums over a horizon of `H` months. */
export function startSums(H: number): ScenarioSums {
  return { monthly: newSeries(H), cashTotal: 0, nonCashTotal: 0, shippedIn: null, ships: 0 };
}

// Months outside an item's active window are zero: skipping them leaves every sum exactly the same.

/** Adds the next item, in plan order, to the sums. */
export function addItem(sums: ScenarioSums, item: ItemResult): void {
  addSeries(sums.monthly, item.activeMonthly, item.activeFrom, item.activeTo, item.activeFrom);
  addTotalsAndShips(sums, item);
}

/** Adds the next item, in plan order, computed into work series. */
export function addWork(sums: ScenarioSums, work: WorkItem): void {
  addSeries(sums.monthly, work.monthly, work.activeFrom, work.activeTo, 0);
  addTotalsAndShips(sums, work);
}

/** Adds the next item to three cases' sums at once: an item with no range is the same in all three. */
export function addItemToThree(a: ScenarioSums, b: ScenarioSums, c: ScenarioSums, item: ItemResult): void {
  addSeriesToThree(a.monthly, b.monthly, c.monthly, item.activeMonthly, item.activeFrom, item.activeTo, item.activeFrom);
  addTotalsAndShips(a, item);
  addTotalsAndShips(b, item);
  addTotalsAndShips(c, item);
}

function addTotalsAndShips(sums: ScenarioSums, item: ItemFigures): void {
  sums.cashTotal += item.cashTotal;
  sums.nonCashTotal += item.nonCashTotal;
  const ships = item.shipMonths;
  if (ships.length === 0) return;
  sums.ships += ships.length;
  const shippedIn = (sums.shippedIn ??= new Uint32Array(sums.monthly.length));
  for (let k = 0; k < ships.length; k++) {
    const s = ships[k] as number;
    shippedIn[s] = (shippedIn[s] as number) + 1;
  }
}

/**
 * The ship months the counts per month make, ascending. When they are the months `like` holds,
 * `like` itself is returned: the low and high cases mostly ship what the base case ships, and a
 * scenario of many items ships thousands of workflows.
 */
export function shipMonthsOf(sums: ScenarioSums, H: number, like: readonly number[] | null): readonly number[] {
  const { shippedIn } = sums;
  if (like && like.length === sums.ships) {
    let n = 0;
    let same = true;
    if (shippedIn) for (let m = 0; m < H && same; m++) for (let k = shippedIn[m] as number; k > 0 && same; k--) same = like[n++] === m;
    if (same && n === like.length) return like;
  }
  // A count per month, not a sort; the list sized up front (grown one push at a time, ship lists
  // were most of a full recalculation's garbage).
  const shipMonths = new Array<number>(sums.ships);
  let n = 0;
  if (shippedIn) for (let m = 0; m < H; m++) for (let k = shippedIn[m] as number; k > 0; k--) shipMonths[n++] = m;
  // Items ship only inside the horizon, at whole months; should one not, it is left out, as ever.
  if (n < shipMonths.length) shipMonths.length = n;
  return shipMonths;
}

