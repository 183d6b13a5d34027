import { monthIndexOf, type Item, type ItemKind } from '../../model';
import type { ItemContext } from '../context';
import { sumSeries } from '../monthLoops';
import type { Resolve } from '../resolve';
import { customSeries } from './custom';
import { oneTimeSeries } from './oneTime';
import { projectSeries } from './project';
import { retainerSeries } from './retainer';
import { salarySeries } from './salary';
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

/** Computes one item: its series by kind, then the user's overrides, then totals. */
export function computeItem(item: Item, resolve: Resolve, ctx: ItemContext): ItemResult {
  const series = seriesOf(item, resolve, ctx);
  const { cash, nonCash } = series;
  const overridden = applyOverrides(item, cash, nonCash, ctx);
  let monthly = cash;
  if (nonCash) {
    monthly = ctx.newSeries(ctx.horizon);
    for (let m = 0; m < ctx.horizon; m++) monthly[m] = (cash[m] as number) + (nonCash[m] as number);
  }
  let { activeFrom, activeTo } = series;
  for (let k = 0; k < overridden.length; k++) {
    const m = overridden[k] as number;
    if (activeFrom === activeTo) [activeFrom, activeTo] = [m, m + 1];
    activeFrom = Math.min(activeFrom, m);
    activeTo = Math.max(activeTo, m + 1);
  }
  // With equity, cash and non-cash could cancel inside the window's edges: sum those over the horizon.
  const cashTotal = nonCash ? sumSeries(cash, 0, ctx.horizon) : sumSeries(cash, activeFrom, activeTo);
  const nonCashTotal = nonCash ? sumSeries(nonCash, 0, ctx.horizon) : 0;
  return {
    id: item.id,
    name: item.name,
    kind: item.kind,
    monthly,
    cash,
    nonCash,
    total: nonCash ? sumSeries(monthly, activeFrom, activeTo) : cashTotal,
    cashTotal,
    nonCashTotal,
    shipMonths: series.shipMonths,
    overridden,
    activeFrom,
    activeTo,
  };
}
