import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Item, Plan, Scenario } from '#shared/model';
import { createCalculator } from '#shared/calc';
import { planArb } from '#test/helpers/arbitraries';

/**
 * An immutable edit, as the app makes one (new objects along the path to what changed, the rest
 * shared), drawing new items, scenarios and settings from a donor plan so they can be anything a
 * plan holds: ranges, overrides, equity, delivery, other currencies.
 */
type Edit = (plan: Plan, donor: Plan) => Plan;

function pick<T>(list: readonly T[], n: number): T | undefined {
  return list.length === 0 ? undefined : list[n % list.length];
}

function withScenario(plan: Plan, s: number, change: (scenario: Scenario) => Scenario): Plan {
  return { ...plan, scenarios: plan.scenarios.map((scenario, k) => (k === s ? change(scenario) : scenario)) };
}

function withItems(plan: Plan, s: number, change: (items: readonly Item[]) => Item[]): Plan {
  return withScenario(plan, s, (scenario) => ({ ...scenario, items: change(scenario.items) }));
}

const donorItem = (donor: Plan, n: number): Item | undefined => pick(donor.scenarios.flatMap((scenario) => scenario.items), n);

const editArb: fc.Arbitrary<Edit> = fc.tuple(fc.integer({ min: 0, max: 10 }), fc.nat(), fc.nat(), fc.nat()).map(([kind, a, b, c]): Edit => (plan, donor) => {
  const count = plan.scenarios.length;
  if (count === 0 && kind !== 7 && kind !== 9) return plan;
  const s = a % Math.max(1, count);
  const items = plan.scenarios[s]?.items ?? [];
  const i = b % Math.max(1, items.length);
  switch (kind) {
    case 0: {
      // An item replaced by another (an edit of one of its inputs, as far as the engine can tell).
      const item = donorItem(donor, c);
      return item && items.length > 0 ? withItems(plan, s, (list) => list.map((old, k) => (k === i ? { ...item, id: old.id } : old))) : plan;
    }
    case 1: {
      const item = donorItem(donor, c);
      return item ? withItems(plan, s, (list) => [...list.slice(0, i), item, ...list.slice(i)]) : plan;
    }
    case 2:
      return withItems(plan, s, (list) => list.filter((_, k) => k !== i));
    case 3:
      // An item moved: the same objects in another order.
      return withItems(plan, s, (list) => {
        const moved = [...list];
        const [item] = moved.splice(i, 1);
        if (item) moved.splice(c % (moved.length + 1), 0, item);
        return moved;
      });
    case 4:
      return withScenario(plan, s, (scenario) => ({ ...scenario, name: `${scenario.name}′` }));
    case 5:
      return withScenario(plan, s, (scenario) => ({ ...scenario, valueOverrides: pick(donor.scenarios, c)?.valueOverrides }));
    case 6:
      return { ...plan, scenarios: [...plan.scenarios].reverse() };
    case 7: {
      const scenario = pick(donor.scenarios, c);
      return scenario ? { ...plan, scenarios: [...plan.scenarios.slice(0, s), scenario, ...plan.scenarios.slice(s)] } : plan;
    }
    case 8:
      return { ...plan, scenarios: plan.scenarios.filter((_, k) => k !== s) };
    case 9:
      // New settings: a different horizon, calendar, discount rate, valuation or value per workflow.
      return { ...plan, settings: { ...donor.settings, currency: plan.settings.currency, fxRates: plan.settings.fxRates } };
    default:
      // The same plan again, as a new object: nothing below it changed.
      return { ...plan };
  }
});

describe('the memoising calculator', () => {
  it('gives, after any sequence of edits, exactly what a fresh calculator gives for the plan it ends with', () => {
    fc.assert(
      fc.property(planArb, planArb, fc.array(editArb, { minLength: 1, maxLength: 12 }), (start, donor, edits) => {
        const calculator = createCalculator();
        let plan = start;
        calculator.calc(plan);
        for (const edit of edits) {
          plan = edit(plan, donor);
          // Deep equality to the bit: toEqual tells 0 from −0, so even a sum added in another order would show.
          expect(calculator.calc(plan)).toEqual(createCalculator().calc(plan));
        }
      }),
      { numRuns: 200 },
    );
  });

  it('returns the very same result objects for the scenarios an edit did not touch', () => {
    fc.assert(
      fc.property(planArb, planArb, fc.nat(), fc.nat(), (plan, donor, a, b) => {
        fc.pre(plan.scenarios.length > 1 && (plan.scenarios[a % plan.scenarios.length]?.items.length ?? 0) > 0);
        const s = a % plan.scenarios.length;
        const item = donorItem(donor, b);
        fc.pre(item !== undefined);
        const calculator = createCalculator();
        const before = calculator.calc(plan);
        const after = calculator.calc(withItems(plan, s, (list) => list.map((old, k) => (k === 0 ? (item as Item) : old))));
        after.scenarios.forEach((scenario, k) => {
          if (k !== s && before.hasRanges === after.hasRanges) expect(scenario).toBe(before.scenarios[k]);
        });
      }),
      { numRuns: 100 },
    );
  });
});
