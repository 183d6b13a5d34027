import { describe, expect, it } from 'vitest';
import { calcPlan } from '#shared/calc';
import { planSummary } from '#shared/ipc/toSummary';
import type { PlanSummary } from '#shared/ipc/summary';
import { defaultPlan } from '#shared/templates';
import { bestScenarioIds, figuresOf, rangeText, resultRows, type ResultRow } from '../../../../src/renderer/views/compare/resultRows';

const summary = planSummary(calcPlan(defaultPlan('2026-12')));
const rows = resultRows(summary.fiscalYears);
const row = (id: string): ResultRow => rows.find((r) => r.id === id)!;
const ids = (set: Set<string>): string[] => [...set].sort();

/** A scenario with the given figures over a copy of the first default scenario. */
function scenario(id: string, figures: Partial<PlanSummary['scenarios'][number]>): PlanSummary['scenarios'][number] {
  return { ...summary.scenarios[0]!, id, name: id, ...figures };
}

describe('the results table rows', () => {
  it('label partial fiscal years with their months, full years plainly', () => {
    expect(rows.slice(0, 4).map((r) => r.label)).toEqual(['FY2026 (1 mo)', 'FY2027', 'FY2028', 'FY2029 (11 mo)']);
  });

  it('have every result of cost-model.md, each with an explanation', () => {
    expect(rows.slice(4).map((r) => r.label)).toEqual(['Total', 'Cash', 'Non-cash (equity)', 'NPV', 'Workflows shipped', 'First ship', 'Cost per workflow', 'Value', 'Net', 'ROI', 'Payback', '3x rule']);
    for (const r of rows) expect(r.help.length).toBeGreaterThan(10);
  });

  it('show figures in the plan currency, negatives in parentheses, and words for what is absent', () => {
    const none = scenario('none', { costPerWorkflow: null, paybackMonth: null, firstShipMonth: null, net: -286_200, roi: null, meetsThreeX: false });
    expect(row('total').format(summary.scenarios[0]!, 'USD')).toBe('$675,000');
    expect(row('total').format(summary.scenarios[0]!, 'EUR')).toBe('€675,000');
    expect(row('net').format(none, 'USD')).toBe('($286,200)');
    expect(row('cost-per-workflow').format(none, 'USD')).toBe('no workflow shipped');
    expect(row('payback').format(none, 'USD')).toBe('not within the plan');
    expect(row('first-ship').format(none, 'USD')).toBe('none');
    expect(row('roi').format(none, 'USD')).toBe('—');
    expect(row('roi').format(scenario('x', { roi: 5.1 }), 'USD')).toBe('5.10×');
    expect(row('three-x').format(scenario('x', { meetsThreeX: true }), 'USD')).toBe('meets');
    expect(row('three-x').format(none, 'USD')).toBe('does not');
    expect(row('payback').format(scenario('x', { paybackMonth: '2027-08' }), 'USD')).toBe('Aug 2027');
  });
});

describe('bestScenarioIds marks the best scenario of a row', () => {
  it('marks the cheapest total and cost per workflow of the default plan: the AI officer alone', () => {
    expect(ids(bestScenarioIds(row('total'), summary.scenarios))).toEqual(['ai-officer']);
    expect(ids(bestScenarioIds(row('cost-per-workflow'), summary.scenarios))).toEqual(['ai-officer']);
  });

  it('marks the highest value and workflows, and the soonest first ship, ties together', () => {
    expect(ids(bestScenarioIds(row('value'), summary.scenarios))).toEqual(['ai-officer']);
    expect(ids(bestScenarioIds(row('workflows'), summary.scenarios))).toEqual(['ai-officer']);
    expect(ids(bestScenarioIds(row('first-ship'), summary.scenarios))).toEqual(['ai-officer', 'caio-agency']);
  });

  it('never marks an absent figure, and marks nothing when all are equal or there is one scenario', () => {
    const a = scenario('a', { costPerWorkflow: null, paybackMonth: null });
    const b = scenario('b', { costPerWorkflow: 90_000, paybackMonth: '2028-01' });
    expect(ids(bestScenarioIds(row('cost-per-workflow'), [a, b]))).toEqual(['b']);
    expect(ids(bestScenarioIds(row('payback'), [a, b]))).toEqual(['b']);
    expect(ids(bestScenarioIds(row('non-cash'), summary.scenarios))).toEqual([]);
    expect(ids(bestScenarioIds(row('total'), [a]))).toEqual([]);
    expect(ids(bestScenarioIds(row('three-x'), summary.scenarios))).toEqual([]);
  });

  it('treats figures equal to the cent as a tie', () => {
    const a = scenario('a', { total: 100.001 });
    const b = scenario('b', { total: 100.004 });
    const c = scenario('c', { total: 200 });
    expect(ids(bestScenarioIds(row('total'), [a, b, c]))).toEqual(['a', 'b']);
  });

  it('marks the best in the low or high case when that case is shown', () => {
    expect(ids(bestScenarioIds(row('total'), summary.scenarios, 'high'))).toEqual(['ai-officer']);
    const low = summary.scenarios.map((s) => figuresOf(s, 'low')?.total);
    expect(low).toEqual(summary.scenarios.map((s) => s.low?.total));
  });
});

describe('rangeText', () => {
  it('gives the low and high cases of a figure, or nothing for a plan without ranges', () => {
    expect(rangeText(row('total'), summary.scenarios[0]!, 'USD')).toBe('Low inputs: $420,000 · high inputs: $960,000');
    expect(rangeText(row('total'), scenario('plain', { low: null, high: null }), 'USD')).toBeNull();
  });
});
