import { describe, expect, it } from 'vitest';
import { calcPlan, monthlyOf, nonCashOf } from '#shared/calc';
import { planWith, retainer } from '#test/helpers/plans';

function monthly(plan: ReturnType<typeof planWith>, item = 0): number[] {
  return Array.from(monthlyOf(calcPlan(plan).scenarios[0]!.items[item]!, plan.settings.horizonMonths));
}

describe('retainer', () => {
  it('bills the monthly fee in every month of the horizon when no duration is given', () => {
    expect(monthly(planWith([retainer({ monthlyFee: 5000 })], { horizonMonths: 12 }))).toEqual(Array(12).fill(5000));
  });

  it('a retainer with a 2-month minimum bills 2 months when the engagement lasts 1', () => {
    const plan = planWith([retainer({ monthlyFee: 8500, durationMonths: 1, minimumMonths: 2 })], { horizonMonths: 6 });
    expect(monthly(plan)).toEqual([8500, 8500, 0, 0, 0, 0]);
  });

  it('applies the discount to every billed month', () => {
    const plan = planWith([retainer({ monthlyFee: 10000, discountPct: 15 })], { horizonMonths: 2 });
    expect(monthly(plan)).toEqual([8500, 8500]);
  });

  it('escalates once a year counted from the item start, not from the plan start', () => {
    const plan = planWith([retainer({ monthlyFee: 1000, start: 2, escalationPct: 10 })], { horizonMonths: 27 });
    const m = monthly(plan);
    expect(m.slice(0, 2)).toEqual([0, 0]);
    expect(m[2]).toBe(1000);
    expect(m[13]).toBe(1000);
    expect(m[14]).toBeCloseTo(1100, 9);
    expect(m[26]).toBeCloseTo(1210, 9);
  });

  it('cuts off months before the plan start and after the horizon instead of failing', () => {
    const plan = planWith([retainer({ monthlyFee: 100, start: -2, durationMonths: 4 })], { horizonMonths: 3 });
    expect(monthly(plan)).toEqual([100, 100, 0]);
  });

  it('reads a start written as YYYY-MM as a month of the horizon', () => {
    const plan = planWith([retainer({ monthlyFee: 100, start: '2027-03', durationMonths: 1 })], { horizonMonths: 4 });
    expect(monthly(plan)).toEqual([0, 0, 100, 0]);
  });

  it('converts a foreign-currency fee with the plan fx rate', () => {
    const plan = planWith([retainer({ monthlyFee: 1000, currency: 'EUR' })], { horizonMonths: 1, fxRates: { EUR: 1.08 } });
    expect(monthly(plan)[0]).toBeCloseTo(1080, 9);
  });
});

describe('timeAndMaterials', () => {
  it('bills a weekly quantity 52 weeks over 12 months', () => {
    const plan = planWith([{ id: 't', name: 'T&M', kind: 'timeAndMaterials', rate: 150, unit: 'hour', quantity: 10, per: 'week' }], { horizonMonths: 1 });
    expect(monthly(plan)[0]).toBeCloseTo((150 * 10 * 52) / 12, 9);
  });

  it('bills a monthly quantity as it is: 4 days at 3,500 is 14,000 a month', () => {
    const plan = planWith([{ id: 't', name: 'Day rate', kind: 'timeAndMaterials', rate: 3500, unit: 'day', quantity: 4, per: 'month', durationMonths: 2 }], { horizonMonths: 3 });
    expect(monthly(plan)).toEqual([14000, 14000, 0]);
  });
});

describe('project', () => {
  it('starts workflow k in month floor(12k / workflowsPerYear) and pays its fee over buildMonths', () => {
    const plan = planWith([{ id: 'p', name: 'Agency', kind: 'project', feePerWorkflow: 45000, workflowsPerYear: 3, buildMonths: 2 }], { horizonMonths: 12 });
    expect(monthly(plan)).toEqual([22500, 22500, 0, 0, 22500, 22500, 0, 0, 22500, 22500, 0, 0]);
  });

  it('ships each workflow at the end of its last build month', () => {
    const plan = planWith([{ id: 'p', name: 'Agency', kind: 'project', feePerWorkflow: 45000, workflowsPerYear: 3, buildMonths: 2 }], { horizonMonths: 12 });
    expect(calcPlan(plan).scenarios[0]!.items[0]!.shipMonths).toEqual([1, 5, 9]);
  });

  it('starts no workflow after the duration, but finishes paying for one already started', () => {
    const plan = planWith([{ id: 'p', name: 'Agency', kind: 'project', feePerWorkflow: 30000, workflowsPerYear: 12, buildMonths: 3, durationMonths: 1 }], { horizonMonths: 5 });
    expect(monthly(plan)).toEqual([10000, 10000, 10000, 0, 0]);
  });

  it('does not count a workflow whose ship month falls after the horizon, though its payments inside count', () => {
    const plan = planWith([{ id: 'p', name: 'Agency', kind: 'project', feePerWorkflow: 30000, workflowsPerYear: 1, buildMonths: 3 }], { horizonMonths: 2 });
    const scenario = calcPlan(plan).scenarios[0]!;
    expect(scenario.total).toBe(20000);
    expect(scenario.workflowsShipped).toBe(0);
    expect(scenario.costPerWorkflow).toBeNull();
  });

  it('gives each item only its own ship months, whatever items were computed before it', () => {
    // Ship months are collected in one shared list, never shortened: a short list must not keep a long one's tail.
    const plan = planWith(
      [
        { id: 'p', name: 'Agency', kind: 'project', feePerWorkflow: 1200, workflowsPerYear: 12, buildMonths: 1 },
        retainer({ id: 'r', delivery: { firstShipAfterMonths: 2, everyMonths: 4 } }),
        { id: 'q', name: 'Late', kind: 'project', feePerWorkflow: 1200, workflowsPerYear: 1, buildMonths: 3, start: 10 },
        retainer({ id: 'none' }),
      ],
      { horizonMonths: 12 },
    );
    const items = calcPlan(plan).scenarios[0]!.items;
    expect(items.map((i) => i.shipMonths)).toEqual([[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], [1, 5, 9], [], []]);
  });
});

