import { quoteSchema, type Plan, type Quote } from '../model';
import { err, ok, type Result } from '../result';
import type { AppliedPatch } from './applied';
import { checkWith } from './check';
import { isPosition } from './objects';
import type { PlanPatch } from './patchSchema';

/** Patches to the library of imported quotes. */
export type QuotePatch = Extract<PlanPatch, { op: 'insertQuotes' | 'removeQuotes' | 'restoreQuotes' }>;

function quotesWord(n: number): string {
  return `${n} quote${n === 1 ? '' : 's'}`;
}

/** The quote checked as it will sit at `index` of the library (planIssues calls it "Quote index+1"). */
function checkQuote(quote: Quote, index: number): Result<true, string> {
  return checkWith(quoteSchema, quote, { quotes: { [index]: quote } }, ['quotes', index]);
}

function insertQuotes(plan: Plan, patch: Extract<PlanPatch, { op: 'insertQuotes' }>): Result<AppliedPatch, string> {
  const { quotes } = plan;
  if (!isPosition(patch.index, quotes.length)) return err(`Quotes cannot go to position ${patch.index + 1}, the library holds ${quotesWord(quotes.length)}`);
  const taken = new Set(quotes.map((quote) => quote.id));
  for (const [k, quote] of patch.quotes.entries()) {
    if (taken.has(quote.id)) return err(`The quote library already has a quote with the id '${quote.id}'`);
    taken.add(quote.id);
    const checked = checkQuote(quote, patch.index + k);
    if (!checked.ok) return checked;
  }
  return ok({
    plan: { ...plan, quotes: quotes.toSpliced(patch.index, 0, ...patch.quotes) },
    inverse: { op: 'removeQuotes', quoteIds: patch.quotes.map((quote) => quote.id) },
  });
}

function removeQuotes(plan: Plan, patch: Extract<PlanPatch, { op: 'removeQuotes' }>): Result<AppliedPatch, string> {
  const ids = new Set(patch.quoteIds);
  const present = new Set(plan.quotes.map((quote) => quote.id));
  const missing = patch.quoteIds.find((id) => !present.has(id));
  if (missing !== undefined) return err(`The quote library has no quote '${missing}'`);
  const kept: Quote[] = [];
  const removed: { index: number; quote: Quote }[] = [];
  plan.quotes.forEach((quote, index) => (ids.has(quote.id) ? removed.push({ index, quote }) : kept.push(quote)));
  return ok({ plan: { ...plan, quotes: kept }, inverse: { op: 'restoreQuotes', quotes: removed } });
}

function restoreQuotes(plan: Plan, patch: Extract<PlanPatch, { op: 'restoreQuotes' }>): Result<AppliedPatch, string> {
  // Quotes removed together may share an id (the schema allows it), so only ids already in the library are refused.
  const taken = new Set(plan.quotes.map((quote) => quote.id));
  const quotes = plan.quotes.slice();
  let previous = -1;
  for (const { index, quote } of patch.quotes) {
    if (index <= previous || !isPosition(index, quotes.length)) {
      return err(`A quote cannot go back to position ${index + 1}: positions must rise and stay within the library`);
    }
    if (taken.has(quote.id)) return err(`The quote library already has a quote with the id '${quote.id}'`);
    const checked = checkQuote(quote, index);
    if (!checked.ok) return checked;
    quotes.splice(index, 0, quote);
    previous = index;
  }
  const quoteIds = [...new Set(patch.quotes.map(({ quote }) => quote.id))];
  return ok({ plan: { ...plan, quotes }, inverse: { op: 'removeQuotes', quoteIds } });
}

/** Applies a patch to the quote library; inserted quote ids must be new to the library. */
export function applyQuotePatch(plan: Plan, patch: QuotePatch): Result<AppliedPatch, string> {
  switch (patch.op) {
    case 'insertQuotes':
      return insertQuotes(plan, patch);
    case 'removeQuotes':
      return removeQuotes(plan, patch);
    case 'restoreQuotes':
      return restoreQuotes(plan, patch);
  }
}
