import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addMonths, parsePlan, type Case, type Item, type NumberOrRange, type Plan, type PlanInput, type Range, type Scenario } from '#shared/model';
import { byMonth, calcPlan, collectRanges, createCalculator, monthlyOf, runMonteCarlo, startMonteCarlo, type ItemResult, type ScenarioFigures, type ScenarioResult } from '#shared/calc';
import { percentiles, percentilesBySelection, type Percentiles } from '#shared/calc/percentile';
import { moneyValueArb, nonNegativePlanArb, planArb, planInputArb, parsedPlan, signedMoneyValueArb } from '#test/helpers/arbitraries';

const RUNS = { numRuns: 150 };
const MC_RUNS = { numRuns: 60 };
const TRIALS = 200;

/** |a − b| within 1e-6, or within 1e-9 of `scale` (the magnitude of the summed terms, so cancellation is allowed for). */
function expectClose(actual: number, expected: number, scale: number, what: string): void {
  const tolerance = Math.max(1e-6, 1e-9 * Math.max(Math.abs(actual), Math.abs(expected), scale));
  if (!(Math.abs(actual - expected) <= tolerance)) throw new Error(`${what}: ${actual} is not ${expected} (±${tolerance})`);
}

function sumOf(values: ArrayLike<number>): number {
  let total = 0;
  for (let i = 0; i < values.length; i++) total += values[i] as number;
  return total;
}

function magnitude(values: ArrayLike<number>): number {
  let total = 0;
  for (let i = 0; i < values.length; i++) total += Math.abs(values[i] as number);
  return total;
}

/** The plan with item `i` of scenario `s` replaced by `edit(item)`; every other object is shared. */
function withItem(plan: Plan, s: number, i: number, edit: (item: Item) => Item): Plan {
  return {
    ...plan,
    scenarios: plan.scenarios.map((scenario, k) =>
      k === s ? { ...scenario, items: scenario.items.map((item, j) => (j === i ? edit(item) : item)) } : scenario,
    ),
  };
}

/** `v` raised by `delta` at base (and at high, when that keeps the range valid). */
function raised(v: NumberOrRange, delta: number): NumberOrRange {
  if (typeof v === 'number') return v + delta;
  const base = v.base + delta;
  return { low: v.low, base, high: Math.max(v.high, base) };
}

/** The item with its main money field raised by `delta`, or null when its kind has none. */
function withRaisedFee(item: Item, delta: number): Item | null {
  switch (item.kind) {
    case 'retainer':
      return { ...item, monthlyFee: raised(item.monthlyFee, delta) };
    case 'timeAndMaterials':
      return { ...item, rate: raised(item.rate, delta) };
    case 'project':
      return { ...item, feePerWorkflow: raised(item.feePerWorkflow, delta) };
    case 'salary':
      return { ...item, baseSalary: raised(item.baseSalary, delta) };
    case 'oneTime':
      return { ...item, amount: raised(item.amount, delta) };
    case 'custom':
      return null;
  }
}

/** Every (scenario, item) position in the plan, in plan order. */
function positions(plan: Plan): [number, number][] {
  return plan.scenarios.flatMap((scenario, s) => scenario.items.map((_, i): [number, number] => [s, i]));
}

/** An item's cost per month over the whole horizon (its result holds only the active months). */
function monthsOf(item: ItemResult | undefined, H: number): Float64Array | undefined {
  return item && monthlyOf(item, H);
}

function expectSameScenario(actual: ScenarioResult | undefined, expected: ScenarioResult | undefined): void {
  const H = expected?.monthly.length ?? 0;
  expect(actual?.total).toBe(expected?.total);
  expect(actual?.monthly).toEqual(expected?.monthly);
  expect(actual?.items.map((item) => monthsOf(item, H))).toEqual(expected?.items.map((item) => monthsOf(item, H)));
}

/** The last month of the fiscal year holding `month`, even when the horizon ends earlier: the month before the next fiscal start. */
function fiscalYearEnd(month: string, fiscalYearStartMonth: number): string {
  let last = month;
  while (Number(addMonths(last, 1).slice(5)) !== fiscalYearStartMonth) last = addMonths(last, 1);
  return last;
}

