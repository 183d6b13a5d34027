import { describe, expect, it } from 'vitest';
import { calcPlan, describeCrossover, type ScenarioFigures } from '#shared/calc';
import { planOf, planWith, retainer, scenario } from '#test/helpers/plans';

/** The month indices at whose end a workflow ships, one per workflow, ascending. */
function shipMonths(figures: ScenarioFigures): number[] {
  return Array.from(figures.shippedByMonth).flatMap((count, m) => Array<number>(count).fill(m));
}

describe('fiscal years', () => {
  it('labels a fiscal year by the calendar year of its last month and marks cut years as partial', () => {
    const plan = planWith([retainer({ monthlyFee: 100 })], { startMonth: '2027-01', horizonMonths: 24, fiscalYearStartMonth: 4 });
    const result = calcPlan(plan);
    expect(result.fiscalYears.map((fy) => [fy.label, fy.first, fy.last, fy.months, fy.partial])).toEqual([
      ['FY2027', '2027-01', '2027-03', 3, true],
      ['FY2028', '2027-04', '2028-03', 12, false],
      ['FY2029', '2028-04', '2028-12', 9, true],
    ]);
    expect(result.scenarios[0]!.byFiscalYear).toEqual([300, 1200, 900]);
  });

  it('a fiscal year starting in January is the calendar year', () => {
    const result = calcPlan(planWith([retainer()], { startMonth: '2027-07', horizonMonths: 12 }));
    expect(result.fiscalYears.map((fy) => fy.label)).toEqual(['FY2027', 'FY2028']);
  });
});

describe('totals, cash and NPV', () => {
  it('cumulative is the running sum of monthly and ends at the total', () => {
    const s = calcPlan(planWith([retainer({ monthlyFee: 10, durationMonths: 2, start: 1 })], { horizonMonths: 4 })).scenarios[0]!;
    expect(Array.from(s.cumulative)).toEqual([0, 10, 20, 20]);
    expect(s.total).toBe(20);
  });

  it('discounts each month as a month-end flow: Σ monthly / (1 + r)^((m + 1)/12)', () => {
    const s = calcPlan(planWith([retainer({ monthlyFee: 1000 })], { horizonMonths: 24, discountRatePct: 8 })).scenarios[0]!;
    let expected = 0;
    for (let m = 0; m < 24; m++) expected += 1000 / 1.08 ** ((m + 1) / 12);
    expect(s.npv).toBeCloseTo(expected, 9);
    expect(s.npv).toBeLessThan(s.total);
  });
});

