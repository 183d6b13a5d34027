import { monthKeys, type Case, type Item, type Plan, type Scenario, type Settings } from '../model';
import { itemContext, itemContextKey, type ItemContext } from './context';
import { pairCrossovers, type Crossover } from './crossovers';
import { createFigureContexts } from './figureContext';
import { fiscalCalendar, type FiscalYear } from './fiscal';
import { computeItem, type ItemResult } from './items/item';
import { containsRange } from './ranges';
import { caseResolver } from './resolve';
import { scenarioFigures, type ScenarioFigures } from './scenario';

/** A scenario's results: base-case figures, its items, and the all-low and all-high cases. */
export interface ScenarioResult extends ScenarioFigures {
  readonly id: string;
  readonly name: string;
  readonly items: readonly ItemResult[];
  /** Figures with every range at its low; null when the plan has no ranges. */
  readonly low: ScenarioFigures | null;
  /** Figures with every range at its high; null when the plan has no ranges. */
  readonly high: ScenarioFigures | null;
}

/** Everything the deterministic run of a plan yields. */
export interface PlanResult {
  /** `YYYY-MM` of every month of the horizon. */
  readonly months: readonly string[];
  readonly fiscalYears: readonly FiscalYear[];
  readonly scenarios: readonly ScenarioResult[];
  readonly crossovers: readonly Crossover[];
  /** True when any input of the plan is a range, so low and high cases exist. */
  readonly hasRanges: boolean;
}

/** Calculates plans, reusing every item and scenario result whose inputs are the same objects as last time. */
export interface Calculator {
  calc(plan: Plan): PlanResult;
}

/** What the calculator remembers of one item: its results per case, for the current settings. */
interface ItemEntry {
  readonly item: Item;
  readonly hasRange: boolean;
  base?: ItemResult;
  low?: ItemResult;
  high?: ItemResult;
}

/** What the calculator remembers of one scenario: its items, and its result while the plan's range-ness holds. */
interface ScenarioEntry {
  readonly scenario: Scenario;
  readonly items: readonly ItemEntry[];
  readonly hasRanges: boolean;
  result: ScenarioResult | null;
  resultHasRanges: boolean;
}

const CASES: readonly Case[] = ['base', 'low', 'high'];

/**
 * Reuses the entry of the object at the same position. When the list kept its length, a new
 * object at a position is an edit of the old one, which `make` may draw on (a scenario's items);
 * when it did not (an insert or a delete), entries are found by identity instead.
 */
function reuse<T extends object, E>(objects: readonly T[], previous: readonly E[], keyOf: (entry: E) => T, make: (object: T, previous: E | undefined) => E): E[] {
  const aligned = objects.length === previous.length;
  let byObject: Map<T, E> | null = null;
  return objects.map((object, k) => {
    const at = previous[k];
    if (at !== undefined && keyOf(at) === object) return at;
    if (aligned) return make(object, at);
    byObject ??= new Map(previous.map((e) => [keyOf(e), e]));
    return byObject.get(object) ?? make(object, undefined);
  });
}

/**
 * A calculator that remembers the last plan it calculated and reuses every item and scenario
 * result whose input is the same object. Plans must be treated as immutable: an edit makes new
 * objects along the path to what changed, so everything else is reused. Memory is by position
 * with an identity check (no WeakMap lookups on the edit path), and only the last plan is kept.
 */
