import { z } from 'zod';
import {
  deliverySchema,
  itemSchema,
  itemStartSchema,
  MONTH_KEY,
  numberOrRange,
  plainNumber,
  quoteSchema,
  scenarioSchema,
  settingsSchema,
  sourceSchema,
  valueOverridesSchema,
  type Settings,
} from '../model';
import { ITEM_INPUT_FIELDS, ITEM_TEXT_FIELDS } from './fields';

const id = z.string().min(1, 'must not be empty');
/** A position in a list, 0 = first; how far it may go is checked against the plan when the patch is applied. */
const position = z.number().int({ error: 'must be a whole number' }).min(0, { error: 'must be at least 0' });
const itemRef = { scenarioId: id, itemId: id };

const setting = settingsSchema.shape;
/** Settings a `setSettings` patch changes: any subset, without defaults; `null` clears an optional setting. */
const settingsChangesShape = {
  currency: setting.currency.unwrap().optional(),
  fxRates: setting.fxRates.unwrap().optional(),
  startMonth: setting.startMonth.optional(),
  horizonMonths: setting.horizonMonths.unwrap().optional(),
  fiscalYearStartMonth: setting.fiscalYearStartMonth.unwrap().optional(),
  discountRatePct: setting.discountRatePct.unwrap().optional(),
  hoursSavedPerWorkflowPerMonth: setting.hoursSavedPerWorkflowPerMonth.unwrap().optional(),
  loadedHourlyCost: setting.loadedHourlyCost.unwrap().optional(),
  companyValuation: setting.companyValuation.unwrap().nullable().optional(),
} satisfies Record<keyof Settings, z.ZodType>;

/** A subset of the plan's settings with their new values (`companyValuation: null` removes the valuation). */
export const settingsChangesSchema = z.strictObject(settingsChangesShape);

/**
 * One change a user makes to a plan. Item and scenario ops find their target by id; `index` is the
 * position the thing has once the patch is applied. `value: null` clears an optional field.
 */
export const planPatchSchema = z.discriminatedUnion('op', [
  /** A numeric input of an item, e.g. `monthlyFee`; null clears `durationMonths` (to the end of the horizon). */
  z.strictObject({ op: z.literal('setInput'), ...itemRef, field: z.enum(ITEM_INPUT_FIELDS), value: numberOrRange().nullable() }),
  /** A word of an item: name, vendor, notes, category, currency, unit or per; null clears an optional one. */
  z.strictObject({ op: z.literal('setItemText'), ...itemRef, field: z.enum(ITEM_TEXT_FIELDS), value: z.string().nullable() }),
  /** The item's first month: an index from the plan start, or `YYYY-MM`. */
  z.strictObject({ op: z.literal('setItemStart'), ...itemRef, value: itemStartSchema }),
  /** How a non-project item ships workflows; null: it ships none. */
  z.strictObject({ op: z.literal('setDelivery'), ...itemRef, value: deliverySchema.nullable() }),
  /** Where the item's figures came from; null forgets it. */
  z.strictObject({ op: z.literal('setItemSource'), ...itemRef, value: sourceSchema.nullable() }),
  /** A custom item's typed values, one per month from its start. */
  z.strictObject({ op: z.literal('setItemValues'), ...itemRef, value: z.array(numberOrRange()) }),
  /** A cell typed over the timeline, in plan currency; null returns the month to its computed value. */
  z.strictObject({
    op: z.literal('setOverride'),
    ...itemRef,
    month: z.string().regex(MONTH_KEY, 'must be a month written YYYY-MM'),
    value: plainNumber().nullable(),
  }),
  z.strictObject({ op: z.literal('insertItem'), scenarioId: id, index: position, item: itemSchema }),
  z.strictObject({ op: z.literal('removeItem'), ...itemRef }),
  z.strictObject({ op: z.literal('moveItem'), ...itemRef, index: position }),
  z.strictObject({ op: z.literal('insertScenario'), index: position, scenario: scenarioSchema }),
  z.strictObject({ op: z.literal('removeScenario'), scenarioId: id }),
  z.strictObject({ op: z.literal('moveScenario'), scenarioId: id, index: position }),
  z.strictObject({ op: z.literal('renameScenario'), scenarioId: id, name: z.string() }),
  z.strictObject({ op: z.literal('setScenarioNotes'), scenarioId: id, value: z.string().nullable() }),
  /** The scenario's own value assumptions, replacing the plan's; null: use the plan's. */
  z.strictObject({ op: z.literal('setValueOverrides'), scenarioId: id, value: valueOverridesSchema.nullable() }),
  z.strictObject({ op: z.literal('setSettings'), changes: settingsChangesSchema }),
  z.strictObject({ op: z.literal('renamePlan'), name: z.string().nullable() }),
  /** Imported quote rows added to the library at `index`; their ids must be new. */
  z.strictObject({ op: z.literal('insertQuotes'), index: position, quotes: z.array(quoteSchema) }),
  /** Every quote of the library with one of these ids. */
  z.strictObject({ op: z.literal('removeQuotes'), quoteIds: z.array(id) }),
  /** Quotes put back where they were (the inverse of `removeQuotes`): each index is its place afterwards, ascending. */
  z.strictObject({ op: z.literal('restoreQuotes'), quotes: z.array(z.strictObject({ index: position, quote: quoteSchema })) }),
]);

/** One change to a plan, as sent from the renderer or kept on the undo stack. */
export type PlanPatch = z.output<typeof planPatchSchema>;
/** A patch as written before parsing (an inserted item or scenario may leave defaults out). */
export type PlanPatchInput = z.input<typeof planPatchSchema>;
/** The names of the patch operations. */
export type PlanPatchOp = PlanPatch['op'];
/** A subset of the settings with new values; `companyValuation: null` clears the valuation. */
export type SettingsChanges = z.output<typeof settingsChangesSchema>;
