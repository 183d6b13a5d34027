import { monthKeys, monthOrdinal, type Case, type Item, type Plan, type Scenario, type Settings } from '../model';
import { itemContext, itemContextKey } from './context';
import { crossovers, type Crossover } from './crossovers';
import { createFigureContexts } from './figureContext';
import { fiscalCalendar, type FiscalYear } from './fiscal';
import { computeItem, type ItemResult } from './items/item';
import { hasAnyRange } from './ranges';
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

interface ItemMemo {
  key: string;
  result: ItemResult;
}

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
  const itemMemo: Record<Case, WeakMap<Item, ItemMemo>> = { base: new WeakMap(), low: new WeakMap(), high: new WeakMap() };
  const scenarioMemo = new WeakMap<Scenario, ScenarioMemo>();
  const figureContext = createFigureContexts();

  function items(scenario: Scenario, settings: Settings, which: Case): ItemResult[] {
    const resolve = caseResolver(which);
    const ctx = itemContext(settings, resolve);
    const key = itemContextKey(ctx);
    const memo = itemMemo[which];
    return scenario.items.map((item) => {
      const hit = memo.get(item);
      if (hit && hit.key === key) return hit.result;
      const result = computeItem(item, resolve, ctx);
      memo.set(item, { key, result });
      return result;
    });
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
      const hasRanges = hasAnyRange(plan);
      const scenarios = plan.scenarios.map((s) => scenarioResult(s, settings, hasRanges));
      return {
        months: monthKeys(settings.startMonth, settings.horizonMonths),
        fiscalYears: fiscalCalendar(settings.startMonth, settings.horizonMonths, settings.fiscalYearStartMonth).years,
        scenarios,
        crossovers: crossovers(scenarios, monthOrdinal(settings.startMonth)),
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
