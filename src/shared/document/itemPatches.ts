import { fieldLabel, type Plan } from '../model';
import { err, ok, type Result } from '../result';
import { checkItem } from './check';
import { hasItemField, isClearableItemField, isItemInput, itemKeyOrder, kindWords } from './fields';
import { findItem, itemPlace, withItem, type ItemAt } from './locate';
import { inOrder, withKey } from './objects';
import type { PlanPatch } from './patchSchema';
import type { AppliedPatch } from './applied';

/** Patches that change one field of one item. */
export type ItemFieldPatch = Extract<
  PlanPatch,
  { op: 'setInput' | 'setItemText' | 'setItemStart' | 'setDelivery' | 'setItemSource' | 'setItemValues' | 'setOverride' }
>;

/** The item's field set to `value` (removed when null), checked; the inverse puts the old value back. */
function setField(plan: Plan, at: ItemAt, field: string, value: unknown, patch: ItemFieldPatch): Result<AppliedPatch, string> {
  const { item } = at;
  const place = itemPlace(at.scenario, item);
  if (!hasItemField(item.kind, field)) return err(`${place}: ${kindWords(item.kind)} has no ${fieldLabel(field)}`);
  if (value === null && !isClearableItemField(item.kind, field)) return err(`${place}: ${fieldLabel(field)} cannot be left empty`);
  const old: unknown = Object.hasOwn(item, field) ? (item as Record<string, unknown>)[field] : undefined;
  const candidate = withKey(item, field, value ?? undefined, inOrder(itemKeyOrder(item.kind), field));
  const checked = checkItem(plan, at, candidate);
  if (!checked.ok) return checked;
  return ok({ plan: withItem(plan, at, checked.value), inverse: { ...patch, value: old ?? null } as PlanPatch });
}

/** One month typed over (or cleared back to its computed value); the overrides object is kept even when empty, as the schema fills it in. */
function setOverride(plan: Plan, at: ItemAt, patch: Extract<PlanPatch, { op: 'setOverride' }>): Result<AppliedPatch, string> {
  const { item } = at;
  const old = Object.hasOwn(item.overrides, patch.month) ? item.overrides[patch.month] : undefined;
  const overrides = withKey(item.overrides, patch.month, patch.value ?? undefined, (existing) => existing > patch.month);
  const checked = checkItem(plan, at, { ...item, overrides });
  if (!checked.ok) return checked;
  return ok({ plan: withItem(plan, at, checked.value), inverse: { ...patch, value: old ?? null } });
}

/** Applies a patch to one field of one item; refuses a field the item's kind does not have. */
export function applyItemFieldPatch(plan: Plan, patch: ItemFieldPatch): Result<AppliedPatch, string> {
  const found = findItem(plan, patch.scenarioId, patch.itemId);
  if (!found.ok) return found;
  const at = found.value;
  switch (patch.op) {
    case 'setInput':
      if (!isItemInput(at.item.kind, patch.field)) {
        return err(`${itemPlace(at.scenario, at.item)}: ${fieldLabel(patch.field)} is not an input of ${kindWords(at.item.kind)}`);
      }
      return setField(plan, at, patch.field, patch.value, patch);
    case 'setItemText':
      return setField(plan, at, patch.field, patch.value, patch);
    case 'setItemStart':
      return setField(plan, at, 'start', patch.value, patch);
    case 'setDelivery':
      return setField(plan, at, 'delivery', patch.value, patch);
    case 'setItemSource':
      return setField(plan, at, 'source', patch.value, patch);
    case 'setItemValues':
      return setField(plan, at, 'values', patch.value, patch);
    case 'setOverride':
      return setOverride(plan, at, patch);
  }
}
