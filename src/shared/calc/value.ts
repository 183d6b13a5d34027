import { newSeries } from './seriesAllocator';
/**
 * Value earned per month: every shipped workflow earns `perWorkflowMonth` in each month after
 * its ship month (a workflow shipped at the end of month s first earns in s + 1).
 */
export function valueSeries(shippedByMonth: Float64Array, perWorkflowMonth: number, horizon: number): Float64Array {
  const shippedBefore = newSeries(horizon);
  for (let s = 0; s + 1 < horizon; s++) shippedBefore[s + 1] = shippedByMonth[s] as number;
  let live = 0;
  for (let m = 0; m < horizon; m++) {
    live += shippedBefore[m] as number;
    shippedBefore[m] = live * perWorkflowMonth;
  }
  return shippedBefore;
}

/**
 * The first month index where cumulative value reaches cumulative cost, counting only months
 * that have earned something (so an item that has not started yet does not "pay back" at 0 = 0).
 */
export function paybackMonth(cumulativeCost: Float64Array, value: Float64Array): number | null {
  let cumulativeValue = 0;
  for (let m = 0; m < value.length; m++) {
    cumulativeValue += value[m] as number;
    if (cumulativeValue > 0 && cumulativeValue >= (cumulativeCost[m] as number)) return m;
  }
  return null;
}