/** The plan with every `{low, base, high}` input replaced by its value in `which`: a plan without ranges. */
function collapsed(plan: Plan, which: Case): Plan {
  const text = JSON.stringify(plan, (_key, value: unknown) =>
    value !== null && typeof value === 'object' && !Array.isArray(value) && 'low' in value && 'base' in value && 'high' in value
      ? (value as Range)[which]
      : value,
  );
  return parsedPlan(JSON.parse(text) as PlanInput);
}

/** The figures of a scenario result, without its id, name, items and cases. */
function figuresOf(result: ScenarioResult | ScenarioFigures | null | undefined): ScenarioFigures | null {
  if (!result) return null;
  const { monthly, cumulative, byFiscalYear, total, cashTotal, nonCashTotal, npv, workflowsShipped, firstShipMonth, costPerWorkflow, value, net, roi, paybackMonth, meetsThreeX, shippedByMonth } =
    result;
  return { monthly, cumulative, byFiscalYear, total, cashTotal, nonCashTotal, npv, workflowsShipped, firstShipMonth, costPerWorkflow, value, net, roi, paybackMonth, meetsThreeX, shippedByMonth };
}

function expectOrdered(p: Percentiles | null, what: string): void {
  if (p === null) return;
  if (!(p.p10 <= p.p50 && p.p50 <= p.p90)) throw new Error(`${what}: ${p.p10} ≤ ${p.p50} ≤ ${p.p90} does not hold`);
}

