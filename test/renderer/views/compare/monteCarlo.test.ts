import { describe, expect, it } from 'vitest';
import { runMonteCarlo } from '#shared/calc';
import { monteCarloDto, type MonteCarloDto } from '#shared/ipc/jobChannels';
import type { PlanSummary } from '#shared/ipc/summary';
import { defaultPlan } from '#shared/templates';
import { bandFits, monteCarloJobLabel, monteCarloRows, parseSeed, parseTrials, runStatus, type MonteCarloRun } from '../../../../src/renderer/views/compare/monteCarlo';

const result: MonteCarloDto = {
  trials: 1000,
  seed: 1,
  scenarios: [
    { id: 'a', total: { p10: 100, p50: 200, p90: 300 }, npv: { p10: 90, p50: 180, p90: 270 }, workflowsShipped: { p10: 1, p50: 2, p90: 3 }, costPerWorkflow: { p10: 50, p50: 100, p90: 150 }, roi: { p10: 0.5, p50: 1, p90: 2 }, noWorkflowShare: 0.1234, cumulative: { p10: [1], p50: [2], p90: [3] } },
    { id: 'b', total: { p10: 1000, p50: 2000, p90: 3000 }, npv: { p10: 900, p50: 1800, p90: 2700 }, workflowsShipped: { p10: 0, p50: 0, p90: 0 }, costPerWorkflow: null, roi: null, noWorkflowShare: 1, cumulative: { p10: [1], p50: [2], p90: [3] } },
  ],
  probabilityCheapest: [
    { id: 'a', total: 0.9, costPerWorkflow: 1 },
    { id: 'b', total: 0.1, costPerWorkflow: 0 },
  ],
};

describe('monteCarloRows lays out the Monte Carlo table', () => {
  const rows = monteCarloRows(result, ['b', 'a'], 'USD');
  const cells = (metric: string, percentile = ''): readonly string[] | undefined => rows.find((r) => r.metric === metric && r.percentile === percentile)?.cells;

  it('gives P10, P50 and P90 of total, NPV, cost per workflow and ROI, in the plan’s scenario order', () => {
    expect(rows.filter((r) => r.percentile).map((r) => `${r.metric} ${r.percentile}`)).toEqual([
      'Total P10', 'Total P50', 'Total P90', 'NPV P10', 'NPV P50', 'NPV P90', 'Cost per workflow P10', 'Cost per workflow P50', 'Cost per workflow P90', 'ROI P10', 'ROI P50', 'ROI P90',
    ]);
    expect(cells('Total', 'P50')).toEqual(['$2,000', '$200']);
    expect(cells('NPV', 'P90')).toEqual(['$2,700', '$270']);
    expect(cells('ROI', 'P10')).toEqual(['—', '0.50×']);
  });

  it('says so where no trial shipped a workflow', () => {
    expect(cells('Cost per workflow', 'P10')).toEqual(['no workflow shipped', '$50']);
    expect(cells('No workflow shipped')).toEqual(['100%', '12.3%']);
  });

  it('gives the probability each scenario is cheapest, on total and per workflow', () => {
    expect(cells('Cheapest on total')).toEqual(['10%', '90%']);
    expect(cells('Cheapest per workflow')).toEqual(['0%', '100%']);
  });

  it('marks the first row of each metric, where its name shows', () => {
    expect(rows.filter((r) => r.first).map((r) => r.metric)).toEqual(['Total', 'NPV', 'Cost per workflow', 'ROI', 'No workflow shipped', 'Cheapest on total', 'Cheapest per workflow']);
  });

  it('shows a dash for a scenario the run did not have (added since)', () => {
    expect(monteCarloRows(result, ['a', 'new'], 'USD').find((r) => r.metric === 'Total')?.cells).toEqual(['$100', '—']);
  });

  it('reads the engine’s own result for the default plan', () => {
    const plan = defaultPlan('2026-12');
    const dto = monteCarloDto(runMonteCarlo(plan, { trials: 200, seed: 1 }));
    const table = monteCarloRows(dto, plan.scenarios.map((s) => s.id), 'USD');
    const shares = table.find((r) => r.metric === 'Cheapest on total')!.cells.map((c) => Number.parseFloat(c));
    expect(shares.reduce((a, b) => a + b, 0)).toBeCloseTo(100, 0);
  });
});

describe('trials and seed as typed', () => {
  it('accept grouped and suffixed whole numbers', () => {
    expect(parseTrials('10,000')).toEqual({ ok: true, value: 10_000 });
    expect(parseTrials('200k')).toEqual({ ok: true, value: 200_000 });
    expect(parseTrials('1m')).toEqual({ ok: true, value: 1_000_000 });
    expect(parseSeed('0')).toEqual({ ok: true, value: 0 });
    expect(parseSeed('4294967295')).toEqual({ ok: true, value: 2 ** 32 - 1 });
  });

  it('refuse what the job would refuse, with the reason', () => {
    expect(parseTrials('0')).toEqual({ ok: false, error: 'must be at least 1' });
    expect(parseTrials('2m')).toEqual({ ok: false, error: 'must be at most 1,000,000' });
    expect(parseTrials('1.5')).toEqual({ ok: false, error: 'must be a whole number' });
    expect(parseTrials('ten')).toEqual({ ok: false, error: 'must be a whole number' });
    expect(parseSeed('-1')).toEqual({ ok: false, error: 'must be a whole number' });
    expect(parseSeed('4294967296')).toEqual({ ok: false, error: 'must be at most 4,294,967,295' });
  });

  it('name the job as the progress bar shows it', () => {
    expect(monteCarloJobLabel(200_000)).toBe('Running 200,000 Monte Carlo trials');
    expect(monteCarloJobLabel(1)).toBe('Running 1 Monte Carlo trial');
  });
});

describe('a run against the plan now', () => {
  const basis = { scenarios: [] } as unknown as PlanSummary;
  const run: MonteCarloRun = { result, documentId: 'doc', basis, startMonth: '2026-12', horizonMonths: 36 };

  it('is current until the plan changes, then stale; another document has none', () => {
    expect(runStatus(run, 'doc', basis)).toBe('current');
    expect(runStatus(run, 'doc', { ...basis })).toBe('stale');
    expect(runStatus(run, 'other', basis)).toBe('none');
    expect(runStatus(null, 'doc', basis)).toBe('none');
  });

  it('keeps its band while the months line up', () => {
    expect(bandFits(run, 'doc', { startMonth: '2026-12', horizonMonths: 36 })).toBe(true);
    expect(bandFits(run, 'doc', { startMonth: '2027-01', horizonMonths: 36 })).toBe(false);
    expect(bandFits(run, 'doc', { startMonth: '2026-12', horizonMonths: 48 })).toBe(false);
    expect(bandFits(run, 'doc', undefined)).toBe(false);
  });
});
