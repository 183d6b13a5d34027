import { byMonth, monthlyOf, type MonteCarloResult, type Percentiles, type PlanResult, type ScenarioFigures, type ScenarioSensitivity } from '#shared/calc';
import { cents } from './format/money';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function money(values: ArrayLike<number>): Json[] {
  return Array.from(values, (v) => cents(v));
}

function ratio(value: number | null): Json {
  return value === null || !Number.isFinite(value) ? null : value;
}

function percentilesJson(p: Percentiles | null, round: (v: number) => Json): Json {
  return p === null ? null : { p10: round(p.p10), p50: round(p.p50), p90: round(p.p90) };
}

function figuresJson(f: ScenarioFigures): { [key: string]: Json } {
  return {
    monthly: money(f.monthly),
    cumulative: money(f.cumulative),
    byFiscalYear: money(f.byFiscalYear),
    total: cents(f.total),
    cashTotal: cents(f.cashTotal),
    nonCashTotal: cents(f.nonCashTotal),
    npv: cents(f.npv),
    workflowsShipped: f.workflowsShipped,
    firstShipMonth: f.firstShipMonth,
    costPerWorkflow: f.costPerWorkflow === null ? null : cents(f.costPerWorkflow),
    value: cents(f.value),
    net: cents(f.net),
    roi: ratio(f.roi),
    paybackMonth: f.paybackMonth,
    meetsThreeX: f.meetsThreeX,
  };
}

/** The `calc --json` object of product.md: money rounded to cents, absent values null. */
export function calcJson(result: PlanResult, sensitivity: readonly ScenarioSensitivity[], monteCarlo: MonteCarloResult | null): Json {
  const scenarios = result.scenarios.map((s, i): Json => {
    const mc = monteCarlo?.scenarios[i];
    const tornado = sensitivity[i];
    return {
      id: s.id,
      name: s.name,
      ...figuresJson(s),
      items: s.items.map((item) => ({
        id: item.id,
        name: item.name,
        kind: item.kind,
        monthly: money(monthlyOf(item, result.months.length)),
        total: cents(item.total),
        cashTotal: cents(item.cashTotal),
        nonCashTotal: cents(item.nonCashTotal),
        overriddenMonths: item.overridden.map((m) => result.months[m] ?? null),
      })),
      low: s.low ? figuresJson(s.low) : null,
      high: s.high ? figuresJson(s.high) : null,
      sensitivity: (tornado?.entries ?? []).map((e) => ({
        input: e.input,
        path: e.path,
        low: e.low,
        high: e.high,
        totalAtLow: cents(e.totalAtLow),
        totalAtHigh: cents(e.totalAtHigh),
        swing: cents(e.swing),
      })),
      ...(mc
        ? {
            monteCarlo: {
              trials: monteCarlo.trials,
              seed: monteCarlo.seed,
              total: percentilesJson(mc.total, cents),
              npv: percentilesJson(mc.npv, cents),
              workflowsShipped: percentilesJson(mc.workflowsShipped, ratio),
              costPerWorkflow: percentilesJson(mc.costPerWorkflow, cents),
              roi: percentilesJson(mc.roi, ratio),
              noWorkflowShare: mc.noWorkflowShare,
              cumulative: { p10: money(mc.cumulative.p10), p50: money(mc.cumulative.p50), p90: money(mc.cumulative.p90) },
            },
          }
        : {}),
    };
  });
  return {
    months: [...result.months],
    fiscalYears: result.fiscalYears.map((fy) => fy.label),
    fiscalYearSpans: result.fiscalYears.map((fy) => ({ label: fy.label, first: fy.first, last: fy.last, months: fy.months, partial: fy.partial })),
    scenarios,
    crossovers: byMonth(result.crossovers).map((c) => ({ month: c.month, cheaper: c.cheaper, dearer: c.dearer })),
    ...(monteCarlo
      ? { probabilityCheapest: monteCarlo.probabilityCheapest.map((p) => ({ id: p.id, total: p.total, costPerWorkflow: p.costPerWorkflow })) }
      : {}),
  };
}
