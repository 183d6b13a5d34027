import type { Plan, Range } from '../model';

/** Inputs that count months or workflows: Monte Carlo rounds their draws to whole numbers. */
const INTEGER_FIELDS = new Set([
  'durationMonths',
  'minimumMonths',
  'workflowsPerYear',
  'buildMonths',
  'hireLagMonths',
  'rampMonths',
  'firstShipAfterMonths',
  'everyMonths',
  'maxWorkflows',
]);

/** A ranged input found in a plan, with where it is. */
export interface RangeRef {
  readonly range: Range;
  /** JSON path from the plan root, e.g. `['scenarios', 0, 'items', 1, 'monthlyFee']`. */
  readonly path: readonly (string | number)[];
  /** The field name that holds it (for a custom value: `values`). */
  readonly field: string;
  /** Index of its scenario, or null for a plan setting. */
  readonly scenario: number | null;
  /** Index of its item in the scenario, or null. */
  readonly item: number | null;
  readonly integer: boolean;
}

/**
 * Calls `found` for every range in `value`, with a copy of its path. `path` is one stack pushed and
 * popped on the way down, copied only where a range is found: a large plan has tens of thousands
 * of fields and a few thousand ranges.
 */
function visit(value: unknown, path: (string | number)[], field: string, found: (v: Range, path: (string | number)[], field: string) => void): void {
  if (value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const v: unknown = value[i];
      if (v === null || typeof v !== 'object') continue;
      path.push(i);
      visit(v, path, field, found);
      path.pop();
    }
    return;
  }
  if ('low' in value && 'base' in value && 'high' in value) {
    found(value as Range, path.slice(), field);
    return;
  }
  const record = value as Record<string, unknown>;
  for (const key in record) {
    const v = record[key];
    if (v === null || typeof v !== 'object' || key === 'overrides' || key === 'source') continue;
    path.push(key);
    visit(v, path, key, found);
    path.pop();
  }
}

/** Every ranged input of the plan, in a fixed order (settings, then scenarios and items in plan order). */
export function collectRanges(plan: Plan): RangeRef[] {
  const refs: RangeRef[] = [];
  const add =
    (scenario: number | null, item: number | null) =>
    (range: Range, path: (string | number)[], field: string): void => {
      refs.push({ range, path, field, scenario, item, integer: INTEGER_FIELDS.has(field) });
    };
  visit(plan.settings, ['settings'], 'settings', add(null, null));
  plan.scenarios.forEach((scenario, s) => {
    visit(scenario.valueOverrides, ['scenarios', s, 'valueOverrides'], 'valueOverrides', add(s, null));
    scenario.items.forEach((item, i) => visit(item, ['scenarios', s, 'items', i], 'item', add(s, i)));
  });
  return refs;
}

/** True when `value` is, or holds, a `{low, base, high}` range; overrides and sources never do. */
export function containsRange(value: unknown): boolean {
  if (value === null || typeof value !== 'object') return false;
  if (Array.isArray(value)) {
    for (const v of value) if (typeof v === 'object' && containsRange(v)) return true;
    return false;
  }
  if ('low' in value && 'base' in value && 'high' in value) return true;
  const record = value as Record<string, unknown>;
  for (const key in record) {
    const v = record[key];
    if (typeof v === 'object' && v !== null && key !== 'overrides' && key !== 'source' && containsRange(v)) return true;
  }
  return false;
}
