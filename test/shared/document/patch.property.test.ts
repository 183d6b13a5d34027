import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyPatch, applyPatches, type PlanPatch } from '#shared/document/patch';
import { parsePlan, serializePlan, type Plan } from '#shared/model';
import { planArb } from '#test/helpers/arbitraries';
import { patchArb, patchesArb } from '#test/helpers/patchArbitraries';
import { deepFrozen } from '#test/helpers/patches';

const RUNS = { numRuns: 300 };

/** A frozen plan and one patch a user could make to it. */
const planAndPatch = planArb.map(deepFrozen).chain((plan) => patchArb(plan).map((patch) => ({ plan, patch })));
const planAndPatches = planArb.map(deepFrozen).chain((plan) => patchesArb(plan, 5).map((patches) => ({ plan, patches })));

/** Applies a patch the arbitrary built to be valid; a refusal fails the property with its message. */
function applied(plan: Plan, patch: PlanPatch): { plan: Plan; inverse: PlanPatch } {
  const result = applyPatch(plan, patch);
  if (!result.ok) throw new Error(`a valid patch was refused: ${result.error}\n${JSON.stringify(patch)}`);
  return result.value;
}

/** The id of the one scenario a patch works inside, if it works inside one. */
function targetScenario(patch: PlanPatch): string | undefined {
  return 'scenarioId' in patch ? patch.scenarioId : undefined;
}

describe('patches over generated plans', () => {
  it('undoing a patch with its inverse gives back the original plan', () => {
    fc.assert(
      fc.property(planAndPatch, ({ plan, patch }) => {
        const done = applied(plan, patch);
        expect(applied(done.plan, done.inverse).plan).toEqual(plan);
      }),
      RUNS,
    );
  });

  it('redoing with the inverse of the inverse gives back the patched plan', () => {
    fc.assert(
      fc.property(planAndPatch, ({ plan, patch }) => {
        const done = applied(plan, patch);
        const undone = applied(deepFrozen(done.plan), done.inverse);
        expect(applied(deepFrozen(undone.plan), undone.inverse).plan).toEqual(done.plan);
      }),
      RUNS,
    );
  });

  it('undo writes back the same file text, except for the order of re-added overrides', () => {
    fc.assert(
      fc.property(
        planAndPatch.filter(({ patch }) => patch.op !== 'setOverride'),
        ({ plan, patch }) => {
          const done = applied(plan, patch);
          expect(serializePlan(applied(done.plan, done.inverse).plan)).toBe(serializePlan(plan));
        },
      ),
      RUNS,
    );
  });

  it('leaves a plan that parses back to itself', () => {
    fc.assert(
      fc.property(planAndPatch, ({ plan, patch }) => {
        const next = applied(plan, patch).plan;
        const parsed = parsePlan(JSON.parse(serializePlan(next)));
        expect(parsed.ok ? parsed.value : parsed.error).toStrictEqual(next);
      }),
      RUNS,
    );
  });

  it('keeps every scenario the patch does not work in, and the settings and quotes it does not change, as the same objects', () => {
    fc.assert(
      fc.property(planAndPatch, ({ plan, patch }) => {
        const next = applied(plan, patch).plan;
        const target = targetScenario(patch);
        for (const scenario of plan.scenarios) {
          if (scenario.id === target || patch.op === 'removeScenario') continue;
          expect(next.scenarios.find((s) => s.id === scenario.id)).toBe(scenario);
        }
        if (target === undefined && patch.op !== 'insertScenario' && patch.op !== 'moveScenario') expect(next.scenarios).toBe(plan.scenarios);
        if (patch.op !== 'setSettings') expect(next.settings).toBe(plan.settings);
        if (!patch.op.endsWith('Quotes')) expect(next.quotes).toBe(plan.quotes);
      }),
      RUNS,
    );
  });

  it('keeps every other item of the scenario it works in as the same object', () => {
    fc.assert(
      fc.property(planAndPatch, ({ plan, patch }) => {
        if (!('itemId' in patch) && patch.op !== 'insertItem') return;
        const next = applied(plan, patch).plan;
        const before = plan.scenarios.find((s) => s.id === patch.scenarioId)!;
        const after = next.scenarios.find((s) => s.id === patch.scenarioId)!;
        const touched = 'itemId' in patch ? patch.itemId : undefined;
        for (const item of before.items) {
          if (item.id === touched && patch.op !== 'moveItem') continue;
          expect(after.items.find((i) => i.id === item.id)).toBe(item);
        }
      }),
      RUNS,
    );
  });
});

describe('applying a list of patches', () => {
  it('applies them in order and undoes them with the inverse list', () => {
    fc.assert(
      fc.property(planAndPatches, ({ plan, patches }) => {
        const done = applyPatches(plan, patches);
        if (!done.ok) throw new Error(done.error);
        let stepwise = plan;
        for (const patch of patches) stepwise = applied(stepwise, patch).plan;
        expect(done.value.plan).toEqual(stepwise);
        expect(done.value.inverse).toHaveLength(patches.length);
        const undone = applyPatches(deepFrozen(done.value.plan), done.value.inverse);
        expect(undone.ok ? undone.value.plan : undone.error).toEqual(plan);
      }),
      { numRuns: 150 },
    );
  });

  it('applies none of them when one is refused, and says why', () => {
    const refused: PlanPatch = { op: 'removeScenario', scenarioId: 'no such scenario' };
    fc.assert(
      fc.property(planAndPatches, fc.nat(), ({ plan, patches }, at) => {
        const broken = patches.toSpliced(at % (patches.length + 1), 0, refused);
        expect(applyPatches(plan, broken)).toEqual({ ok: false, error: "The plan has no scenario 'no such scenario'" });
      }),
      { numRuns: 100 },
    );
  });
});