describe('salary', () => {
  const seriesA = {
    id: 'h',
    name: 'CAIO',
    kind: 'salary' as const,
    baseSalary: 320000,
    loadPct: 12.5,
    recruitingFee: 70000,
  };

  it('the Series A hire (320,000 salary, 12.5% load, 70,000 recruiting, no lag) costs 430,000 in its first 12 months before equity', () => {
    const plan = planWith([seriesA], { horizonMonths: 12 });
    expect(calcPlan(plan).scenarios[0]!.total).toBeCloseTo(430000, 6);
  });

  it('starts paying after the hire lag and pays recruiting and signing bonus once, in the hire month', () => {
    const plan = planWith([{ ...seriesA, baseSalary: 120000, loadPct: 0, recruitingFee: 5000, signingBonus: 1000, hireLagMonths: 2 }], { horizonMonths: 4 });
    expect(monthly(plan)).toEqual([0, 0, 16000, 10000]);
  });

  it('adds the bonus to the load on the monthly salary', () => {
    const plan = planWith([{ ...seriesA, baseSalary: 120000, loadPct: 10, bonusPct: 20, recruitingFee: 0 }], { horizonMonths: 1 });
    expect(monthly(plan)[0]).toBeCloseTo(13000, 9);
  });

  it('raises the salary once a year counted from the hire month', () => {
    const plan = planWith([{ ...seriesA, baseSalary: 120000, loadPct: 0, recruitingFee: 0, hireLagMonths: 1, escalationPct: 5 }], { horizonMonths: 14 });
    const m = monthly(plan);
    expect(m[12]).toBe(10000);
    expect(m[13]).toBeCloseTo(10500, 9);
  });

  it('expenses equity as non-cash, straight-line over 48 months from the hire, only when a valuation is set', () => {
    const withEquity = { ...seriesA, baseSalary: 120000, loadPct: 0, recruitingFee: 0, equityPct: 1.5 };
    const unpriced = calcPlan(planWith([withEquity], { horizonMonths: 60 })).scenarios[0]!;
    expect(unpriced.nonCashTotal).toBe(0);
    const priced = calcPlan(planWith([withEquity], { horizonMonths: 60, companyValuation: 48_000_000 })).scenarios[0]!;
    const nonCash = nonCashOf(priced.items[0]!, 60)!;
    expect(nonCash[0]).toBeCloseTo(15000, 9);
    expect(nonCash[47]).toBeCloseTo(15000, 9);
    expect(nonCash[48]).toBe(0);
    expect(priced.nonCashTotal).toBeCloseTo(720000, 6);
    expect(priced.cashTotal).toBeCloseTo(600000, 6);
    expect(priced.total).toBeCloseTo(1320000, 6);
  });

  it('stops equity and pay when the person leaves', () => {
    const plan = planWith([{ ...seriesA, baseSalary: 120000, loadPct: 0, recruitingFee: 0, equityPct: 1, durationMonths: 2 }], { horizonMonths: 4, companyValuation: 4_800_000 });
    expect(monthly(plan)).toEqual([11000, 11000, 0, 0]);
  });
});

describe('oneTime and custom', () => {
  it('a one-time amount lands in its start month only', () => {
    const plan = planWith([{ id: 'o', name: 'Setup', kind: 'oneTime', amount: 7000, start: 1 }], { horizonMonths: 3 });
    expect(monthly(plan)).toEqual([0, 7000, 0]);
  });

  it('a custom item takes its typed values month by month from its start', () => {
    const plan = planWith([{ id: 'c', name: 'Tools', kind: 'custom', values: [1, 2, 3], start: 1 }], { horizonMonths: 5 });
    expect(monthly(plan)).toEqual([0, 1, 2, 3, 0]);
  });
});

describe('overrides', () => {
  it('an override replaces its computed cell and is marked; clearing it restores the computed value', () => {
    const overridden = planWith([retainer({ monthlyFee: 1000, overrides: { '2027-02': 250 } })], { horizonMonths: 3 });
    const item = calcPlan(overridden).scenarios[0]!.items[0]!;
    expect(Array.from(monthlyOf(item, 3))).toEqual([1000, 250, 1000]);
    expect(item.overridden).toEqual([1]);
    const cleared = planWith([retainer({ monthlyFee: 1000 })], { horizonMonths: 3 });
    expect(monthly(cleared)).toEqual([1000, 1000, 1000]);
  });

  it('ignores an override for a month outside the horizon', () => {
    const plan = planWith([retainer({ monthlyFee: 1000, overrides: { '2030-01': 5 } })], { horizonMonths: 2 });
    expect(monthly(plan)).toEqual([1000, 1000]);
  });
});
