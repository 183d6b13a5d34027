import type { ItemFigures, ItemResult, WorkItem } from './items/item';
import { addSeries, addSeriesSummed, addSeriesToThree, sumSeries } from './monthLoops';
import { newSeries } from './seriesAllocator';

/**
 * A scenario's item sums so far. Items must be added in plan order: that order fixes every
 * floating-point sum, so a result never depends on which items were reused and which recomputed.
 */
export interface ScenarioSums {
  readonly monthly: Float64Array;
  cashTotal: number;
  nonCashTotal: number;
  /** Workflows shipped at the end of each month; null until an item ships (most do not). */
  shippedIn: Float64Array | null;
}

/** Empty sums over a horizon of `H` months. */
export function startSums(H: number): ScenarioSums {
  return { monthly: newSeries(H), cashTotal: 0, nonCashTotal: 0, shippedIn: null };
}

// Months outside an item's active window are zero: skipping them leaves every sum exactly the same.

/** Adds the next item, in plan order, to the sums. */
export function addItem(sums: ScenarioSums, item: ItemResult): void {
  addSeries(sums.monthly, item.activeMonthly, item.activeFrom, item.activeTo, item.activeFrom);
  addTotalsAndShips(sums, item);
}

/**
 * Adds the next item, in plan order, computed into work series; its totals are summed here, in
 * month order as a kept item's are, so they are the same to the bit.
 */
export function addWork(sums: ScenarioSums, work: WorkItem): void {
  const { activeFrom: from, activeTo: to } = work;
  if (work.nonCash) {
    addSeries(sums.monthly, work.monthly, from, to, 0);
    sums.cashTotal += sumSeries(work.cash, from, to);
    sums.nonCashTotal += sumSeries(work.nonCash, from, to);
  } else {
    // No non-cash: the month series is the cash series, and adding a non-cash total of 0 changes nothing.
    sums.cashTotal += addSeriesSummed(sums.monthly, work.monthly, from, to);
  }
  addShips(sums, work.shipMonths);
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
  addShips(sums, item.shipMonths);
}

function addShips(sums: ScenarioSums, ships: readonly number[]): void {
  if (ships.length === 0) return;
  const shippedIn = (sums.shippedIn ??= newSeries(sums.monthly.length));
  for (let k = 0; k < ships.length; k++) {
    const s = ships[k] as number;
    shippedIn[s] = (shippedIn[s] as number) + 1;
  }
}
