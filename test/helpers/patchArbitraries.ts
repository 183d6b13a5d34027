import fc from 'fast-check';
import { applyPatch, duplicateItem, duplicateScenario, hasItemField, itemInputFields, ITEM_TEXT_FIELDS, newItem, uniqueId, type PlanPatch } from '#shared/document/patch';
import { addMonths, ITEM_KINDS, type Item, type Plan, type Quote, type Scenario } from '#shared/model';
import { numberOrRangeArb, signedMoneyValueArb, startMonthArb } from '#test/helpers/arbitraries';

/** A number or range that every numeric input accepts (1–100, whole). */
const inputValueArb = numberOrRangeArb(fc.integer({ min: 1, max: 100 }));
const textArb = fc.string({ maxLength: 8 });
const nameArb = fc.string({ minLength: 1, maxLength: 8 });
const orNull = <T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | null> => fc.option(arb, { nil: null });

const deliveryArb = fc.record(
  { firstShipAfterMonths: fc.integer({ min: 1, max: 12 }), everyMonths: fc.integer({ min: 1, max: 12 }), maxWorkflows: fc.integer({ min: 0, max: 9 }) },
  { requiredKeys: ['firstShipAfterMonths', 'everyMonths'], noNullPrototype: true },
);

/** A quote row as the importer stores it. */
export function quoteOf(id: string): Quote {
  return {
    id,
    file: 'quotes.xlsx',
    sheet: 'Pricing',
    row: 2,
    vendor: 'Acme AI',
    service: 'Fractional CAIO',
    pricingModel: 'retainer',
    amount: 7500,
    currency: 'USD',
    quantity: null,
    per: 'month',
    termMonths: 12,
    minimumMonths: null,
    discountPct: null,
    start: null,
    notes: null,
    raw: { Vendor: 'Acme AI' },
    errors: [],
  };
}

interface ItemRef {
  readonly scenario: Scenario;
  readonly item: Item;
}

function textValueArb(plan: Plan, field: (typeof ITEM_TEXT_FIELDS)[number]): fc.Arbitrary<string | null> {
  switch (field) {
    case 'name':
      return nameArb;
    case 'vendor':
    case 'notes':
      return orNull(textArb);
    case 'category':
      return fc.constantFrom('leadership', 'delivery', 'hiring', 'tools', 'other');
    case 'currency':
      return fc.constantFrom(null, plan.settings.currency, ...Object.keys(plan.settings.fxRates));
    case 'unit':
      return fc.constantFrom('hour', 'day');
    case 'per':
      return fc.constantFrom('week', 'month');
  }
}

/** Patches to one field of an item of `plan`, each valid by construction. */
function itemFieldPatchArb(plan: Plan, refs: readonly ItemRef[]): fc.Arbitrary<PlanPatch> {
  return fc.constantFrom(...refs).chain(({ scenario, item }) => {
    const ids = { scenarioId: scenario.id, itemId: item.id };
    const textFields = ITEM_TEXT_FIELDS.filter((field) => hasItemField(item.kind, field));
    const months = [...Object.keys(item.overrides), plan.settings.startMonth, addMonths(plan.settings.startMonth, 5)];
    const options: fc.Arbitrary<PlanPatch>[] = [
      fc.constantFrom(...itemInputFields(item.kind)).chain((field) =>
        (field === 'durationMonths' ? orNull(inputValueArb) : inputValueArb).map((value): PlanPatch => ({ op: 'setInput', ...ids, field, value })),
      ),
      fc.constantFrom(...textFields).chain((field) => textValueArb(plan, field).map((value): PlanPatch => ({ op: 'setItemText', ...ids, field, value }))),
      fc
        .oneof(fc.integer({ min: -24, max: 60 }), fc.integer({ min: -24, max: 60 }).map((m) => addMonths(plan.settings.startMonth, m)))
        .map((value): PlanPatch => ({ op: 'setItemStart', ...ids, value })),
      orNull(fc.constant({ type: 'article' as const, title: 'Pricing page', author: 'Acme', date: '2025-01-15' })).map(
        (value): PlanPatch => ({ op: 'setItemSource', ...ids, value }),
      ),
      fc
        .tuple(fc.constantFrom(...months), orNull(signedMoneyValueArb))
        .map(([month, value]): PlanPatch => ({ op: 'setOverride', ...ids, month, value })),
    ];
    if (item.kind !== 'project') options.push(orNull(deliveryArb).map((value): PlanPatch => ({ op: 'setDelivery', ...ids, value })));
    if (item.kind === 'custom') options.push(fc.array(inputValueArb, { maxLength: 6 }).map((value): PlanPatch => ({ op: 'setItemValues', ...ids, value })));
    return fc.oneof(...options);
  });
}

/** Inserting a new or duplicated item, removing or moving one. */
function itemListPatchArb(plan: Plan, refs: readonly ItemRef[]): fc.Arbitrary<PlanPatch> {
  const insert = fc
    .tuple(fc.constantFrom(...plan.scenarios), fc.constantFrom(...ITEM_KINDS), fc.option(fc.constantFrom(...(refs.length ? refs : [undefined]))), fc.nat())
    .map(([scenario, kind, source, at]): PlanPatch => {
      const id = uniqueId(source?.item.id ?? 'new', scenario.items.map((item) => item.id));
      const item = source ? duplicateItem(source.item, id) : newItem(kind, id, 'New item');
      return { op: 'insertItem', scenarioId: scenario.id, index: at % (scenario.items.length + 1), item };
    });
  if (refs.length === 0) return insert;
  const ref = fc.constantFrom(...refs);
  return fc.oneof(
    insert,
    ref.map(({ scenario, item }): PlanPatch => ({ op: 'removeItem', scenarioId: scenario.id, itemId: item.id })),
    fc.tuple(ref, fc.nat()).map(([{ scenario, item }, at]): PlanPatch => ({ op: 'moveItem', scenarioId: scenario.id, itemId: item.id, index: at % scenario.items.length })),
  );
}

