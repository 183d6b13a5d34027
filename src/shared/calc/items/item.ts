import { monthIndexOf, type Item, type ItemKind } from '../../model';
import type { ItemContext } from '../context';
import { sumSeries } from '../monthLoops';
import { newSeries } from '../seriesAllocator';
import type { Resolve } from '../resolve';
import { customSeries } from './custom';
import { oneTimeSeries } from './oneTime';
import { projectSeries } from './project';
import { retainerSeries } from './retainer';
import { salarySeries } from './salary';
import type { ItemSeries } from './series';
import { timeAndMaterialsSeries } from './timeAndMaterials';

/** What an item adds to its scenario, however its months are held. */
export interface ItemFigures {
  readonly total: number;
  readonly cashTotal: number;
  readonly nonCashTotal: number;
  /** Month indices at whose end a workflow ships, ascending. */
  readonly shipMonths: readonly number[];
  /** Month indices whose value is a user override, ascending. */
  readonly overridden: readonly number[];
  /** Every non-zero month of the item lies in [activeFrom, activeTo); empty when activeFrom = activeTo. */
  readonly activeFrom: number;
  readonly activeTo: number;
}

/**
 * One item's results over the horizon, plan currency, overrides applied. Only the active months
 * are held (month m at index m − activeFrom; every other month is 0): most items run for part of
 * the horizon, and a large plan's results were half zeros. {@link monthlyOf}, {@link cashOf} and
 * {@link nonCashOf} give whole-horizon series.
 */
export interface ItemResult extends ItemFigures {
  readonly id: string;
  readonly name: string;
  readonly kind: ItemKind;
  /** Cost per active month, cash plus non-cash. */
  readonly activeMonthly: Float64Array;
  /** Cash cost per active month (the same array as activeMonthly when there is no non-cash cost). */
  readonly activeCash: Float64Array;
  /** Non-cash cost per active month (equity), or null when there is none. */
  readonly activeNonCash: Float64Array | null;
}

/**
 * An item computed into its context's work series, to be summed and dropped: the series are
 * whole-horizon (month m at index m), 0 outside [activeFrom, activeTo), and valid until
 * {@link releaseWork}. Its totals are left to whoever sums it ({@link workTotal}): the sums
 * of a scenario add them up in the same pass as its months.
 */
export interface WorkItem {
  readonly monthly: Float64Array;
  readonly cash: Float64Array;
  /** Non-cash cost per month (equity), or null when there is none. */
  readonly nonCash: Float64Array | null;
  readonly shipMonths: readonly number[];
  readonly activeFrom: number;
  readonly activeTo: number;
}

function seriesOf(item: Item, resolve: Resolve, ctx: ItemContext): ItemSeries {
  switch (item.kind) {
    case 'retainer':
      return retainerSeries(item, resolve, ctx);
    case 'timeAndMaterials':
      return timeAndMaterialsSeries(item, resolve, ctx);
    case 'project':
      return projectSeries(item, resolve, ctx);
    case 'salary':
      return salarySeries(item, resolve, ctx);
    case 'oneTime':
      return oneTimeSeries(item, resolve, ctx);
    case 'custom':
      return customSeries(item, resolve, ctx);
  }
}

/** Made once rather than per item: a closure per call costs, more so under tsx (esbuild keepNames). */
const ascending = (a: number, b: number): number => a - b;

/** Month indices of no override: shared, since most items have none. */
const NONE_OVERRIDDEN: readonly number[] = Object.freeze([]);

/**
 * Writes the user's overrides into the series and returns their month indices, ascending. An
 * override replaces the whole cell: it is taken as cash, and that month's non-cash becomes 0.
 */
function applyOverrides(item: Item, cash: Float64Array, nonCash: Float64Array | null, ctx: ItemContext): readonly number[] {
  let overridden: number[] | null = null;
  for (const month in item.overrides) {
    const value = item.overrides[month] as number;
    const m = monthIndexOf(month, ctx.startMonth);
    if (m < 0 || m >= ctx.horizon) continue;
    cash[m] = value;
    if (nonCash) nonCash[m] = 0;
    (overridden ??= []).push(m);
  }
  return overridden ? overridden.sort(ascending) : NONE_OVERRIDDEN;
}

