import type { PlanResult } from '../calc';
import { monthlyOf } from '../calc/items/months';
import type { Timeline } from './viewChannels';

/** For each month, the index of the fiscal year holding it (the years are in order and cover the horizon). */
function fiscalYearOfMonth(result: PlanResult): number[] {
  const years = result.fiscalYears;
  let year = 0;
  return result.months.map((month) => {
    while (year < years.length - 1 && month > (years[year]?.last ?? month)) year++;
    return year;
  });
}

/** One scenario's months as plain arrays (copies: the result's series are views into shared slabs), or null when there is no such scenario. */
export function timelineOf(result: PlanResult, scenarioId: string): Timeline | null {
  const scenario = result.scenarios.find((s) => s.id === scenarioId);
  if (!scenario) return null;
  return {
    scenarioId,
    months: [...result.months],
    fiscalYearOfMonth: fiscalYearOfMonth(result),
    fiscalYears: result.fiscalYears.map((fy) => ({ ...fy })),
    items: scenario.items.map((item) => ({ id: item.id, name: item.name, kind: item.kind, values: Array.from(monthlyOf(item, result.months.length)), overridden: [...item.overridden] })),
    total: Array.from(scenario.monthly),
    cumulative: Array.from(scenario.cumulative),
  };
}
