import { describe, expect, it } from 'vitest';
import { hasItemField, isClearableItemField, isItemInput, ITEM_INPUT_FIELDS, ITEM_TEXT_FIELDS, itemInputFields } from '#shared/document/patch';
import { ITEM_KINDS, itemSchema } from '#shared/model';

/** Fields with a patch of their own, or that identify the item and are never edited in place. */
const OWN_PATCH = ['start', 'delivery', 'source', 'values', 'overrides'];
const IDENTITY = ['id', 'kind'];

describe('which item fields a patch may set', () => {
  it('lists the numeric inputs of each kind, common ones first', () => {
    expect(Object.fromEntries(ITEM_KINDS.map((kind) => [kind, itemInputFields(kind)]))).toEqual({
      retainer: ['durationMonths', 'escalationPct', 'monthlyFee', 'discountPct', 'minimumMonths'],
      timeAndMaterials: ['durationMonths', 'escalationPct', 'rate', 'quantity'],
      project: ['durationMonths', 'escalationPct', 'feePerWorkflow', 'workflowsPerYear', 'buildMonths'],
      salary: ['durationMonths', 'escalationPct', 'baseSalary', 'loadPct', 'bonusPct', 'recruitingFee', 'signingBonus', 'hireLagMonths', 'rampMonths', 'equityPct'],
      oneTime: ['durationMonths', 'escalationPct', 'amount'],
      custom: ['durationMonths', 'escalationPct'],
    });
  });

  it('covers every field of every kind in the item schema with exactly one kind of patch', () => {
    for (const option of itemSchema.options) {
      for (const key of Object.keys(option.shape)) {
        const homes = [
          (ITEM_INPUT_FIELDS as readonly string[]).includes(key),
          (ITEM_TEXT_FIELDS as readonly string[]).includes(key),
          OWN_PATCH.includes(key),
          IDENTITY.includes(key),
        ].filter(Boolean);
        expect(homes, `${option.shape.kind.value}.${key}`).toHaveLength(1);
      }
    }
  });

  it('offers setInput exactly the inputs some kind has', () => {
    expect(new Set(ITEM_KINDS.flatMap((kind) => itemInputFields(kind)))).toEqual(new Set(ITEM_INPUT_FIELDS));
  });

  it('tells a field of the kind from one it does not have', () => {
    expect(isItemInput('salary', 'baseSalary')).toBe(true);
    expect(isItemInput('salary', 'monthlyFee')).toBe(false);
    expect(isItemInput('salary', 'name')).toBe(false);
    expect(hasItemField('project', 'delivery')).toBe(false);
    expect(hasItemField('retainer', 'delivery')).toBe(true);
    expect(hasItemField('retainer', 'toString')).toBe(false);
  });

  it('lets only optional fields be cleared, not those the schema fills with a default', () => {
    expect(isClearableItemField('retainer', 'durationMonths')).toBe(true);
    expect(isClearableItemField('retainer', 'vendor')).toBe(true);
    expect(isClearableItemField('retainer', 'monthlyFee')).toBe(false);
    expect(isClearableItemField('retainer', 'discountPct')).toBe(false);
    expect(isClearableItemField('retainer', 'category')).toBe(false);
    expect(isClearableItemField('retainer', 'constructor')).toBe(false);
  });
});
