/**
 * Every change a user makes to a plan, as a patch with its inverse: for undo and redo in the
 * renderer and for sending edits to the document kept in main. Pure: zod and the model only.
 */
export type { AppliedPatch } from './applied';
export { applyPatch, applyPatches, type AppliedPatches } from './applyPatch';
export { duplicateItem, duplicateScenario } from './duplicate';
export {
  hasItemField,
  isClearableItemField,
  isItemInput,
  itemInputFields,
  ITEM_INPUT_FIELDS,
  ITEM_TEXT_FIELDS,
  NOT_INPUT_FIELDS,
  type ItemInputField,
  type ItemTextField,
} from './fields';
export { newItem } from './newItem';
export { planPatchSchema, settingsChangesSchema, type PlanPatch, type PlanPatchInput, type PlanPatchOp, type SettingsChanges } from './patchSchema';
export { uniqueId } from './uniqueId';
