import type { Plan } from '../model';
import { err, ok, type Result } from '../result';
import type { AppliedPatch } from './applied';
import { applyItemFieldPatch } from './itemPatches';
import { applyListPatch } from './listPatches';
import type { PlanPatch } from './patchSchema';
import { applyPlanFieldPatch } from './planPatches';
import { applyQuotePatch } from './quotePatches';

/**
 * Applies one patch without changing `plan`: the new plan shares every scenario, item, settings and
 * quote list the patch did not touch (the calculator reuses results by object identity). Whatever
 * the patch changes is checked with the model's schemas; a refusal says, in a CFO's words, which
 * scenario and item and why. Applying the returned inverse to the new plan gives back a plan equal
 * to `plan`, holding `plan`'s own objects wherever the inverse carries them (old values, removed items).
 */
export function applyPatch(plan: Plan, patch: PlanPatch): Result<AppliedPatch, string> {
  switch (patch.op) {
    case 'setInput':
    case 'setItemText':
    case 'setItemStart':
    case 'setDelivery':
    case 'setItemSource':
    case 'setItemValues':
    case 'setOverride':
      return applyItemFieldPatch(plan, patch);
    case 'insertItem':
    case 'removeItem':
    case 'moveItem':
    case 'insertScenario':
    case 'removeScenario':
    case 'moveScenario':
      return applyListPatch(plan, patch);
    case 'renameScenario':
    case 'setScenarioNotes':
    case 'setValueOverrides':
    case 'setSettings':
    case 'renamePlan':
      return applyPlanFieldPatch(plan, patch);
    case 'insertQuotes':
    case 'removeQuotes':
    case 'restoreQuotes':
      return applyQuotePatch(plan, patch);
    default:
      return err(`Leadsheet cannot apply a change of kind '${String((patch as { op?: unknown }).op)}'`);
  }
}

/** Patches applied in order: the plan after them all, and the patches that undo them (apply in the order given). */
export interface AppliedPatches {
  readonly plan: Plan;
  readonly inverse: readonly PlanPatch[];
}

/**
 * Applies patches in order, all or nothing: on the first refusal, returns its message and no plan.
 * The inverse list is in reverse order, so applying it in order undoes the lot.
 */
export function applyPatches(plan: Plan, patches: readonly PlanPatch[]): Result<AppliedPatches, string> {
  let current = plan;
  const inverse: PlanPatch[] = [];
  for (const patch of patches) {
    const applied = applyPatch(current, patch);
    if (!applied.ok) return applied;
    current = applied.value.plan;
    inverse.push(applied.value.inverse);
  }
  return ok({ plan: current, inverse: inverse.reverse() });
}
