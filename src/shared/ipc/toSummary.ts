import type { PlanResult, ScenarioFigures } from '../calc';
import type { PlanSummary, SummaryFigures } from './summary';

/** A scenario's figures for one case without its month series. */
export function summaryFigures(f: ScenarioFigures): SummaryFigures {
  return {
    byFiscalYear: [...f.byFiscalYear],
    total: f.total,
    cashTotal: f.cashTotal,
    nonCashTotal: f.nonCashTotal,
    npv: f.npv,
    workflowsShipped: f.workflowsShipped,
    firstShipMonth: f.firstShipMonth,
    costPerWorkflow: f.costPerWorkflow,
    value: f.value,
    net: f.net,
    roi: f.roi,
    paybackMonth: f.paybackMonth,
    meetsThreeX: f.meetsThreeX,
  };
}

/** The summary of a plan result: every figure, no month series. */
export function planSummary(result: PlanResult): PlanSummary {
  return {
    fiscalYears: result.fiscalYears.map((fy) => ({ ...fy })),
    scenarios: result.scenarios.map((s) => ({ ...summaryFigures(s), id: s.id, name: s.name, low: s.low ? summaryFigures(s.low) : null, high: s.high ? summaryFigures(s.high) : null })),
    crossovers: result.crossovers.map((c) => ({ ...c })),
  };
}
