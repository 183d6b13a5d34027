import { monthKeys, type Case, type Item, type Plan, type Scenario, type Settings } from '../model';
import { itemContext, itemContextKey, type ItemContext } from './context';
import { crossovers, pairCrossovers, type Crossover } from './crossovers';
import { createFigureContexts } from './figureContext';
import { fiscalCalendar, type FiscalYear } from './fiscal';
import { computeItem, type ItemResult } from './items/item';
import { createRangeIndex } from './ranges';
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

/** An item's results per case, each with the context key it was computed under. */
type ItemMemo = Partial<Record<Case, { key: string; result: ItemResult }>>;

interface ScenarioMemo {
  settings: Settings;
  hasRanges: boolean;
  result: ScenarioResult;
}

const CASES: readonly Case[] = ['base', 'low', 'high'];

/**
 * A calculator that memoises by object identity. Plans must be treated as immutable: an edit
 * makes new objects along the path to what changed, so everything else is reused.
 */
export function createCalculator(): Calculator {
  const itemMemo = new WeakMap<Item, ItemMemo>();
  const scenarioMemo = new WeakMap<Scenario, ScenarioMemo>();
  const pairA: ScenarioResult[] = [];
  const pairB: ScenarioResult[] = [];
  const pairList: (readonly Crossover[])[] = [];
  const contexts = new WeakMap<Settings, Partial<Record<Case, { ctx: ItemContext; key: string }>>>();
  let calendarKey = '';
  let calendar = { months: [] as readonly string[], fiscalYears: [] as readonly FiscalYear[] };
  const figureContext = createFigureContexts();
  const ranges = createRangeIndex();

  function items(scenario: Scenario, settings: Settings, which: Case): ItemResult[] {
    const resolve = caseResolver(which);
    const { ctx, key } = contextOf(settings, which);
    const baseKey = which === 'base' ? key : contextOf(settings, 'base').key;
    return scenario.items.map((item) => {
      let memo = itemMemo.get(item);
      if (!memo) itemMemo.set(item, (memo = {}));
      const hit = memo[which];
      if (hit && hit.key === key) return hit.result;
      // An item with no range is the same in every case while its context is: reuse the base result.
      const base = which !== 'base' && key === baseKey && !ranges.item(item) ? memo.base : undefined;
      const result = base && base.key === key ? base.result : computeItem(item, resolve, ctx);
      memo[which] = { key, result };
      return result;
    });
  }

  // Pairs are remembered by position: a pair whose two results are the same objects as last time is reused.
  function pairs(scenarios: readonly ScenarioResult[], months: readonly string[]): Crossover[] {
    return crossovers(scenarios, months, (a, b, k) => {
      if (pairA[k] !== a || pairB[k] !== b) {
        pairA[k] = a;
        pairB[k] = b;
        pairList[k] = pairCrossovers(a, b, months);
      }
      return pairList[k] as readonly Crossover[];
    });
  }

  function contextOf(settings: Settings, which: Case): { ctx: ItemContext; key: string } {
    let byCase = contexts.get(settings);
    if (!byCase) contexts.set(settings, (byCase = {}));
    let found = byCase[which];
    if (!found) {
      const ctx = itemContext(settings, caseResolver(which));
      found = byCase[which] = { ctx, key: itemContextKey(ctx) };
    }
    return found;
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

  function figures(scenario: Scenario, settings: Settings, which: Case): { items: ItemResult[]; figures: ScenarioFigures } {
    const results = items(scenario, settings, which);
    return { items: results, figures: scenarioFigures(results, figureContext(settings, scenario, caseResolver(which))) };
  }

  function scenarioResult(scenario: Scenario, settings: Settings, hasRanges: boolean): ScenarioResult {
    const hit = scenarioMemo.get(scenario);
    if (hit && hit.settings === settings && hit.hasRanges === hasRanges) return hit.result;
    const base = figures(scenario, settings, 'base');
    const [low, high] = hasRanges ? CASES.slice(1).map((which) => figures(scenario, settings, which).figures) : [null, null];
    const result: ScenarioResult = { ...base.figures, id: scenario.id, name: scenario.name, items: base.items, low: low ?? null, high: high ?? null };
    scenarioMemo.set(scenario, { settings, hasRanges, result });
    return result;
  }

  return {
    calc(plan) {
      const { settings } = plan;
      const hasRanges = ranges.plan(plan);
      const scenarios = plan.scenarios.map((s) => scenarioResult(s, settings, hasRanges));
      const { months, fiscalYears } = calendarOf(settings);
      return {
        months,
        fiscalYears,
        scenarios,
        crossovers: pairs(scenarios, months),
        hasRanges,
      };
    },
  };
}

const shared = createCalculator();

/** Calculates a plan with a shared memoising {@link Calculator}. */
export function calcPlan(plan: Plan): PlanResult {
  return shared.calc(plan);
}
