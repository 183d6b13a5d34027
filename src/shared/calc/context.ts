import { monthIndexOf, monthOrdinal, type Item, type Settings } from '../model';
import type { Resolve } from './resolve';
import { createScratchSeries, type ScratchSeries } from './scratchSeries';

/** What an item's series depends on beyond the item itself. */
export interface ItemContext {
  /** Months in the horizon (H). */
  readonly horizon: number;
  readonly startMonth: string;
  readonly currency: string;
  readonly fxRates: Readonly<Record<string, number>>;
  /** Company valuation in plan currency, or null when equity is not priced. */
  readonly companyValuation: number | null;
  /** Gives the zeroed full-horizon series an item is computed into: lent from {@link ItemContext.work}. */
  readonly newSeries: (length: number) => Float64Array;
  /** The work series of this context, reused item after item. */
  readonly work: ScratchSeries;
}

/** The item context of `settings` with ranges read by `resolve`, computing items in `work` (a pool of its own by default). */
export function itemContext(settings: Settings, resolve: Resolve, work: ScratchSeries = createScratchSeries()): ItemContext {
  return {
    horizon: settings.horizonMonths,
    startMonth: settings.startMonth,
    currency: settings.currency,
    fxRates: settings.fxRates,
    companyValuation: settings.companyValuation === undefined ? null : resolve(settings.companyValuation),
    newSeries: work.allocate,
    work,
  };
}

/** A key that changes whenever anything in an {@link ItemContext} does; used to memoise item series. */
export function itemContextKey(ctx: ItemContext): string {
  return `${ctx.horizon}|${ctx.startMonth}|${ctx.currency}|${JSON.stringify(ctx.fxRates)}|${ctx.companyValuation}`;
}

/** The item's start as a month index from the plan start (it may be stored as `YYYY-MM`). */
export function startIndex(item: Item, ctx: ItemContext): number {
  return typeof item.start === 'number' ? item.start : monthIndexOf(item.start, ctx.startMonth);
}

/** Plan-currency units per unit of the item's currency (1 when it is in the plan currency). */
export function fxFactor(item: Item, ctx: ItemContext): number {
  if (!item.currency || item.currency === ctx.currency) return 1;
  return ctx.fxRates[item.currency] ?? Number.NaN;
}

/** Months since year 0 of the plan start, for month-key arithmetic. */
export function startOrdinal(ctx: ItemContext): number {
  return monthOrdinal(ctx.startMonth);
}
