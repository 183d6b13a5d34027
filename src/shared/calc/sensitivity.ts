import { fieldLabel, jsonPath, type Item, type Plan } from '../model';
import { itemContext, type ItemContext } from './context';
import { computeWork, releaseWork, workTotal } from './items/item';
import { collectRanges, type RangeRef } from './ranges';
import { createScratchSeries, type ScratchSeries } from './scratchSeries';
import { caseResolver, singleResolver, type Resolve } from './resolve';

/** One bar of a tornado: a scenario's total with one ranged input at its low and at its high. */
export interface SensitivityEntry {
  /** What the input is, in words: "CAIO retainer · monthly fee". */
  readonly input: string;
  /** Its JSON path in the plan. */
  readonly path: string;
  readonly itemId: string | null;
  readonly low: number;
  readonly high: number;
  readonly totalAtLow: number;
  readonly totalAtHigh: number;
  /** |totalAtHigh − totalAtLow|. */
  readonly swing: number;
}

/** A scenario's tornado: its base total and the inputs that move it, widest swing first. */
export interface ScenarioSensitivity {
  readonly id: string;
  readonly total: number;
  readonly entries: readonly SensitivityEntry[];
}

/** An item's total, computed in the context's work series. */
function itemTotal(item: Item, resolve: Resolve, ctx: ItemContext): number {
  const work = computeWork(item, resolve, ctx);
  const total = workTotal(work);
  releaseWork(work, ctx);
  return total;
}

/** A scenario's total with `ref` at `value` and every other input at base: only the items it moves are computed again. */
function totalWith(plan: Plan, items: readonly Item[], ref: RangeRef, value: number, base: ScenarioBase): number {
  const resolve = singleResolver(ref.range, value);
  const ctx = itemContext(plan.settings, resolve, base.work);
  if (ref.item === null) return items.reduce((sum, item) => sum + itemTotal(item, resolve, ctx), 0);
  const item = items[ref.item];
  return item ? base.total - (base.itemTotals[ref.item] as number) + itemTotal(item, resolve, ctx) : base.total;
}

/** A scenario at base: its items' totals, their sum, and the work series every item of the run is computed in. */
interface ScenarioBase {
  readonly itemTotals: readonly number[];
  readonly total: number;
  readonly work: ScratchSeries;
}

function inputLabel(plan: Plan, ref: RangeRef): string {
  const field = ref.path.filter((k) => typeof k === 'string' && k !== 'scenarios' && k !== 'items' && k !== 'settings' && k !== 'valueOverrides');
  const words = field.map((k) => fieldLabel(String(k))).join(' › ');
  const index = typeof ref.path.at(-1) === 'number' ? ` #${(ref.path.at(-1) as number) + 1}` : '';
  if (ref.scenario === null) return `${words}${index}`;
  const item = ref.item === null ? undefined : plan.scenarios[ref.scenario]?.items[ref.item];
  return item ? `${item.name} · ${words}${index}` : `${words}${index}`;
}

/**
 * For every ranged input, each scenario's total with that input at low and at high and the rest
 * at base; inputs that do not move a scenario's total are left out of its tornado.
 */
export function sensitivity(plan: Plan): ScenarioSensitivity[] {
  const refs = collectRanges(plan);
  // Settings' ranges move every scenario; an item's or a scenario's only its own. Order kept: settings first, then the plan's order.
  const forAll = refs.filter((ref) => ref.scenario === null);
  const byScenario = plan.scenarios.map((): RangeRef[] => []);
  for (const ref of refs) if (ref.scenario !== null) byScenario[ref.scenario]?.push(ref);
  const work = createScratchSeries();
  const baseCtx = itemContext(plan.settings, caseResolver('base'), work);
  return plan.scenarios.map((scenario, s) => {
    const itemTotals = scenario.items.map((item) => itemTotal(item, caseResolver('base'), baseCtx));
    const base: ScenarioBase = { itemTotals, total: itemTotals.reduce((a, b) => a + b, 0), work };
    const entries = [...forAll, ...(byScenario[s] ?? [])]
      .map((ref): SensitivityEntry => {
        const totalAtLow = totalWith(plan, scenario.items, ref, ref.range.low, base);
        const totalAtHigh = totalWith(plan, scenario.items, ref, ref.range.high, base);
        return {
          input: inputLabel(plan, ref),
          path: jsonPath(ref.path),
          itemId: ref.item === null ? null : (scenario.items[ref.item]?.id ?? null),
          low: ref.range.low,
          high: ref.range.high,
          totalAtLow,
          totalAtHigh,
          swing: Math.abs(totalAtHigh - totalAtLow),
        };
      })
      .filter((entry) => entry.swing > 0.005)
      .sort((a, b) => b.swing - a.swing);
    return { id: scenario.id, total: base.total, entries };
  });
}