/** Scenario patches: insert a duplicate, remove, move, rename, notes, value assumptions. */
function scenarioPatchArb(plan: Plan): fc.Arbitrary<PlanPatch> {
  const { scenarios } = plan;
  const insert = fc.tuple(fc.option(fc.constantFrom(...(scenarios.length ? scenarios : [undefined]))), nameArb, fc.nat()).map(([source, name, at]): PlanPatch => {
    const id = uniqueId(source?.id ?? 'new', scenarios.map((s) => s.id));
    const scenario = source ? duplicateScenario(source, id, name) : { id, name, items: [] };
    return { op: 'insertScenario', index: at % (scenarios.length + 1), scenario };
  });
  if (scenarios.length === 0) return insert;
  const scenario = fc.constantFrom(...scenarios);
  return fc.oneof(
    insert,
    scenario.map((s): PlanPatch => ({ op: 'removeScenario', scenarioId: s.id })),
    fc.tuple(scenario, fc.nat()).map(([s, at]): PlanPatch => ({ op: 'moveScenario', scenarioId: s.id, index: at % scenarios.length })),
    fc.tuple(scenario, nameArb).map(([s, name]): PlanPatch => ({ op: 'renameScenario', scenarioId: s.id, name })),
    fc.tuple(scenario, orNull(textArb)).map(([s, value]): PlanPatch => ({ op: 'setScenarioNotes', scenarioId: s.id, value })),
    fc
      .tuple(scenario, orNull(fc.record({ hoursSavedPerWorkflowPerMonth: inputValueArb, loadedHourlyCost: inputValueArb }, { requiredKeys: [], noNullPrototype: true })))
      .map(([s, value]): PlanPatch => ({ op: 'setValueOverrides', scenarioId: s.id, value })),
  );
}

/** Settings changes that keep every item's currency convertible, the plan's name, and the quote library. */
function planLevelPatchArb(plan: Plan): fc.Arbitrary<PlanPatch> {
  const changes = fc.record(
    {
      startMonth: startMonthArb,
      horizonMonths: fc.integer({ min: 1, max: 120 }),
      fiscalYearStartMonth: fc.integer({ min: 1, max: 12 }),
      discountRatePct: inputValueArb,
      hoursSavedPerWorkflowPerMonth: inputValueArb,
      loadedHourlyCost: inputValueArb,
      companyValuation: orNull(fc.integer({ min: 0, max: 50_000_000 })),
      fxRates: fc.integer({ min: 50, max: 200 }).map((r) => ({ ...plan.settings.fxRates, GBP: r / 100 })),
    },
    { requiredKeys: [], noNullPrototype: true },
  );
  const taken = plan.quotes.map((quote) => quote.id);
  const options: fc.Arbitrary<PlanPatch>[] = [
    changes.map((c): PlanPatch => ({ op: 'setSettings', changes: c })),
    orNull(textArb).map((name): PlanPatch => ({ op: 'renamePlan', name })),
    fc.tuple(fc.integer({ min: 0, max: 3 }), fc.nat()).map(([n, at]): PlanPatch => {
      const ids: string[] = [];
      for (let k = 0; k < n; k++) ids.push(uniqueId('q', [...taken, ...ids]));
      return { op: 'insertQuotes', index: at % (plan.quotes.length + 1), quotes: ids.map(quoteOf) };
    }),
  ];
  if (taken.length) options.push(fc.subarray(taken).map((quoteIds): PlanPatch => ({ op: 'removeQuotes', quoteIds })));
  return fc.oneof(...options);
}

/** One patch a user could make to `plan`, valid by construction (so applying it must succeed). */
export function patchArb(plan: Plan): fc.Arbitrary<PlanPatch> {
  const refs = plan.scenarios.flatMap((scenario) => scenario.items.map((item) => ({ scenario, item })));
  // Edits to item fields are what users make most, so they get the most runs.
  const options = [
    { arbitrary: scenarioPatchArb(plan), weight: 1 },
    { arbitrary: planLevelPatchArb(plan), weight: 1 },
  ];
  if (plan.scenarios.length) options.push({ arbitrary: itemListPatchArb(plan, refs), weight: 1 });
  if (refs.length) options.push({ arbitrary: itemFieldPatchArb(plan, refs), weight: 3 });
  return fc.oneof(...options);
}

/** Up to `n` patches, each valid for the plan the ones before it leave. */
export function patchesArb(plan: Plan, n: number): fc.Arbitrary<PlanPatch[]> {
  if (n === 0) return fc.constant([]);
  const more = patchArb(plan).chain((patch): fc.Arbitrary<PlanPatch[]> => {
    const applied = applyPatch(plan, patch);
    if (!applied.ok) return fc.constant([patch]);
    return patchesArb(applied.value.plan, n - 1).map((rest) => [patch, ...rest]);
  });
  return fc.oneof({ arbitrary: fc.constant<PlanPatch[]>([]), weight: 1 }, { arbitrary: more, weight: 4 });
}
