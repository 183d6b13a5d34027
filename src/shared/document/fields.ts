import type { z } from 'zod';
import { ITEM_KINDS, itemSchema, type Item, type ItemKind } from '../model';
import { canBeAbsent } from './check';

type KeysOfUnion<T> = T extends unknown ? keyof T : never;

/** Every numeric input a `setInput` patch may set, across the six kinds; each is a number or a range in the unit item.ts gives it. */
export const ITEM_INPUT_FIELDS = [
  'durationMonths',
  'escalationPct',
  'monthlyFee',
  'discountPct',
  'minimumMonths',
  'rate',
  'quantity',
  'feePerWorkflow',
  'workflowsPerYear',
  'buildMonths',
  'baseSalary',
  'loadPct',
  'bonusPct',
  'recruitingFee',
  'signingBonus',
  'hireLagMonths',
  'rampMonths',
  'equityPct',
  'amount',
] as const satisfies readonly KeysOfUnion<Item>[];

/** The words of an item a `setItemText` patch may set; `unit` and `per` belong to time and materials only. */
export const ITEM_TEXT_FIELDS = ['name', 'vendor', 'notes', 'category', 'currency', 'unit', 'per'] as const satisfies readonly KeysOfUnion<Item>[];

export type ItemInputField = (typeof ITEM_INPUT_FIELDS)[number];
export type ItemTextField = (typeof ITEM_TEXT_FIELDS)[number];

/**
 * Fields that are not numeric inputs: they identify the item, are words, or have their own patch
 * (start, delivery, source, values, overrides). The rule documents.ts applied to `document:edit`.
 */
export const NOT_INPUT_FIELDS: ReadonlySet<string> = new Set([
  'id',
  'kind',
  'name',
  'category',
  'vendor',
  'currency',
  'notes',
  'source',
  'overrides',
  'unit',
  'per',
  'values',
  'delivery',
  'start',
]);

/** One value per kind, computed once. */
function byKind<T>(of: (kind: ItemKind) => T): Readonly<Record<ItemKind, T>> {
  return Object.fromEntries(ITEM_KINDS.map((kind) => [kind, of(kind)])) as Record<ItemKind, T>;
}

const SHAPES = byKind((kind) => {
  const option = itemSchema.options.find((o) => o.shape.kind.value === kind);
  return (option?.shape ?? {}) as Readonly<Record<string, z.ZodType>>;
});

const KEY_ORDER = byKind((kind): readonly string[] => Object.keys(SHAPES[kind]));

const INPUTS = byKind((kind) => KEY_ORDER[kind].filter((key) => !NOT_INPUT_FIELDS.has(key)) as readonly ItemInputField[]);

/** The numeric inputs of one kind, in the schema's order: every field of the kind that is not in {@link NOT_INPUT_FIELDS}. */
export function itemInputFields(kind: ItemKind): readonly ItemInputField[] {
  return INPUTS[kind];
}

/** True when `field` is a numeric input of items of `kind` (set with `setInput`). */
export function isItemInput(kind: ItemKind, field: string): field is ItemInputField {
  return (INPUTS[kind] as readonly string[]).includes(field);
}

/** True when items of `kind` have `field` at all (present or optional). */
export function hasItemField(kind: ItemKind, field: string): boolean {
  return Object.hasOwn(SHAPES[kind], field);
}

/** True when `field` may be absent from an item of `kind`: optional in the schema, with no default filled in. */
export function isClearableItemField(kind: ItemKind, field: string): boolean {
  const schema = SHAPES[kind][field];
  return hasItemField(kind, field) && schema !== undefined && canBeAbsent(schema);
}

/** The order of an item's keys as the schema writes them, so a field added back lands where a parsed file has it. */
export function itemKeyOrder(kind: ItemKind): readonly string[] {
  return KEY_ORDER[kind];
}

const KIND_WORDS: Readonly<Record<ItemKind, string>> = {
  retainer: 'a retainer',
  timeAndMaterials: 'a time-and-materials item',
  project: 'a project',
  salary: 'a salary',
  oneTime: 'a one-time payment',
  custom: 'a custom item',
};

/** "a retainer", "a time-and-materials item", …: the kind as a CFO reads it in a message. */
export function kindWords(kind: ItemKind): string {
  return KIND_WORDS[kind];
}