describe('the deterministic result of a plan', () => {
  it('adds up (total = Σ item totals = Σ monthly = Σ fiscal years = last cumulative, cash + non-cash = total) and splits the horizon into fiscal years that start in the fiscal start month', () => {
    fc.assert(
      fc.property(planArb, (plan) => {
        const result = calcPlan(plan);
        const H = plan.settings.horizonMonths;
        expect(result.months).toHaveLength(H);
        expect(sumOf(result.fiscalYears.map((fy) => fy.months))).toBe(H);
        // Only the first and the last fiscal year may be cut short by the horizon.
        result.fiscalYears.slice(1, -1).forEach((fy) => expect(fy.months).toBe(12));
        result.fiscalYears.forEach((fy, y) => {
          expect(fy.partial).toBe(fy.months < 12);
          expect(fy.label).toBe(`FY${fiscalYearEnd(fy.first, plan.settings.fiscalYearStartMonth).slice(0, 4)}`);
          expect(fy.last).toBe(addMonths(fy.first, fy.months - 1));
          expect(fy.first).toBe(y === 0 ? plan.settings.startMonth : addMonths(result.fiscalYears[y - 1]?.last as string, 1));
          if (y > 0) expect(Number(fy.first.slice(5))).toBe(plan.settings.fiscalYearStartMonth);
        });
        for (const scenario of result.scenarios) {
          const scale = magnitude(scenario.monthly) + sumOf(scenario.items.map((item) => Math.abs(item.cashTotal) + Math.abs(item.nonCashTotal)));
          expect(scenario.monthly).toHaveLength(H);
          expect(scenario.byFiscalYear).toHaveLength(result.fiscalYears.length);
          expectClose(sumOf(scenario.items.map((item) => item.total)), scenario.total, scale, `${scenario.id}: Σ item totals`);
          expectClose(sumOf(scenario.monthly), scenario.total, scale, `${scenario.id}: Σ monthly`);
          expectClose(sumOf(scenario.byFiscalYear), scenario.total, scale, `${scenario.id}: Σ fiscal years`);
          expectClose(scenario.cashTotal + scenario.nonCashTotal, scenario.total, scale, `${scenario.id}: cash + non-cash`);
          expectClose(scenario.cumulative[H - 1] as number, scenario.total, scale, `${scenario.id}: last cumulative`);
          for (const item of scenario.items) {
            const itemMonthly = monthlyOf(item, H);
            const itemScale = magnitude(itemMonthly) + Math.abs(item.nonCashTotal);
            expectClose(sumOf(itemMonthly), item.total, itemScale, `${scenario.id}/${item.id}: Σ item monthly`);
            expectClose(item.cashTotal + item.nonCashTotal, item.total, itemScale, `${scenario.id}/${item.id}: item cash + non-cash`);
          }
        }
      }),
      RUNS,
    );
  });

  it('never lets cumulative cost fall when every cost is non-negative', () => {
    fc.assert(
      fc.property(nonNegativePlanArb, (plan) => {
        for (const scenario of calcPlan(plan).scenarios) {
          for (let m = 0; m < scenario.monthly.length; m++) {
            expect(scenario.monthly[m]).toBeGreaterThanOrEqual(0);
            if (m > 0) expect(scenario.cumulative[m]).toBeGreaterThanOrEqual(scenario.cumulative[m - 1] as number);
          }
        }
      }),
      RUNS,
    );
  });

  it('never lowers a total when a fee is raised, and leaves the other scenarios alone', () => {
    fc.assert(
      fc.property(planArb, fc.nat(), moneyValueArb.filter((d) => d > 0), (plan, pick, delta) => {
        const candidates = positions(plan).filter(([s, i]) => {
          const item = plan.scenarios[s]?.items[i];
          return item !== undefined && item.kind !== 'custom';
        });
        fc.pre(candidates.length > 0);
        const [s, i] = candidates[pick % candidates.length] as [number, number];
        const edited = withItem(plan, s, i, (item) => withRaisedFee(item, delta) ?? item);
        expect(parsePlan(edited).ok).toBe(true);
        const before = calcPlan(plan);
        const after = calcPlan(edited);
        const scenarioBefore = before.scenarios[s] as ScenarioResult;
        const scenarioAfter = after.scenarios[s] as ScenarioResult;
        expect(scenarioAfter.total).toBeGreaterThanOrEqual(scenarioBefore.total);
        expect(scenarioAfter.items[i]?.total).toBeGreaterThanOrEqual(scenarioBefore.items[i]?.total as number);
        scenarioAfter.items.forEach((item, j) => {
          if (j !== i) expect(monthsOf(item, plan.settings.horizonMonths)).toEqual(monthsOf(scenarioBefore.items[j], plan.settings.horizonMonths));
        });
        before.scenarios.forEach((scenario, k) => {
          if (k !== s) expectSameScenario(after.scenarios[k], scenario);
        });
      }),
      RUNS,
    );
  });

  it('changes exactly its own cell when an override is typed, and restores the computed value when it is cleared', () => {
    fc.assert(
      fc.property(planArb, fc.nat(), fc.nat(), signedMoneyValueArb, (plan, pick, month, value) => {
        const all = positions(plan);
        fc.pre(all.length > 0);
        const [s, i] = all[pick % all.length] as [number, number];
        const H = plan.settings.horizonMonths;
        const m = month % H;
        const key = addMonths(plan.settings.startMonth, m);
        const without = (item: Item): Item => ({ ...item, overrides: Object.fromEntries(Object.entries(item.overrides).filter(([k]) => k !== key)) });
        const base = withItem(plan, s, i, without);
        const overridden = withItem(base, s, i, (item) => ({ ...item, overrides: { ...item.overrides, [key]: value } }));
        const cleared = withItem(overridden, s, i, without);

        const expected = createCalculator().calc(base);
        const typed = calcPlan(overridden);
        const scenarioBefore = expected.scenarios[s] as ScenarioResult;
        const scenarioTyped = typed.scenarios[s] as ScenarioResult;
        const itemTyped = scenarioTyped.items[i];
        const itemBefore = scenarioBefore.items[i];
        const typedMonths = monthsOf(itemTyped, H);
        const monthsBefore = monthsOf(itemBefore, H);
        expect(typedMonths?.[m]).toBe(value);
        expect(itemTyped?.overridden).toContain(m);
        for (let k = 0; k < H; k++) {
          if (k === m) continue;
          expect(typedMonths?.[k]).toBe(monthsBefore?.[k]);
          expect(scenarioTyped.monthly[k]).toBe(scenarioBefore.monthly[k]);
        }
        expected.scenarios.forEach((scenario, k) => {
          if (k !== s) expectSameScenario(typed.scenarios[k], scenario);
        });

        const restored = calcPlan(cleared).scenarios[s] as ScenarioResult;
        expect(monthsOf(restored.items[i], H)).toEqual(monthsBefore);
        expect(restored.items[i]?.overridden).not.toContain(m);
        expect(restored.monthly).toEqual(scenarioBefore.monthly);
        expect(restored.total).toBe(scenarioBefore.total);
      }),
      RUNS,
    );
  });
});