describe('delivery and value', () => {
  const delivering = retainer({ monthlyFee: 4000, delivery: { firstShipAfterMonths: 2, everyMonths: 3 } });

  it('ships the first workflow after firstShipAfterMonths active months, then one every everyMonths', () => {
    const s = calcPlan(planWith([delivering], { horizonMonths: 12 })).scenarios[0]!;
    expect(shipMonths(s)).toEqual([1, 4, 7, 10]);
    expect(s.workflowsShipped).toBe(4);
    expect(s.firstShipMonth).toBe('2027-02');
    expect(s.costPerWorkflow).toBe(12000);
  });

  it('stops at maxWorkflows', () => {
    const s = calcPlan(planWith([retainer({ delivery: { firstShipAfterMonths: 1, everyMonths: 1, maxWorkflows: 2 } })], { horizonMonths: 12 })).scenarios[0]!;
    expect(s.workflowsShipped).toBe(2);
  });

  it('a salaried hire delivers only after hire lag plus ramp', () => {
    const s = calcPlan(
      planWith(
        [{ id: 'h', name: 'Hire', kind: 'salary', baseSalary: 120000, hireLagMonths: 2, rampMonths: 3, delivery: { firstShipAfterMonths: 3, everyMonths: 3 } }],
        { horizonMonths: 12 },
      ),
    ).scenarios[0]!;
    expect(shipMonths(s)).toEqual([7, 10]);
  });

  it('a shipped workflow earns hours saved × loaded hourly cost in every month after its ship month', () => {
    const s = calcPlan(
      planWith([delivering], { horizonMonths: 12, hoursSavedPerWorkflowPerMonth: 40, loadedHourlyCost: 60 }),
    ).scenarios[0]!;
    // Ships at the end of months 1, 4, 7, 10: they earn for 10, 7, 4 and 1 months.
    expect(s.value).toBe(2400 * (10 + 7 + 4 + 1));
    expect(s.net).toBe(s.value - 48000);
    expect(s.roi).toBeCloseTo(s.value / 48000, 12);
  });

  it('a scenario may override the plan value assumptions', () => {
    const plan = planOf({ horizonMonths: 12, hoursSavedPerWorkflowPerMonth: 40, loadedHourlyCost: 60 }, [
      { id: 's', name: 's', valueOverrides: { hoursSavedPerWorkflowPerMonth: 10, loadedHourlyCost: 100 }, items: [delivering] },
    ]);
    expect(calcPlan(plan).scenarios[0]!.value).toBe(1000 * 22);
  });

  it('pays back in the first month where cumulative value reaches cumulative cost', () => {
    const s = calcPlan(
      planWith([retainer({ monthlyFee: 1000, delivery: { firstShipAfterMonths: 1, everyMonths: 1 } })], {
        horizonMonths: 12,
        hoursSavedPerWorkflowPerMonth: 10,
        loadedHourlyCost: 50,
      }),
    ).scenarios[0]!;
    // Value in month m is 500 × m (one workflow ships at the end of every month): cumulative 0, 500, 1500, 3000, 5000;
    // cumulative cost 1000, 2000, 3000, 4000, 5000: they meet in month 4.
    expect(s.paybackMonth).toBe('2027-05');
  });

  it('meets the 3x rule only when value is at least three times the cost', () => {
    const settings = { horizonMonths: 12, hoursSavedPerWorkflowPerMonth: 40, loadedHourlyCost: 60 };
    const cheap = calcPlan(planWith([retainer({ monthlyFee: 1000, delivery: { firstShipAfterMonths: 1, everyMonths: 1 } })], settings)).scenarios[0]!;
    const dear = calcPlan(planWith([retainer({ monthlyFee: 100000, delivery: { firstShipAfterMonths: 1, everyMonths: 1 } })], settings)).scenarios[0]!;
    expect(cheap.roi!).toBeGreaterThanOrEqual(3);
    expect(cheap.meetsThreeX).toBe(true);
    expect(dear.meetsThreeX).toBe(false);
  });

  it('shows no cost per workflow, no payback and no 3x when nothing ships', () => {
    const s = calcPlan(planWith([retainer()], { horizonMonths: 12 })).scenarios[0]!;
    expect([s.workflowsShipped, s.firstShipMonth, s.costPerWorkflow, s.paybackMonth, s.meetsThreeX]).toEqual([0, null, null, null, false]);
  });
});

describe('low and high cases', () => {
  it('computes the same figures with every range at its low and at its high', () => {
    const s = calcPlan(planWith([retainer({ monthlyFee: { low: 1, base: 2, high: 4 } })], { horizonMonths: 10 })).scenarios[0]!;
    expect([s.low!.total, s.total, s.high!.total]).toEqual([10, 20, 40]);
  });

  it('leaves low and high empty when the plan has no range', () => {
    const plan = planWith([retainer()], { horizonMonths: 3, hoursSavedPerWorkflowPerMonth: 40, loadedHourlyCost: 60 });
    const s = calcPlan(plan).scenarios[0]!;
    expect(s.low).toBeNull();
    expect(s.high).toBeNull();
  });
});

describe('crossovers', () => {
  it('finds the month where a scenario that starts dearer becomes cheaper on cumulative cost', () => {
    const plan = planOf({ horizonMonths: 12 }, [
      scenario('setup', [{ id: 'o', name: 'Setup', kind: 'oneTime', amount: 5000 }, retainer({ monthlyFee: 100 })]),
      scenario('monthly', [retainer({ monthlyFee: 1000 })]),
    ]);
    const result = calcPlan(plan);
    expect(result.crossovers).toEqual([{ month: '2027-06', monthIndex: 5, cheaper: 'setup', dearer: 'monthly' }]);
    expect(describeCrossover(result.crossovers[0]!, (id) => (id === 'setup' ? 'Setup once' : 'Monthly'))).toBe(
      'Setup once becomes cheaper than Monthly in 2027-06',
    );
  });

  it('does not call a tie a crossover', () => {
    const plan = planOf({ horizonMonths: 6 }, [scenario('a', [retainer()]), scenario('b', [retainer()])]);
    expect(calcPlan(plan).crossovers).toEqual([]);
  });
});
