import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePlan, parsePlanText, serializePlan, type Plan } from '#shared/model';
import { createCalculator } from '#shared/calc';
import { planArb } from '#test/helpers/arbitraries';

const RUNS = { numRuns: 200 };

/** Loads saved text, failing the property with the issues when the file does not read back. */
function reloaded(text: string): Plan {
  const result = parsePlanText(text);
  if (!result.ok) throw new Error(`a saved plan did not load: ${JSON.stringify(result.error)}`);
  return result.value;
}

describe('saving and loading a plan', () => {
  it('gives back the same plan, and saving it again writes the same text', () => {
    fc.assert(
      fc.property(planArb, (plan) => {
        const text = serializePlan(plan);
        const loaded = reloaded(text);
        expect(loaded).toStrictEqual(plan);
        expect(serializePlan(loaded)).toBe(text);
      }),
      RUNS,
    );
  });

  it('gives the same results before and after a round trip', () => {
    fc.assert(
      fc.property(planArb, (plan) => {
        const loaded = reloaded(serializePlan(plan));
        // Fresh calculators, so nothing is reused between the two plans.
        expect(createCalculator().calc(loaded)).toEqual(createCalculator().calc(plan));
      }),
      RUNS,
    );
  });

  it('parses an already parsed plan to the same plan', () => {
    fc.assert(
      fc.property(planArb, (plan) => {
        const again = parsePlan(plan);
        expect(again.ok).toBe(true);
        if (again.ok) expect(again.value).toStrictEqual(plan);
      }),
      RUNS,
    );
  });
});
