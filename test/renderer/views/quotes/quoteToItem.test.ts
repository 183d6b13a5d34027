import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applyPatches } from '#shared/document/patch';
import { planSchema, type Plan, type Quote } from '#shared/model';
import { defaultPlan } from '#shared/templates';
import type { SheetColumnDto } from '../../../../src/renderer/views/quotes/quoteColumns';
import { itemFromQuote, quoteAddition, quoteProblems } from '../../../../src/renderer/views/quotes/quoteToItem';

function fixture(name: string): Quote[] {
  return (JSON.parse(readFileSync(`test/fixtures/quotes/${name}.expected.json`, 'utf8')) as { quotes: Quote[] }).quotes;
}

const northwind = fixture('northwind-rate-card');
const textPrices = fixture('text-prices');
const multiSheet = fixture('multi-sheet');
const byRow = (quotes: Quote[], row: number, sheet?: string): Quote => quotes.find((q) => q.row === row && (sheet === undefined || q.sheet === sheet))!;

/** The columns the importer reads northwind-rate-card.xlsx's 'Rate card' with. */
const NORTHWIND: SheetColumnDto[] = (
  [
    ['vendor', 'A', 'Supplier'],
    ['service', 'B', 'Role'],
    ['pricingModel', 'C', 'Billing basis'],
    ['amount', 'D', 'Rate'],
    ['currency', 'E', 'Ccy'],
    ['quantity', 'F', 'Hours / week'],
    ['term', 'G', 'Contract length (months)'],
    ['minimumTerm', 'H', 'Min. term'],
    ['discount', 'I', 'Disc.'],
    ['start', 'J', 'Available from'],
    ['notes', 'K', 'Comments'],
  ] as const
).map(([field, column, header]) => ({ sheet: 'Rate card', field, column, header }));

const plan: Plan = defaultPlan('2027-01');
const settings = plan.settings;
const withEuro: Plan = { ...plan, settings: { ...settings, fxRates: { EUR: 1.08, GBP: 1.27 } } };
const scenarioId = plan.scenarios[0]!.id;

describe('a quote becomes the line item its pricing model says', () => {
  it('makes a retainer of a monthly retainer, with price, term, minimum term, discount, start, vendor and the quote as its source', () => {
    const item = itemFromQuote(byRow(northwind, 5), 'caio', settings);
    expect(item).toMatchObject({
      kind: 'retainer',
      name: 'Fractional Chief AI Officer',
      vendor: 'Northwind Analytics',
      monthlyFee: 9500,
      discountPct: 10,
      minimumMonths: 6,
      durationMonths: 12,
      start: '2027-01',
      notes: 'Two days a week on site',
      source: { type: 'quote', file: 'northwind-rate-card.xlsx', sheet: 'Rate card', row: 5, quoteId: 'Rate card!5' },
    });
    // In the plan currency, the item has none of its own.
    expect(item).not.toHaveProperty('currency');
  });

  it('makes time and materials of an hourly rate: hours per week carried over', () => {
    expect(itemFromQuote(byRow(northwind, 6), 'eng', settings)).toMatchObject({ kind: 'timeAndMaterials', rate: 150, unit: 'hour', quantity: 20, per: 'week', durationMonths: 6, start: '2027-03' });
  });

  it('makes time and materials of a day rate, in its own currency', () => {
    expect(itemFromQuote(byRow(textPrices, 5), 'ml', withEuro.settings)).toMatchObject({ kind: 'timeAndMaterials', rate: 2500, unit: 'day', quantity: 8, per: 'month', currency: 'EUR', durationMonths: 6, start: '2027-02' });
  });

  it('turns a yearly quantity into the same hours per month', () => {
    const yearly = { ...byRow(northwind, 6), quantity: 1200, per: 'year' as const };
    expect(itemFromQuote(yearly, 'eng', settings)).toMatchObject({ quantity: 100, per: 'month' });
  });

  it('makes a project of a per-project price: one workflow paid over the term, the discount taken off the fee and said in the notes', () => {
    const item = itemFromQuote(byRow(northwind, 8), 'gov', withEuro.settings);
    expect(item).toMatchObject({ kind: 'project', feePerWorkflow: 42750, workflowsPerYear: 1, buildMonths: 3, durationMonths: 12, currency: 'EUR', start: '2027-03' });
    expect(item.notes).toContain('less a 5% discount');
  });

  it('makes a project of a per-workflow price with a quantity: that many workflows in its first year', () => {
    expect(itemFromQuote(byRow(textPrices, 9), 'build', settings)).toMatchObject({ kind: 'project', feePerWorkflow: 45000, workflowsPerYear: 3 });
  });

  it('makes a one-time payment of a fixed fee and a salary of an annual salary', () => {
    expect(itemFromQuote(byRow(northwind, 7), 'sprint', settings)).toMatchObject({ kind: 'oneTime', amount: 19000, durationMonths: 1, start: '2027-02' });
    expect(itemFromQuote(byRow(textPrices, 12), 'head', settings)).toMatchObject({ kind: 'salary', baseSalary: 240_000, start: 0 });
  });
});

