import { newItem, uniqueId, type PlanPatch } from '../../../shared/document/patch';
import type { QuoteFieldDto } from '../../../shared/ipc/jobChannels';
import type { Item, ItemKind, Plan, PricingModel, Quote, Settings } from '../../../shared/model';
import { err, ok, type Result } from '../../../shared/result';
import { fieldOfError, QUOTE_FIELD_LABELS, type SheetColumnDto } from './quoteColumns';

/** The line-item kind each pricing model becomes (cost-model.md, "Line items"). */
export const KIND_OF_PRICING: Readonly<Record<PricingModel, ItemKind>> = {
  retainer: 'retainer',
  hourly: 'timeAndMaterials',
  daily: 'timeAndMaterials',
  project: 'project',
  salary: 'salary',
  oneTime: 'oneTime',
};

/** Fields whose text never reaches a figure: an error there does not stop a quote becoming an item. */
const TEXT_FIELDS: ReadonlySet<QuoteFieldDto> = new Set(['vendor', 'service', 'notes']);

/** Most workflows a year a project item takes (the model's bound). */
const MAX_WORKFLOWS_PER_YEAR = 120;

/**
 * Why a quote cannot become a line item, in words a CFO reads; empty when it can. A quote is
 * refused when a cell it needs holds an error (each named by its cell), when it has no price or
 * pricing model, when an hourly or daily rate has no quantity, or when its currency has no
 * exchange rate in the plan's settings.
 */
export function quoteProblems(quote: Quote, mapping: readonly SheetColumnDto[], settings: Settings): string[] {
  const problems = quote.errors.flatMap((error) => {
    const field = fieldOfError(error.cell, mapping);
    return field && TEXT_FIELDS.has(field) ? [] : [`${error.cell}: ${error.message}`];
  });
  if (problems.length > 0) return problems;
  if (quote.amount === null) problems.push('no price');
  else if (quote.amount < 0) problems.push('a negative price is not a cost');
  if (quote.pricingModel === null) problems.push('no pricing model (retainer, hourly, daily, project, salary or one-time)');
  if ((quote.pricingModel === 'hourly' || quote.pricingModel === 'daily') && quote.quantity === null) {
    problems.push(`no quantity: how many ${quote.pricingModel === 'hourly' ? 'hours' : 'days'} a week or month`);
  }
  if (quote.discountPct !== null && (quote.discountPct < 0 || quote.discountPct > 100)) problems.push(`a discount of ${quote.discountPct}% is not between 0 and 100`);
  const currency = quote.currency ?? settings.currency;
  if (currency !== settings.currency && settings.fxRates[currency] === undefined) {
    problems.push(`priced in ${currency}, and the plan has no ${currency} exchange rate: add one in Settings`);
  }
  return problems;
}

/** Whole months from a quoted term (`1.5` months bills as 2), at least 1; null when none was quoted. */
function wholeMonths(months: number | null, max = 1200): number | null {
  return months === null ? null : Math.min(max, Math.max(1, Math.round(months)));
}

const plainNumber = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

/** A lower-case id from the item's words: `Fractional Chief AI Officer` → `fractional-chief-ai-officer`. */
function idBase(name: string): string {
  return (
    name
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40)
      .replace(/-+$/, '') || 'quote'
  );
}

/**
 * The line item a quote becomes (it must have no {@link quoteProblems}): kind from its pricing
 * model, price, currency, term (durationMonths) and start carried over, the quote as its source.
 * A retainer keeps its discount and minimum term; other kinds have no discount field, so the
 * discount is taken off the price and said in the notes. A project's quantity is its number of
 * workflows, all started in its first year, each paid over the quoted term.
 */
