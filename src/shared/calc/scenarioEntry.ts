import type { Item, Scenario } from '../model';
import type { ItemResult } from './items/item';
import { containsRange } from './ranges';
import type { ScenarioResult } from './calculate';

/**
 * What the calculator remembers of one scenario, for the current settings: its result while the
 * plan's range-ness holds, and what it needs to make it again. Items' base results are kept in
 * the result itself (`result.items`, by item position); their low and high results are not kept:
 * they only feed their scenario's sums, which are redone whenever the scenario changes, and keeping
 * them would double a large plan's memory.
 */
export interface ScenarioEntry {
  readonly scenario: Scenario;
  /** Base results carried over from the scenario's previous version, by item position; null: compute it. */
  readonly known: readonly (ItemResult | null)[];
  /** Whether each item holds a range, by item position. */
  readonly ranged: readonly boolean[];
  /** True when an item or the scenario's value overrides hold a range. */
  readonly hasRanges: boolean;
  result: ScenarioResult | null;
  resultHasRanges: boolean;
}

/**
 * The entry of a scenario, carrying over from its previous version (`previous`) the base result of
 * every item that is the same object. When the item list kept its length, items are matched by
 * position (a new object at a position is an edit); when it did not, by identity.
 */
export function scenarioEntry(scenario: Scenario, previous: ScenarioEntry | undefined): ScenarioEntry {
  const items = scenario.items;
  const before = previous?.scenario.items ?? [];
  const results = previous?.result?.items ?? [];
  const wasRanged = previous?.ranged ?? [];
  const aligned = items.length === before.length;
  let byItem: Map<Item, number> | null = null;
  const known: (ItemResult | null)[] = [];
  const ranged: boolean[] = [];
  let hasRanges = containsRange(scenario.valueOverrides);
  for (let k = 0; k < items.length; k++) {
    const item = items[k] as Item;
    let at = k;
    if (!aligned) {
      byItem ??= new Map(before.map((b, i) => [b, i]));
      at = byItem.get(item) ?? -1;
    }
    const same = at >= 0 && before[at] === item;
    known.push(same ? (results[at] ?? null) : null);
    const itemRanged = same && at < wasRanged.length ? (wasRanged[at] as boolean) : containsRange(item);
    ranged.push(itemRanged);
    hasRanges ||= itemRanged;
  }
  return { scenario, known, ranged, hasRanges, result: null, resultHasRanges: false };
}

/**
 * The entries of a plan's scenarios, reusing the entry of the scenario object at the same position.
 * When the list kept its length, a new object at a position is an edit of the old one, whose item
 * results it draws on; when it did not (an insert or a delete), entries are found by identity.
 */
export function scenarioEntries(scenarios: readonly Scenario[], previous: readonly ScenarioEntry[]): ScenarioEntry[] {
  const aligned = scenarios.length === previous.length;
  let byScenario: Map<Scenario, ScenarioEntry> | null = null;
  const entries: ScenarioEntry[] = [];
  for (let s = 0; s < scenarios.length; s++) {
    const scenario = scenarios[s] as Scenario;
    const at = previous[s];
    if (at !== undefined && at.scenario === scenario) entries.push(at);
    else if (aligned) entries.push(scenarioEntry(scenario, at));
    else {
      byScenario ??= new Map(previous.map((e) => [e.scenario, e]));
      entries.push(byScenario.get(scenario) ?? scenarioEntry(scenario, undefined));
    }
  }
  return entries;
}