describe('a quote that cannot become an item says why', () => {
  it('names the cell and the error of a price that could not be read', () => {
    expect(quoteProblems(byRow(northwind, 9), NORTHWIND, settings)).toEqual([`'Rate card'!D9: "#N/A" is not a price`]);
  });

  it('refuses a quote with no pricing model, a day rate with no quantity, and a currency the plan has no rate for', () => {
    expect(quoteProblems(byRow(textPrices, 6), [], settings)).toEqual(['no pricing model (retainer, hourly, daily, project, salary or one-time)']);
    expect(quoteProblems(byRow(multiSheet, 3, 'Rate card'), [], withEuro.settings)).toEqual(['no quantity: how many days a week or month']);
    expect(quoteProblems(byRow(northwind, 8), NORTHWIND, settings)).toEqual(['priced in EUR, and the plan has no EUR exchange rate: add one in Settings']);
  });

  it('lets an error in a text column (the notes) pass: no figure depends on it', () => {
    const noted = { ...byRow(northwind, 5), errors: [{ cell: "'Rate card'!K5", message: 'unreadable' }] };
    expect(quoteProblems(noted, NORTHWIND, settings)).toEqual([]);
  });

  it('refuses the whole addition, naming the quote, when one selected quote cannot be added', () => {
    const added = quoteAddition(plan, scenarioId, [byRow(northwind, 5), byRow(northwind, 9)], NORTHWIND);
    expect(added).toEqual({ ok: false, error: `Fabrikam AI, Model audit (Rate card row 9) cannot be added: 'Rate card'!D9: "#N/A" is not a price` });
  });
});

describe('adding quotes to a scenario', () => {
  it('is one change: the quotes into the library and an item each at the scenario’s end, all undone by its inverse', () => {
    const quotes = [byRow(northwind, 5), byRow(northwind, 6)];
    const added = quoteAddition(plan, scenarioId, quotes, NORTHWIND);
    if (!added.ok) throw new Error(added.error);
    expect(added.value.patches.map((p) => p.op)).toEqual(['insertQuotes', 'insertItem', 'insertItem']);
    const applied = applyPatches(plan, added.value.patches);
    if (!applied.ok) throw new Error(applied.error);
    const after = applied.value.plan;
    expect(planSchema.safeParse(after).success).toBe(true);
    expect(after.quotes.map((q) => q.id)).toEqual(['Rate card!5', 'Rate card!6']);
    const items = after.scenarios[0]!.items.slice(-2);
    expect(items.map((i) => [i.id, i.source])).toEqual([
      ['fractional-chief-ai-officer', { type: 'quote', file: 'northwind-rate-card.xlsx', sheet: 'Rate card', row: 5, quoteId: 'Rate card!5' }],
      ['ai-engineer', { type: 'quote', file: 'northwind-rate-card.xlsx', sheet: 'Rate card', row: 6, quoteId: 'Rate card!6' }],
    ]);
    const undone = applyPatches(after, applied.value.inverse);
    expect(undone.ok && undone.value.plan).toEqual(plan);
  });

  it('reuses a quote already in the library, gives another quote with the same id a new one, and never repeats an item id', () => {
    const first = quoteAddition(plan, scenarioId, [byRow(northwind, 5)], NORTHWIND);
    if (!first.ok) throw new Error(first.error);
    const once = applyPatches(plan, first.value.patches);
    if (!once.ok) throw new Error(once.error);
    const again = quoteAddition(once.value.plan, scenarioId, [byRow(northwind, 5)], NORTHWIND);
    if (!again.ok) throw new Error(again.error);
    expect(again.value.patches.map((p) => p.op)).toEqual(['insertItem']);
    expect(again.value.items[0]!.id).toBe('fractional-chief-ai-officer-2');
    const otherFile = { ...byRow(northwind, 5), file: 'other.xlsx', amount: 9000 };
    const other = quoteAddition(once.value.plan, scenarioId, [otherFile], NORTHWIND);
    if (!other.ok) throw new Error(other.error);
    expect(other.value.patches[0]).toMatchObject({ op: 'insertQuotes', quotes: [{ id: 'Rate card!5-2', file: 'other.xlsx' }] });
    expect(other.value.items[0]!.source).toMatchObject({ quoteId: 'Rate card!5-2', file: 'other.xlsx' });
  });

  it('refuses an empty selection and an unknown scenario', () => {
    expect(quoteAddition(plan, scenarioId, [], NORTHWIND)).toEqual({ ok: false, error: 'Select the quotes to add first' });
    expect(quoteAddition(plan, 'nope', [byRow(northwind, 5)], NORTHWIND)).toEqual({ ok: false, error: "The plan has no scenario 'nope'" });
  });
});