/** The series with its active window widened to the overridden months; the series itself when there are none (most items). */
function widened(series: ItemSeries, overridden: readonly number[]): ItemSeries {
  if (overridden.length === 0) return series;
  let { activeFrom, activeTo } = series;
  for (let k = 0; k < overridden.length; k++) {
    const m = overridden[k] as number;
    if (activeFrom === activeTo) activeTo = (activeFrom = m) + 1;
    activeFrom = Math.min(activeFrom, m);
    activeTo = Math.max(activeTo, m + 1);
  }
  return { ...series, activeFrom, activeTo };
}

/** No active month: shared, as empty windows are common (an item starting after the horizon). */
const EMPTY = new Float64Array(0);

/**
 * Moves work months [from, to) into `into`, leaving 0 behind for the next item, and returns
 * their sum added in month order.
 */
function takeWindow(values: Float64Array, from: number, to: number, into: Float64Array): number {
  let total = 0;
  for (let m = from; m < to; m++) {
    const v = values[m] as number;
    into[m - from] = v;
    values[m] = 0;
    total += v;
  }
  return total;
}

/**
 * Computes one item to keep: its series by kind, then the user's overrides, then its active
 * months copied out of the work series (summed on the way: every total adds its months in month
 * order, and months outside the window are 0, so it is the sum over the whole horizon).
 */
export function computeItem(item: Item, resolve: Resolve, ctx: ItemContext): ItemResult {
  const computed = seriesOf(item, resolve, ctx);
  const overridden = applyOverrides(item, computed.cash, computed.nonCash, ctx);
  const series = widened(computed, overridden);
  const { cash, nonCash, activeFrom, activeTo } = series;
  const length = activeTo - activeFrom;
  const activeCash = length === 0 ? EMPTY : newSeries(length);
  const cashTotal = takeWindow(cash, activeFrom, activeTo, activeCash);
  let activeMonthly = activeCash;
  let activeNonCash: Float64Array | null = null;
  let nonCashTotal = 0;
  let total = cashTotal;
  if (nonCash) {
    activeNonCash = length === 0 ? EMPTY : newSeries(length);
    nonCashTotal = takeWindow(nonCash, activeFrom, activeTo, activeNonCash);
    activeMonthly = length === 0 ? EMPTY : newSeries(length);
    total = 0;
    for (let k = 0; k < length; k++) {
      const v = (activeCash[k] as number) + (activeNonCash[k] as number);
      activeMonthly[k] = v;
      total += v;
    }
  }
  // Every series an item is computed into is its cash or its non-cash, both taken out above.
  ctx.work.takeBack();
  return {
    id: item.id,
    name: item.name,
    kind: item.kind,
    activeMonthly,
    activeCash,
    activeNonCash,
    total,
    cashTotal,
    nonCashTotal,
    shipMonths: series.shipMonths,
    overridden,
    activeFrom,
    activeTo,
  };
}

/** Computes one item into its context's work series, to be summed; call {@link releaseWork} when done with it. */
export function computeWork(item: Item, resolve: Resolve, ctx: ItemContext): WorkItem {
  const computed = seriesOf(item, resolve, ctx);
  const series = widened(computed, applyOverrides(item, computed.cash, computed.nonCash, ctx));
  const { cash, nonCash, activeFrom, activeTo } = series;
  let monthly = cash;
  if (nonCash) {
    monthly = ctx.newSeries(ctx.horizon);
    for (let m = activeFrom; m < activeTo; m++) monthly[m] = (cash[m] as number) + (nonCash[m] as number);
  }
  return { monthly, cash, nonCash, shipMonths: series.shipMonths, activeFrom, activeTo };
}

/** A work item's total, cash plus non-cash, its months added in month order. */
export function workTotal(work: WorkItem): number {
  return sumSeries(work.monthly, work.activeFrom, work.activeTo);
}

/** Gives the work series of `work` back to its context. */
export function releaseWork(work: WorkItem, ctx: ItemContext): void {
  ctx.work.release(work.activeFrom, work.activeTo);
}
