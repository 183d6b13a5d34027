import { monthKeyOf } from '../model';
import { runningSum, sumSeries, weightedSum } from './monthLoops';
import { addItem, startSums, type ScenarioSums } from './scenarioSums';
import { newSeries } from './seriesAllocator';
import { byFiscalYear, type FiscalCalendar } from './fiscal';
import type { ItemResult } from './items/item';
import { paybackMonth, valueSeries } from './value';

/** The ratio of value to cost at which an automation earns its keep (001: "return 3x its cost"). */
export const THREE_X = 3;

/** Every per-scenario result of cost-model.md for one case (base, low or high). Money in plan currency. */
export interface ScenarioFigures {
  readonly monthly: Float64Array;
  readonly cumulative: Float64Array;
  /** Totals per fiscal year, aligned with the plan's fiscal years. */
  readonly byFiscalYear: readonly number[];
  readonly total: number;
  readonly cashTotal: number;
  readonly nonCashTotal: number;
  readonly npv: number;
  readonly workflowsShipped: number;
  /** `YYYY-MM` of the first ship, or null when nothing ships inside the horizon. */
  readonly firstShipMonth: string | null;
  /** total / workflowsShipped, or null when no workflow shipped. */
  readonly costPerWorkflow: number | null;
  readonly value: number;
  readonly net: number;
  /** value / total, or null when the total is 0. */
  readonly roi: number | null;
  /** `YYYY-MM` where cumulative value first reaches cumulative cost, or null. */
  readonly paybackMonth: string | null;
  readonly meetsThreeX: boolean;
  /** Workflows shipped at the end of each month. */
  readonly shippedByMonth: Float64Array;
}

/** What scenario figures need besides the items: the calendar, discounting and value per workflow. */
export interface FigureContext {
  readonly startOrdinal: number;
  readonly horizon: number;
  readonly calendar: FiscalCalendar;
  readonly discount: Float64Array;
  /** hoursSavedPerWorkflowPerMonth × loadedHourlyCost. */
  readonly valuePerWorkflowMonth: number;
}

/** Sums the items of a scenario and derives every figure from the sums. */
export function scenarioFigures(items: readonly ItemResult[], ctx: FigureContext): ScenarioFigures {
  const sums = startSums(ctx.horizon);
  for (const item of items) addItem(sums, item);
  return finishFigures(sums, ctx);
}

/** Every figure of a scenario from its item sums. */
export function finishFigures(sums: ScenarioSums, ctx: FigureContext): ScenarioFigures {
  const H = ctx.horizon;
  const { monthly, cashTotal, nonCashTotal } = sums;
  // Counts per month rather than a list of ship months: a scenario of many items ships thousands.
  const shippedByMonth = sums.shippedIn ?? newSeries(H);
  let workflowsShipped = 0;
  let first = -1;
  for (let m = 0; m < H; m++) {
    const count = shippedByMonth[m] as number;
    if (count > 0 && first < 0) first = m;
    workflowsShipped += count;
  }
  // Each month loop is a small function of its own: an edit calls this once, and small functions
  // are optimized by the JIT after fewer calls.
  const cumulative = newSeries(H);
  const total = runningSum(monthly, cumulative);
  const presentValue = weightedSum(monthly, ctx.discount);
  let value = 0;
  let payback: number | null = null;
  if (workflowsShipped > 0) {
    const valueMonthly = valueSeries(shippedByMonth, ctx.valuePerWorkflowMonth, H);
    value = sumSeries(valueMonthly, 0, H);
    payback = paybackMonth(cumulative, valueMonthly);
  } else if (H > 0) {
    // Nothing ships: every month earns 0 × valuePerWorkflowMonth (±0, or NaN when that is not
    // finite), whose sum is the first term plus 0; nothing pays back. No value series is needed.
    value = 0 + 0 * ctx.valuePerWorkflowMonth;
  }
  const roi = total === 0 ? null : value / total;
  return {
    monthly,
    cumulative,
    byFiscalYear: byFiscalYear(monthly, ctx.calendar),
    total,
    cashTotal,
    nonCashTotal,
    npv: presentValue,
    workflowsShipped,
    firstShipMonth: first < 0 ? null : monthKeyOf(ctx.startOrdinal + first),
    costPerWorkflow: workflowsShipped === 0 ? null : total / workflowsShipped,
    value,
    net: value - total,
    roi,
    paybackMonth: payback === null ? null : monthKeyOf(ctx.startOrdinal + payback),
    meetsThreeX: roi !== null && roi >= THREE_X,
    shippedByMonth,
  };
}
