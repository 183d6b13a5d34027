import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyPatch, planPatchSchema, type PlanPatch } from '#shared/document/patch';
import { planArb } from '#test/helpers/arbitraries';
import { patchArb } from '#test/helpers/patchArbitraries';

describe('the patch schema', () => {
  it('reads a patch sent as JSON', () => {
    const patch = { op: 'setInput', scenarioId: 's', itemId: 'i', field: 'monthlyFee', value: { low: 1, base: 2, high: 3 } };
    expect(planPatchSchema.parse(JSON.parse(JSON.stringify(patch)))).toEqual(patch);
  });

  it('fills in the defaults of an inserted item, as a plan file would', () => {
    const parsed = planPatchSchema.parse({ op: 'insertItem', scenarioId: 's', index: 0, item: { id: 'a', name: 'A', kind: 'oneTime', amount: 5 } });
    expect(parsed).toMatchObject({ item: { category: 'other', start: 0, escalationPct: 0, overrides: {} } });
  });

  it('refuses an unknown op, a text field given to setInput, a negative position and extra fields', () => {
    expect(planPatchSchema.safeParse({ op: 'paint' }).success).toBe(false);
    expect(planPatchSchema.safeParse({ op: 'setInput', scenarioId: 's', itemId: 'i', field: 'name', value: 1 }).success).toBe(false);
    expect(planPatchSchema.safeParse({ op: 'moveItem', scenarioId: 's', itemId: 'i', index: -1 }).success).toBe(false);
    expect(planPatchSchema.safeParse({ op: 'removeItem', scenarioId: 's', itemId: 'i', extra: 1 }).success).toBe(false);
  });

  it('allows null only where a value can be cleared', () => {
    expect(planPatchSchema.safeParse({ op: 'setItemStart', scenarioId: 's', itemId: 'i', value: null }).success).toBe(false);
    expect(planPatchSchema.safeParse({ op: 'setSettings', changes: { companyValuation: null } }).success).toBe(true);
    expect(planPatchSchema.safeParse({ op: 'setSettings', changes: { horizonMonths: null } }).success).toBe(false);
  });

  it('does not compile a setInput of a text field', () => {
    // @ts-expect-error name is not a numeric input
    const patch: PlanPatch = { op: 'setInput', scenarioId: 's', itemId: 'i', field: 'name', value: 1 };
    expect(planPatchSchema.safeParse(patch).success).toBe(false);
  });

  it('reads back every patch and every inverse sent through JSON, so undo entries can go to main', () => {
    fc.assert(
      fc.property(
        planArb.chain((plan) => patchArb(plan).map((patch) => ({ plan, patch }))),
        ({ plan, patch }) => {
          const applied = applyPatch(plan, patch);
          if (!applied.ok) throw new Error(applied.error);
          for (const sent of [patch, applied.value.inverse]) expect(planPatchSchema.parse(JSON.parse(JSON.stringify(sent)))).toEqual(sent);
        },
      ),
      { numRuns: 300 },
    );
  });
});
