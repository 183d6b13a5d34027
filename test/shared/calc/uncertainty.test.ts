import { describe, expect, it } from 'vitest';
import { runMonteCarlo, sensitivity } from '#shared/calc';
import { planOf, planWith, retainer, scenario } from '#test/helpers/plans';

describe('Monte Carlo', () => {
  it('draws every range within its low and high', () => {
    const plan = planWith([retainer({ monthlyFee: { low: 1000, base: 2000, high: 5000 } })], { horizonMonths: 12 });
    const mc = runMonteCarlo(plan, { trials: 2000, seed: 3 }).scenarios[0]!;
    expect(mc.total.p10).toBeGreaterThanOrEqual(12000);
    expect(mc.total.p90).toBeLessThanOrEqual(60000);
    expect(mc.total.p10).toBeLessThan(mc.total.p90);
  });

  it('centres a triangular draw near its mean (low + base + high) / 3', () => {
    const plan = planWith([retainer({ monthlyFee: { low: 0, base: 0, high: 3000 } })], { horizonMonths: 1 });
    const mc = runMonteCarlo(plan, { trials: 20000, seed: 11 }).scenarios[0]!;
    // The median of triangular(0, 0, 3000) is 3000 × (1 − √½) ≈ 878.7.
    expect(mc.total.p50).toBeGreaterThan(840);
    expect(mc.total.p50).toBeLessThan(920);
  });

  it('rounds drawn months and counts to whole numbers', () => {
    const plan = planWith(
      [{ id: 'p', name: 'Agency', kind: 'project', feePerWorkflow: 12000, workflowsPerYear: { low: 1, base: 2, high: 4 }, buildMonths: 1 }],
      { horizonMonths: 12 },
    );
    const mc = runMonteCarlo(plan, { trials: 500, seed: 5 }).scenarios[0]!;
    for (const p of [mc.workflowsShipped.p10, mc.workflowsShipped.p50, mc.workflowsShipped.p90]) expect(Number.isInteger(p)).toBe(true);
  });

  it('reports the share of trials in which nothing ships', () => {
    const plan = planWith([retainer({ delivery: { firstShipAfterMonths: { low: 2, base: 6, high: 12 }, everyMonths: 12 } })], { horizonMonths: 6 });
    const mc = runMonteCarlo(plan, { trials: 4000, seed: 9 }).scenarios[0]!;
    // The first ship falls inside 6 months only when the draw rounds to 6 or less:
    // P(x < 6.5) of triangular(2, 6, 12) = 1 − 5.5² / (10 × 6) ≈ 0.496, so nothing ships in ≈ 50.4% of trials.
    expect(mc.noWorkflowShare).toBeGreaterThan(0.47);
    expect(mc.noWorkflowShare).toBeLessThan(0.54);
  });

  it('gives the cheaper scenario the whole probability of being cheapest when the ranges never overlap', () => {
    const plan = planOf({ horizonMonths: 12 }, [
      scenario('cheap', [retainer({ monthlyFee: { low: 1000, base: 2000, high: 3000 } })]),
      scenario('dear', [retainer({ monthlyFee: { low: 4000, base: 5000, high: 6000 } })]),
    ]);
    expect(runMonteCarlo(plan, { trials: 300, seed: 1 }).probabilityCheapest.map((p) => [p.id, p.total])).toEqual([
      ['cheap', 1],
      ['dear', 0],
    ]);
  });
});

describe('sensitivity', () => {
  it('moves one input at a time to its low and high, the rest at base, widest swing first', () => {
    const plan = planWith(
      [
        retainer({ id: 'a', name: 'CAIO retainer', monthlyFee: { low: 5000, base: 7500, high: 10000 } }),
        { id: 'p', name: 'Agency project', kind: 'project', feePerWorkflow: { low: 40000, base: 45000, high: 50000 }, workflowsPerYear: 3, buildMonths: 1 },
      ],
      { horizonMonths: 12 },
    );
    const [tornado] = sensitivity(plan);
    expect(tornado!.total).toBe(90000 + 135000);
    expect(tornado!.entries.map((e) => [e.input, e.totalAtLow, e.totalAtHigh, e.swing])).toEqual([
      ['CAIO retainer · monthly fee', 60000 + 135000, 120000 + 135000, 60000],
      ['Agency project · fee per workflow', 90000 + 120000, 90000 + 150000, 30000],
    ]);
    expect(tornado!.entries[0]!.path).toBe('scenarios[0].items[0].monthlyFee');
  });

  it('leaves out inputs that do not move the cost, such as the value assumptions', () => {
    const plan = planWith([retainer()], { horizonMonths: 12, hoursSavedPerWorkflowPerMonth: { low: 20, base: 40, high: 80 } });
    expect(sensitivity(plan)[0]!.entries).toEqual([]);
  });

  it('lists the company valuation for a scenario whose equity it prices', () => {
    const plan = planWith([{ id: 'h', name: 'Hire', kind: 'salary', baseSalary: 120000, equityPct: 1 }], {
      horizonMonths: 48,
      companyValuation: { low: 10_000_000, base: 20_000_000, high: 40_000_000 },
    });
    const [entry] = sensitivity(plan)[0]!.entries;
    expect(entry!.input).toBe('company valuation');
    expect(entry!.swing).toBeCloseTo(300000, 6);
  });
});