describe('an item', () => {
  it('comes out the same, to the bit, alone in a plan as after any other items: nothing of one item is left for the next', () => {
    fc.assert(
      fc.property(planArb, (plan) => {
        const H = plan.settings.horizonMonths;
        const result = createCalculator().calc(plan);
        plan.scenarios.forEach((scenario, s) => {
          scenario.items.forEach((item, i) => {
            const alone = createCalculator().calc({ ...plan, scenarios: [{ ...scenario, items: [item] }] });
            const expected = alone.scenarios[0]?.items[0] as ItemResult;
            const actual = result.scenarios[s]?.items[i] as ItemResult;
            expect(monthlyOf(actual, H)).toEqual(monthlyOf(expected, H));
            expect([actual.total, actual.cashTotal, actual.nonCashTotal, actual.activeFrom, actual.activeTo]).toEqual([
              expected.total,
              expected.cashTotal,
              expected.nonCashTotal,
              expected.activeFrom,
              expected.activeTo,
            ]);
            expect(Array.from(actual.activeMonthly)).toHaveLength(actual.activeTo - actual.activeFrom);
          });
          // The low and high cases add items computed in reused work series: alone, each gives the same sums.
          const alone = scenario.items.map((item) => createCalculator().calc({ ...plan, scenarios: [{ ...scenario, items: [item] }] }).scenarios[0]);
          for (const which of ['low', 'high'] as const) {
            const figures = result.scenarios[s]?.[which];
            if (!figures) continue;
            const expectedTotal = alone.reduce((sum, one) => sum + ((one?.[which] ?? one)?.cashTotal ?? 0), 0);
            // An item without a range has no low or high case alone: its base is its low and high.
            expect(figures.cashTotal).toBe(expectedTotal);
          }
        });
      }),
      RUNS,
    );
  });
});

describe('crossovers', () => {
  it('name, for every crossover month, the scenario that is then cheaper on cumulative cost, and byMonth orders them by month', () => {
    fc.assert(
      fc.property(planArb, (plan) => {
        const result = calcPlan(plan);
        const byId = new Map(result.scenarios.map((scenario) => [scenario.id, scenario]));
        let previous = 0;
        const ordered = byMonth(result.crossovers);
        expect(ordered).toHaveLength(result.crossovers.length);
        for (const crossover of ordered) {
          expect(crossover.monthIndex).toBeGreaterThanOrEqual(previous);
          previous = crossover.monthIndex;
          expect(crossover.month).toBe(result.months[crossover.monthIndex]);
          const cheaper = byId.get(crossover.cheaper)?.cumulative[crossover.monthIndex] as number;
          const dearer = byId.get(crossover.dearer)?.cumulative[crossover.monthIndex] as number;
          expect(cheaper).toBeLessThan(dearer);
        }
      }),
      RUNS,
    );
  });
});

describe('the low and high cases', () => {
  it('equal the base result of the same plan with every range set to its low, or to its high', () => {
    fc.assert(
      fc.property(planArb, (plan) => {
        const result = calcPlan(plan);
        expect(result.hasRanges).toBe(collectRanges(plan).length > 0);
        for (const which of ['low', 'high'] as const) {
          const flat = createCalculator().calc(collapsed(plan, which));
          expect(flat.hasRanges).toBe(false);
          result.scenarios.forEach((scenario, s) => {
            const expected = result.hasRanges ? flat.scenarios[s] : scenario;
            expect(figuresOf(scenario[which] ?? scenario)).toEqual(figuresOf(expected));
          });
        }
      }),
      RUNS,
    );
  });
});

/** An immutable edit of a plan, as the app makes one: new objects along the path to what changed. */
type Edit = (plan: Plan) => Plan;

const editArb: fc.Arbitrary<Edit> = fc.oneof(
  fc.tuple(fc.nat(), moneyValueArb).map(
    ([pick, delta]): Edit =>
      (plan) => {
        const all = positions(plan);
        if (all.length === 0) return plan;
        const [s, i] = all[pick % all.length] as [number, number];
        return withItem(plan, s, i, (item) => withRaisedFee(item, delta) ?? { ...item, escalationPct: 5 });
      },
  ),
  fc.nat().map(
    (pick): Edit =>
      (plan) => {
        const all = positions(plan);
        if (all.length === 0) return plan;
        const [s, i] = all[pick % all.length] as [number, number];
        return {
          ...plan,
          scenarios: plan.scenarios.map((scenario, k): Scenario => (k === s ? { ...scenario, items: scenario.items.filter((_, j) => j !== i) } : scenario)),
        };
      },
  ),
  fc.record({ horizonMonths: fc.integer({ min: 1, max: 60 }), fiscalYearStartMonth: fc.integer({ min: 1, max: 12 }), discountRatePct: fc.integer({ min: 0, max: 20 }) }).map(
    (change): Edit =>
      (plan) => ({ ...plan, settings: { ...plan.settings, ...change } }),
  ),
  fc.option(fc.integer({ min: 0, max: 50_000_000 }), { nil: undefined }).map(
    (companyValuation): Edit =>
      (plan) => ({ ...plan, settings: { ...plan.settings, companyValuation } }),
  ),
  fc.constant<Edit>((plan) => ({ ...plan, scenarios: [...plan.scenarios].reverse() })),
  fc.constant<Edit>((plan) => ({ ...plan, scenarios: plan.scenarios.slice(1) })),
  fc.nat().map(
    (pick): Edit =>
      (plan) => {
        const s = pick % Math.max(1, plan.scenarios.length);
        return { ...plan, scenarios: plan.scenarios.map((scenario, k) => (k === s ? { ...scenario, name: `${scenario.name} (edited)` } : scenario)) };
      },
  ),
);

