import { applyPatch, type PlanPatch } from '#shared/document/patch';
import type { Item, Plan, Scenario } from '#shared/model';

/** Applies a patch that must succeed; returns the new plan, the inverse, and the plan after undoing it. */
export function roundTrip(from: Plan, patch: PlanPatch): { next: Plan; inverse: PlanPatch; undone: Plan } {
  const done = applyPatch(from, patch);
  if (!done.ok) throw new Error(done.error);
  const undone = applyPatch(deepFrozen(done.value.plan), done.value.inverse);
  if (!undone.ok) throw new Error(undone.error);
  return { next: done.value.plan, inverse: done.value.inverse, undone: undone.value.plan };
}

/** The message of a patch that must be refused. */
export function refusal(from: Plan, patch: unknown): string {
  const result = applyPatch(from, patch as PlanPatch);
  if (result.ok) throw new Error(`expected a refusal of ${JSON.stringify(patch)}`);
  return result.error;
}

/** The scenario with this id (the test knows it is there). */
export function scenarioOf(p: Plan, id: string): Scenario {
  return p.scenarios.find((s) => s.id === id)!;
}

/** The item with these ids (the test knows it is there). */
export function itemOf(p: Plan, scenarioId: string, itemId: string): Item {
  return scenarioOf(p, scenarioId).items.find((i) => i.id === itemId)!;
}

/** A field of an item by name, whatever its kind. */
export function field(item: Item, name: string): unknown {
  return (item as Record<string, unknown>)[name];
}

/** `value` and everything in it frozen, so a patch that mutates its input throws instead of passing. */
export function deepFrozen<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFrozen(child);
  }
  return value;
}
