import type { PlanResult, ScenarioFigures } from '../calc';
import { monthlyOf } from '../calc/items/months';
import type { FiguresDto, PlanResultDto } from './dto';
import { summaryFigures } from './toSummary';

function figures(f: ScenarioFigures): FiguresDto {
  return { monthly: Array.from(f.monthly), cumulative: Array.from(f.cumulative), ...summaryFigures(f) };
}

/**
 * A plan result as plain arrays and objects. The engine's series are views into shared slabs,
 * which structured clone would copy whole; copying each series here sends only its months.
 */
export function planResultDto(result: PlanResult): PlanResultDto {
  return {
    months: [...result.months],
    fiscalYears: result.fiscalYears.map((fy) => ({ ...fy })),
    scenarios: result.scenarios.map((s) => ({
      ...figures(s),
      id: s.id,
      name: s.name,
      items: s.items.map((item) => ({
        id: item.id,
        name: item.name,
        kind: item.kind,
        monthly: Array.from(monthlyOf(item, result.months.length)),
        total: item.total,
        cashTotal: item.cashTotal,
        nonCashTotal: item.nonCashTotal,
        overriddenMonths: item.overridden.map((m) => result.months[m] ?? ''),
      })),
      low: s.low ? figures(s.low) : null,
      high: s.high ? figures(s.high) : null,
    })),
    crossovers: result.crossovers.map((c) => ({ ...c })),
  };
}