export function createCalculator(): Calculator {
  let memoSettings: Settings | null = null;
  let settingsHaveRange = false;
  let entries: readonly ScenarioEntry[] = [];
  const pairA: ScenarioResult[] = [];
  const pairB: ScenarioResult[] = [];
  const pairList: (readonly Crossover[])[] = [];
  let calendarKey = '';
  let calendar = { months: [] as readonly string[], fiscalYears: [] as readonly FiscalYear[] };
  const figureContext = createFigureContexts();
  let contexts: Partial<Record<Case, { ctx: ItemContext; key: string }>> = {};

  function contextOf(settings: Settings, which: Case): { ctx: ItemContext; key: string } {
    let found = contexts[which];
    if (!found) {
      const ctx = itemContext(settings, caseResolver(which));
      found = contexts[which] = { ctx, key: itemContextKey(ctx) };
    }
    return found;
  }

  function scenarioEntry(scenario: Scenario, previous: ScenarioEntry | undefined): ScenarioEntry {
    const items = reuse(scenario.items, previous?.items ?? [], (e) => e.item, (item): ItemEntry => ({ item, hasRange: containsRange(item) }));
    return { scenario, items, hasRanges: containsRange(scenario.valueOverrides) || items.some((e) => e.hasRange), result: null, resultHasRanges: false };
  }

  function itemResults(entry: ScenarioEntry, settings: Settings, which: Case): ItemResult[] {
    const { ctx, key } = contextOf(settings, which);
    const sameAsBase = which === 'base' || key === contextOf(settings, 'base').key;
    return entry.items.map((e) => {
      const known = e[which];
      if (known) return known;
      // An item with no range is the same in every case while its context is: reuse the base result.
      const result = which !== 'base' && sameAsBase && !e.hasRange && e.base ? e.base : computeItem(e.item, caseResolver(which), ctx);
      e[which] = result;
      return result;
    });
  }

  function figures(entry: ScenarioEntry, settings: Settings, which: Case): { items: ItemResult[]; figures: ScenarioFigures } {
    const results = itemResults(entry, settings, which);
    return { items: results, figures: scenarioFigures(results, figureContext(settings, entry.scenario, caseResolver(which))) };
  }

  function scenarioResult(entry: ScenarioEntry, settings: Settings, hasRanges: boolean): ScenarioResult {
    if (entry.result && entry.resultHasRanges === hasRanges) return entry.result;
    const { scenario } = entry;
    const base = figures(entry, settings, 'base');
    const [low, high] = hasRanges ? CASES.slice(1).map((which) => figures(entry, settings, which).figures) : [null, null];
    entry.result = { ...base.figures, id: scenario.id, name: scenario.name, items: base.items, low: low ?? null, high: high ?? null };
    entry.resultHasRanges = hasRanges;
    return entry.result;
  }

  // Pairs are remembered by position: a pair whose two results are the same objects as last time is
  // reused; the lists are then copied out in pair order into one array sized up front.
  function pairs(scenarios: readonly ScenarioResult[], months: readonly string[]): Crossover[] {
    let k = 0;
    let total = 0;
    for (let i = 0; i < scenarios.length; i++) {
      for (let j = i + 1; j < scenarios.length; j++, k++) {
        const a = scenarios[i] as ScenarioResult;
        const b = scenarios[j] as ScenarioResult;
        if (pairA[k] !== a || pairB[k] !== b) {
          pairA[k] = a;
          pairB[k] = b;
          pairList[k] = pairCrossovers(a, b, months);
        }
        total += (pairList[k] as readonly Crossover[]).length;
      }
    }
    const out = new Array<Crossover>(total);
    let n = 0;
    for (let p = 0; p < k; p++) {
      const list = pairList[p] as readonly Crossover[];
      for (let c = 0; c < list.length; c++) out[n++] = list[c] as Crossover;
    }
    return out;
  }

  function calendarOf(settings: Settings): typeof calendar {
    const key = `${settings.startMonth}|${settings.horizonMonths}|${settings.fiscalYearStartMonth}`;
    if (key !== calendarKey) {
      calendar = {
        months: monthKeys(settings.startMonth, settings.horizonMonths),
        fiscalYears: fiscalCalendar(settings.startMonth, settings.horizonMonths, settings.fiscalYearStartMonth).years,
      };
      calendarKey = key;
    }
    return calendar;
  }

  return {
    calc(plan) {
      const { settings } = plan;
      if (settings !== memoSettings) {
        // Every item depends on the settings (horizon, currency, rates, valuation): start afresh.
        memoSettings = settings;
        settingsHaveRange = containsRange(settings);
        entries = [];
        contexts = {};
      }
      entries = reuse(plan.scenarios, entries, (e) => e.scenario, scenarioEntry);
      const hasRanges = settingsHaveRange || entries.some((e) => e.hasRanges);
      const scenarios = entries.map((e) => scenarioResult(e, settings, hasRanges));
      const { months, fiscalYears } = calendarOf(settings);
      return { months, fiscalYears, scenarios, crossovers: pairs(scenarios, months), hasRanges };
    },
  };
}

const shared = createCalculator();

/** Calculates a plan with a shared memoising {@link Calculator}. */
export function calcPlan(plan: Plan): PlanResult {
  return shared.calc(plan);
}
