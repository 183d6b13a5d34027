import type { z } from 'zod';
import { itemSchema, planIssues, type Item, type Plan, type Settings } from '../model';
import { err, ok, type Result } from '../result';
import { itemPlace, type ItemAt } from './locate';

/**
 * Checks `value` against `schema`. On failure, the issues in a CFO's words, joined: `raw` is a
 * plan-shaped object holding the value at `path`, where planIssues looks up scenario and item names.
 * Only checks: the caller keeps its own objects, so untouched values stay the same objects.
 */
export function checkWith(schema: z.ZodType, value: unknown, raw: unknown, path: readonly PropertyKey[]): Result<true, string> {
  const parsed = schema.safeParse(value, { reportInput: true });
  if (parsed.success) return ok(true);
  return err(planIssues(parsed.error, raw, path).map((issue) => issue.message).join('; '));
}

/** True when `schema` accepts a missing value and leaves it missing: optional, with no default to fill in. */
export function canBeAbsent(schema: z.ZodType): boolean {
  const parsed = schema.safeParse(undefined);
  return parsed.success && parsed.data === undefined;
}

/** Why an item in `currency` cannot be converted under `settings`, or undefined when it can (the plan schema's rule). */
export function currencyProblem(settings: Settings, currency: string | undefined): string | undefined {
  if (!currency || currency === settings.currency || settings.fxRates[currency] !== undefined) return undefined;
  return `currency is ${currency} but the plan has no ${currency} exchange rate (settings.fxRates.${currency})`;
}

/**
 * Checks an item that will sit at `at` (its scenario and position) in `plan`: the item schema, then
 * its currency against the plan's exchange rates. Names the scenario and the item in any message.
 */
export function checkItem(plan: Plan, at: Omit<ItemAt, 'item'>, candidate: unknown): Result<Item, string> {
  // Sparse: planIssues only looks up this scenario and this item, so nothing else is copied.
  const raw = { scenarios: { [at.index]: { ...at.scenario, items: { [at.itemIndex]: candidate } } } };
  const checked = checkWith(itemSchema, candidate, raw, ['scenarios', at.index, 'items', at.itemIndex]);
  if (!checked.ok) return checked;
  const item = candidate as Item;
  const problem = currencyProblem(plan.settings, item.currency);
  return problem ? err(`${itemPlace(at.scenario, item)}: ${problem}`) : ok(item);
}
