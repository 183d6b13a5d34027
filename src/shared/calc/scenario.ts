import { monthKeyOf } from '../model';
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
  /** Month indices at whose end a workflow ships, ascending. */
  readonly shipMonths: readonly number[];
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
  const H = ctx.horizon;
  const monthly = newSeries(H);
  let cashTotal = 0;
  let nonCashTotal = 0;
  const shippedIn = new Uint32Array(H);
  for (const item of items) {
    // Months outside an item's active window are zero: skipping them leaves every sum exactly the same.
    const series = item.monthly;
    for (let m = item.activeFrom; m < item.activeTo; m++) monthly[m] = (monthly[m] as number) + (series[m] as number);
    cashTotal += item.cashTotal;
    nonCashTotal += item.nonCashTotal;
    for (const s of item.shipMonths) shippedIn[s] = (shippedIn[s] as number) + 1;
  }
  // A count per month, not a sort: a scenario of many items ships thousands of workflows.
  const shipMonths: number[] = [];
  for (let m = 0; m < H; m++) for (let k = shippedIn[m] as number; k > 0; k--) shipMonths.push(m);
  const cumulative = newSeries(H);
  let total = 0;
  let presentValue = 0;
  for (let m = 0; m < H; m++) {
    const cost = monthly[m] as number;
    total += cost;
    presentValue += cost * (ctx.discount[m] as number);
    cumulative[m] = total;
  }
  const valueMonthly = valueSeries(shipMonths, ctx.valuePerWorkflowMonth, H);
  let value = 0;
  for (let m = 0; m < H; m++) value += valueMonthly[m] as number;
  const workflowsShipped = shipMonths.length;
  const roi = total === 0 ? null : value / total;
  const payback = paybackMonth(cumulative, valueMonthly);
  const first = shipMonths[0];
  return {
    monthly,
    cumulative,
    byFiscalYear: byFiscalYear(monthly, ctx.calendar),
    total,
    cashTotal,
    nonCashTotal,
    npv: presentValue,
    workflowsShipped,
    firstShipMonth: first === undefined ? null : monthKeyOf(ctx.startOrdinal + first),
    costPerWorkflow: workflowsShipped === 0 ? null : total / workflowsShipped,
    value,
    net: value - total,
    roi,
    paybackMonth: payback === null ? null : monthKeyOf(ctx.startOrdinal + payback),
    meetsThreeX: roi !== null && roi >= THREE_X,
    shipMonths,
  };
}