describe('the memoising calculator', () => {
  it('gives the same numbers as a fresh calculator after immutable edits', () => {
    fc.assert(
      fc.property(planArb, fc.array(editArb, { minLength: 1, maxLength: 3 }), (plan, edits) => {
        const calculator = createCalculator();
        let current = plan;
        calculator.calc(current);
        for (const edit of edits) {
          current = edit(current);
          expect(calculator.calc(current)).toEqual(createCalculator().calc(current));
        }
      }),
      RUNS,
    );
  });
});

/** A plan with one more scenario holding only a retainer whose fee is a real range, so Monte Carlo draws move its total. */
const plansWithACostRange: fc.Arbitrary<Plan> = fc
  .tuple(planInputArb({ nonNegative: false }), fc.integer({ min: 0, max: 10_000 }), fc.integer({ min: 1, max: 10_000 }))
  .map(([input, low, width]) => {
    const retainer = { id: 'ranged', name: 'Ranged retainer', kind: 'retainer' as const, monthlyFee: { low, base: low + width / 2, high: low + width } };
    const ranged = { id: '\u0000ranged', name: 'Ranged', items: [retainer] };
    return parsedPlan({ ...input, scenarios: [...input.scenarios, ranged] });
  });

describe('Monte Carlo', () => {
  it('orders P10 ≤ P50 ≤ P90 for every figure and every month of the band, and shares are proportions', () => {
    fc.assert(
      fc.property(planArb, fc.nat(), (plan, seed) => {
        const result = runMonteCarlo(plan, { trials: TRIALS, seed });
        const H = plan.settings.horizonMonths;
        expect(result.trials).toBe(TRIALS);
        expect(result.scenarios).toHaveLength(plan.scenarios.length);
        for (const scenario of result.scenarios) {
          expectOrdered(scenario.total, `${scenario.id} total`);
          expectOrdered(scenario.npv, `${scenario.id} npv`);
          expectOrdered(scenario.workflowsShipped, `${scenario.id} workflows shipped`);
          expectOrdered(scenario.costPerWorkflow, `${scenario.id} cost per workflow`);
          expectOrdered(scenario.roi, `${scenario.id} roi`);
          expect(scenario.noWorkflowShare).toBeGreaterThanOrEqual(0);
          expect(scenario.noWorkflowShare).toBeLessThanOrEqual(1);
          expect(scenario.costPerWorkflow === null).toBe(scenario.noWorkflowShare === 1);
          const { p10, p50, p90 } = scenario.cumulative;
          for (let m = 0; m < H; m++) {
            if (!((p10[m] as number) <= (p50[m] as number) && (p50[m] as number) <= (p90[m] as number))) {
              throw new Error(`${scenario.id} band at month ${m}: ${p10[m]} ≤ ${p50[m]} ≤ ${p90[m]} does not hold`);
            }
          }
          // The band's last month is the cumulative total, so it must match the total's percentiles.
          expect({ p10: p10[H - 1], p50: p50[H - 1], p90: p90[H - 1] }).toEqual(scenario.total);
        }
        const shares = result.probabilityCheapest;
        expectClose(sumOf(shares.map((share) => share.total)), 1, 1, 'Σ probability cheapest on total');
        const cpwShares = sumOf(shares.map((share) => share.costPerWorkflow));
        expect(cpwShares).toBeGreaterThanOrEqual(0);
        expect(cpwShares).toBeLessThanOrEqual(1 + 1e-9);
        for (const share of shares) {
          expect(share.total).toBeGreaterThanOrEqual(0);
          expect(share.costPerWorkflow).toBeGreaterThanOrEqual(0);
        }
      }),
      MC_RUNS,
    );
  });

  it('has P10 = P50 = P90 = the deterministic figures when the plan has no ranges', () => {
    fc.assert(
      fc.property(planArb, fc.nat(), (ranged, seed) => {
        const plan = collapsed(ranged, 'base');
        const deterministic = calcPlan(plan);
        const result = runMonteCarlo(plan, { trials: 20, seed });
        result.scenarios.forEach((mc, s) => {
          const figures = deterministic.scenarios[s] as ScenarioResult;
          const scale = magnitude(figures.monthly);
          const expectAll = (p: Percentiles | null, expected: number | null, what: string, within = 0): void => {
            if (expected === null) return expect(p).toBeNull();
            for (const q of [p?.p10, p?.p50, p?.p90]) expectClose(q as number, expected, within, `${mc.id} ${what}`);
          };
          expectAll(mc.total, figures.total, 'total', scale);
          expectAll(mc.npv, figures.npv, 'npv', scale);
          expectAll(mc.workflowsShipped, figures.workflowsShipped, 'workflows shipped');
          expectAll(mc.costPerWorkflow, figures.costPerWorkflow, 'cost per workflow', figures.workflowsShipped === 0 ? 0 : scale / figures.workflowsShipped);
          expectAll(mc.roi, figures.roi, 'roi');
          expect(mc.noWorkflowShare).toBe(figures.workflowsShipped === 0 ? 1 : 0);
        });
      }),
      MC_RUNS,
    );
  });

  it('gives the same result when run in slices, as a worker does, as when run at once', () => {
    fc.assert(
      fc.property(planArb, fc.nat(), fc.array(fc.integer({ min: 0, max: 80 }), { minLength: 1, maxLength: 6 }), (plan, seed, slices) => {
        const run = startMonteCarlo(plan, { trials: TRIALS, seed });
        let done = 0;
        for (const slice of slices) {
          done = Math.min(TRIALS, done + slice);
          expect(run.step(slice)).toBe(done);
        }
        expect(run.step(TRIALS)).toBe(TRIALS);
        expect(run.finish()).toEqual(runMonteCarlo(plan, { trials: TRIALS, seed }));
      }),
      MC_RUNS,
    );
  });

  it('gives identical results for the same seed', () => {
    fc.assert(
      fc.property(planArb, fc.nat(), (plan, seed) => {
        expect(runMonteCarlo(plan, { trials: TRIALS, seed })).toEqual(runMonteCarlo(plan, { trials: TRIALS, seed }));
      }),
      MC_RUNS,
    );
  });

  it('gives different results for a different seed when a cost range moves the total', () => {
    fc.assert(
      fc.property(plansWithACostRange, fc.nat(), fc.nat(), (plan, a, b) => {
        fc.pre(a !== b);
        const first = runMonteCarlo(plan, { trials: TRIALS, seed: a });
        const second = runMonteCarlo(plan, { trials: TRIALS, seed: b });
        expect(second.scenarios.at(-1)?.total).not.toEqual(first.scenarios.at(-1)?.total);
      }),
      MC_RUNS,
    );
  });
});

/** Finite doubles, with small whole numbers mixed in so duplicates are common. */
const sampleArb = fc.array(fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer({ min: -3, max: 3 })), { minLength: 1, maxLength: 300 });

/** -0 and 0 are the same percentile; the sort and the selection may return either. */
function unsigned(p: Percentiles | null): Percentiles | null {
  return p && { p10: p.p10 + 0, p50: p.p50 + 0, p90: p.p90 + 0 };
}

describe('percentiles by selection', () => {
  it('equal the sort-based percentiles on any sample, duplicates and single values included', () => {
    fc.assert(
      fc.property(sampleArb, (values) => {
        const bySort = percentiles(Float64Array.from(values));
        const bySelection = percentilesBySelection(Float64Array.from(values));
        expect(unsigned(bySelection)).toEqual(unsigned(bySort));
      }),
      { numRuns: 300 },
    );
  });

  it('are null for an empty sample, like the sort-based ones', () => {
    expect(percentilesBySelection(new Float64Array(0))).toBeNull();
    expect(percentiles(new Float64Array(0))).toBeNull();
  });
});
