import { monthIndexOf, type Item, type ItemKind } from '../../model';
import type { ItemContext } from '../context';
import type { Resolve } from '../resolve';
import { customSeries } from './custom';
import { oneTimeSeries } from './oneTime';
import { projectSeries } from './project';
import { retainerSeries } from './retainer';
import { salarySeries } from './salary';
import { newSeries } from '../seriesAllocator';
import type { ItemSeries } from './series';
import { timeAndMaterialsSeries } from './timeAndMaterials';

/** One item's results over the horizon, plan currency, overrides applied. */
export interface ItemResult {
  readonly id: string;
  readonly name: string;
  readonly kind: ItemKind;
  /** Cost per month, cash plus non-cash, length H. */
  readonly monthly: Float64Array;
  /** Cash cost per month, length H. */
  readonly cash: Float64Array;
  /** Non-cash cost per month (equity), or null when there is none. */
  readonly nonCash: Float64Array | null;
  readonly total: number;
  readonly cashTotal: number;
  readonly nonCashTotal: number;
  /** Month indices at whose end a workflow ships, ascending. */
  readonly shipMonths: readonly number[];
  /** Month indices whose value is a user override, ascending. */
  readonly overridden: readonly number[];
  /** Every non-zero month of `monthly` lies in [activeFrom, activeTo); empty when activeFrom = activeTo. */
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

function sum(values: Float64Array, from: number, to: number): number {
  let total = 0;
  for (let m = from; m < to; m++) total += values[m] as number;
  return total;
}

/** An override replaces the whole cell: it is taken as cash, and that month's non-cash becomes 0. */
function applyOverrides(item: Item, series: ItemSeries, ctx: ItemContext): { cash: Float64Array; nonCash: Float64Array | null; overridden: number[] } {
  const overridden: number[] = [];
  const { cash, nonCash } = series;
  for (const month in item.overrides) {
    const value = item.overrides[month] as number;
    const m = monthIndexOf(month, ctx.startMonth);
    if (m < 0 || m >= ctx.horizon) continue;
    cash[m] = value;
    if (nonCash) nonCash[m] = 0;
    overridden.push(m);
  }
  overridden.sort((a, b) => a - b);
  return { cash, nonCash, overridden };
}

/** Computes one item: its series by kind, then the user's overrides, then totals. */
export function computeItem(item: Item, resolve: Resolve, ctx: ItemContext): ItemResult {
  const series = seriesOf(item, resolve, ctx);
  const { cash, nonCash, overridden } = applyOverrides(item, series, ctx);
  let monthly = cash;
  if (nonCash) {
    monthly = newSeries(ctx.horizon);
    for (let m = 0; m < ctx.horizon; m++) monthly[m] = (cash[m] as number) + (nonCash[m] as number);
  }
  let { activeFrom, activeTo } = series;
  for (const m of overridden) {
    if (activeFrom === activeTo) [activeFrom, activeTo] = [m, m + 1];
    activeFrom = Math.min(activeFrom, m);
    activeTo = Math.max(activeTo, m + 1);
  }
  // With equity, cash and non-cash could cancel inside the window's edges: sum those over the horizon.
  const cashTotal = nonCash ? sum(cash, 0, ctx.horizon) : sum(cash, activeFrom, activeTo);
  const nonCashTotal = nonCash ? sum(nonCash, 0, ctx.horizon) : 0;
  return {
    id: item.id,
    name: item.name,
    kind: item.kind,
    monthly,
    cash,
    nonCash,
    total: nonCash ? sum(monthly, activeFrom, activeTo) : cashTotal,
    cashTotal,
    nonCashTotal,
    shipMonths: series.shipMonths,
    overridden,
    activeFrom,
    activeTo,
  };
}
