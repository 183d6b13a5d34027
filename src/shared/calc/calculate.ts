import { monthKeys, type Case, type Item, type Plan, type Scenario, type Settings } from '../model';
import { itemContext, itemContextKey, type ItemContext } from './context';
import { createCrossoverPairs } from './crossoverPairs';
import type { Crossover } from './crossovers';
import { createFigureContexts } from './figureContext';
import { fiscalCalendar, type FiscalYear } from './fiscal';
import { computeItem, computeWork, releaseWork, type ItemResult } from './items/item';
import { containsRange } from './ranges';
import { scenarioEntries, type ScenarioEntry } from './scenarioEntry';
import { caseResolver } from './resolve';
import { finishFigures, type ScenarioFigures } from './scenario';
import { addItem, addItemToThree, addWork, startSums, type ScenarioSums } from './scenarioSums';

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

/** An item context and whether items without a range come out the same in it as in the base case. */
interface CaseContext {
  /** Low and high: items computed into its work series, summed, and dropped. */
  readonly ctx: ItemContext;
  readonly sameAsBase: boolean;
}

/** The result object, keys in the order the CLI's JSON has always printed them: figures, then id, name, items, cases. */
function scenarioResultOf(scenario: Scenario, f: ScenarioFigures, items: readonly ItemResult[], low: ScenarioFigures | null, high: ScenarioFigures | null): ScenarioResult {
  return {
    monthly: f.monthly,
    cumulative: f.cumulative,
    byFiscalYear: f.byFiscalYear,
    total: f.total,
    cashTotal: f.cashTotal,
    nonCashTotal: f.nonCashTotal,
    npv: f.npv,
    workflowsShipped: f.workflowsShipped,
    firstShipMonth: f.firstShipMonth,
    costPerWorkflow: f.costPerWorkflow,
    value: f.value,
    net: f.net,
    roi: f.roi,
    paybackMonth: f.paybackMonth,
    meetsThreeX: f.meetsThreeX,
    shippedByMonth: f.shippedByMonth,
    id: scenario.id,
    name: scenario.name,
    items,
    low,
    high,
  };
}

/**
 * A calculator that remembers the last plan it calculated and reuses every item and scenario
 * result whose input is the same object. Plans must be treated as immutable: an edit makes new
 * objects along the path to what changed, so everything else is reused. Memory is by position
 * with an identity check (no WeakMap lookups on the edit path), and only the last plan is kept.
 * A recomputed scenario re-adds all its items in plan order, so memoised results are the same,
 * bit for bit, as a fresh calculation of the same plan, whatever edits came before.
 */
export function createCalculator(): Calculator {
  let memoSettings: Settings | null = null;
  let settingsHaveRange = false;
  let entries: readonly ScenarioEntry[] = [];
  let calendarKey = '';
  let calendar = { months: [] as readonly string[], fiscalYears: [] as readonly FiscalYear[] };
  let contexts: Partial<Record<Case, CaseContext>> = {};
  const figureContext = createFigureContexts();
  const crossovers = createCrossoverPairs();

  function contextOf(settings: Settings, which: Case): CaseContext {
    let found = contexts[which];
    if (!found) {
      const ctx = itemContext(settings, caseResolver(which));
      const sameAsBase = which === 'base' || itemContextKey(ctx) === itemContextKey(contextOf(settings, 'base').ctx);
      found = contexts[which] = { ctx, sameAsBase };
    }
    return found;
  }

  /**
   * A scenario's three cases in one pass over its items: each item's base result (remembered or
   * computed) and, when the plan has ranges, its low and high results are added to their case's
   * sums while the series is still in cache. Each case still adds its items in plan order.
   */
  function scenarioResult(entry: ScenarioEntry, settings: Settings, hasRanges: boolean): ScenarioResult {
    const H = settings.horizonMonths;
    const base = contextOf(settings, 'base');
    const low = hasRanges ? contextOf(settings, 'low') : null;
    const high = hasRanges ? contextOf(settings, 'high') : null;
    const baseSums = startSums(H);
    const lowSums = low ? startSums(H) : null;
    const highSums = high ? startSums(H) : null;
    const { scenario, ranged } = entry;
    // Recomputed because the plan's range-ness changed: the base results are still good.
    const known = entry.result?.items ?? entry.known;
    const items: ItemResult[] = [];
    for (let k = 0; k < scenario.items.length; k++) {
      const item = scenario.items[k] as Item;
      const result = known[k] ?? computeItem(item, caseResolver('base'), base.ctx);
      items.push(result);
      // An item with no range is the same in every case while its context is.
      const shared = !ranged[k];
      if (shared && low?.sameAsBase && high?.sameAsBase && lowSums && highSums) {
        addItemToThree(baseSums, lowSums, highSums, result);
        continue;
      }
      addItem(baseSums, result);
      if (low && lowSums) addCase(lowSums, item, shared && low.sameAsBase ? result : null, 'low', low.ctx);
      if (high && highSums) addCase(highSums, item, shared && high.sameAsBase ? result : null, 'high', high.ctx);
    }
    const figures = finishFigures(baseSums, figureContext(settings, scenario, caseResolver('base')));
    const lowFigures = lowSums && finishFigures(lowSums, figureContext(settings, scenario, caseResolver('low')));
    const highFigures = highSums && finishFigures(highSums, figureContext(settings, scenario, caseResolver('high')));
    entry.result = scenarioResultOf(scenario, figures, items, lowFigures, highFigures);
    entry.resultHasRanges = hasRanges;
    return entry.result;
  }

  /** Adds an item's low or high result: `same` when it equals the base result, else computed into work series and dropped. */
  function addCase(sums: ScenarioSums, item: Item, same: ItemResult | null, which: 'low' | 'high', ctx: ItemContext): void {
    if (same) {
      addItem(sums, same);
      return;
    }
    const work = computeWork(item, caseResolver(which), ctx);
    addWork(sums, work);
    releaseWork(work, ctx);
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
        const key = `${settings.startMonth}|${settings.horizonMonths}|${settings.fiscalYearStartMonth}`;
        if (key !== calendarKey) {
          calendar = {
            months: monthKeys(settings.startMonth, settings.horizonMonths),
            fiscalYears: fiscalCalendar(settings.startMonth, settings.horizonMonths, settings.fiscalYearStartMonth).years,
          };
          calendarKey = key;
        }
      }
      entries = scenarioEntries(plan.scenarios, entries);
      // Plain indexed loops with the memo check inline: an edit runs this once, mostly before the
      // JIT has optimized it, where iterators and calls cost far more than an index and a compare.
      let hasRanges = settingsHaveRange;
      for (let s = 0; s < entries.length; s++) hasRanges ||= (entries[s] as ScenarioEntry).hasRanges;
      const scenarios: ScenarioResult[] = [];
      for (let s = 0; s < entries.length; s++) {
        const e = entries[s] as ScenarioEntry;
        scenarios.push(e.result && e.resultHasRanges === hasRanges ? e.result : scenarioResult(e, settings, hasRanges));
      }
      return { months: calendar.months, fiscalYears: calendar.fiscalYears, scenarios, crossovers: crossovers(scenarios, calendar.months), hasRanges };
    },
  };
}

const shared = createCalculator();

/** Calculates a plan with a shared memoising {@link Calculator}. */
export function calcPlan(plan: Plan): PlanResult {
  return shared.calc(plan);
}