export function itemFromQuote(quote: Quote, id: string, settings: Settings, libraryId = quote.id): Item {
  const pricing = quote.pricingModel ?? 'oneTime';
  const kind = KIND_OF_PRICING[pricing];
  const name = quote.service?.trim() || quote.vendor?.trim() || `Quote ${quote.sheet} row ${quote.row}`;
  const base = newItem(kind, id, name);
  const amount = quote.amount ?? 0;
  const discount = quote.discountPct ?? 0;
  const notes: string[] = quote.notes ? [quote.notes] : [];
  const currency = quote.currency ?? settings.currency;
  if (quote.currency === null) notes.push(`The quote names no currency: taken as ${settings.currency}, the plan currency.`);
  // Other kinds have no discount: the price entered is the discounted one.
  const net = kind === 'retainer' || discount === 0 ? amount : amount * (1 - discount / 100);
  if (net !== amount) notes.push(`Quoted ${plainNumber.format(amount)} ${currency} less a ${discount}% discount.`);
  const duration = wholeMonths(quote.termMonths);
  // The quoted term is how long the item runs; a project's is instead how long each workflow builds.
  const term = duration === null ? {} : { durationMonths: duration };
  const common = {
    ...(quote.vendor ? { vendor: quote.vendor } : {}),
    ...(currency === settings.currency ? {} : { currency }),
    start: quote.start ?? 0,
    source: { type: 'quote' as const, file: quote.file, sheet: quote.sheet, row: quote.row, quoteId: libraryId },
  };
  let item: Item;
  switch (base.kind) {
    case 'retainer':
      item = { ...base, ...common, ...term, monthlyFee: amount, discountPct: discount, minimumMonths: wholeMonths(quote.minimumMonths) ?? 0 };
      break;
    case 'timeAndMaterials': {
      const quantity = quote.quantity ?? 0;
      const yearly = quote.per === 'year';
      if (yearly) notes.push(`Quoted ${plainNumber.format(quantity)} ${pricing === 'daily' ? 'days' : 'hours'} a year: entered per month.`);
      if (quote.per === null) notes.push('The quote gives no period for its quantity: taken as per month.');
      item = { ...base, ...common, ...term, rate: net, unit: pricing === 'daily' ? 'day' : 'hour', quantity: yearly ? quantity / 12 : quantity, per: quote.per === 'week' ? 'week' : 'month' };
      break;
    }
    case 'project': {
      const workflows = Math.min(MAX_WORKFLOWS_PER_YEAR, Math.max(1, Math.round(quote.quantity ?? 1)));
      // All the quoted workflows start within a year, each paid over the quoted term.
      item = { ...base, ...common, durationMonths: 12, feePerWorkflow: net, workflowsPerYear: workflows, buildMonths: wholeMonths(quote.termMonths, 120) ?? 1 };
      break;
    }
    case 'salary':
      item = { ...base, ...common, ...term, baseSalary: net };
      break;
    case 'oneTime':
      item = { ...base, ...common, ...term, amount: net };
      break;
    case 'custom':
      item = { ...base, ...common, ...term };
      break;
  }
  if (quote.minimumMonths !== null && kind !== 'retainer') notes.push(`Minimum term ${plainNumber.format(quote.minimumMonths)} months (not modelled for this kind).`);
  return notes.length > 0 ? { ...item, notes: notes.join(' ') } : item;
}

/** The quotes' place in the plan's library: the same quote already there is reused, another with its id gets a new one. */
function libraryIds(plan: Plan, quotes: readonly Quote[]): { ids: string[]; inserted: Quote[] } {
  const byId = new Map(plan.quotes.map((q) => [q.id, q]));
  const taken = new Set(byId.keys());
  const inserted: Quote[] = [];
  const ids = quotes.map((quote) => {
    const there = byId.get(quote.id);
    if (there && JSON.stringify(there) === JSON.stringify(quote)) return quote.id;
    const id = uniqueId(quote.id, taken);
    taken.add(id);
    const kept = id === quote.id ? quote : { ...quote, id };
    byId.set(id, kept);
    inserted.push(kept);
    return id;
  });
  return { ids, inserted };
}

/** What adding quotes to a scenario takes: the patches of one undo step, and each item made. */
export interface QuoteAddition {
  readonly patches: PlanPatch[];
  readonly items: Item[];
}

/**
 * The patches that add each quote to the scenario's end as a line item, and the quotes not yet in
 * the plan's library to it: one change, so one undo takes it all back. Refused, naming the first
 * quote and why, when any quote cannot become an item.
 */
export function quoteAddition(plan: Plan, scenarioId: string, quotes: readonly Quote[], mapping: readonly SheetColumnDto[]): Result<QuoteAddition, string> {
  const scenario = plan.scenarios.find((s) => s.id === scenarioId);
  if (!scenario) return err(`The plan has no scenario '${scenarioId}'`);
  if (quotes.length === 0) return err('Select the quotes to add first');
  for (const quote of quotes) {
    const problems = quoteProblems(quote, mapping, plan.settings);
    if (problems.length > 0) return err(`${quoteLabel(quote)} cannot be added: ${problems.join('; ')}`);
  }
  const { ids, inserted } = libraryIds(plan, quotes);
  const taken = new Set(scenario.items.map((i) => i.id));
  const items = quotes.map((quote, k) => {
    const id = uniqueId(idBase(quote.service ?? quote.vendor ?? ''), taken);
    taken.add(id);
    return itemFromQuote(quote, id, plan.settings, ids[k]);
  });
  const patches: PlanPatch[] = [
    ...(inserted.length > 0 ? [{ op: 'insertQuotes' as const, index: plan.quotes.length, quotes: inserted }] : []),
    ...items.map((item, k): PlanPatch => ({ op: 'insertItem', scenarioId, index: scenario.items.length + k, item })),
  ];
  return ok({ patches, items });
}

/** A quote as a list names it: `Northwind Analytics, AI engineer (Rate card row 6)`. */
export function quoteLabel(quote: Quote): string {
  const words = [quote.vendor, quote.service].filter(Boolean).join(', ');
  return `${words || 'Quote'} (${quote.sheet} row ${quote.row})`;
}

/** The field label a mapping or message uses. */
export function quoteFieldLabel(field: QuoteFieldDto): string {
  return QUOTE_FIELD_LABELS[field];
}
