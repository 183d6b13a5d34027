import { CURRENT_SCHEMA_VERSION, planSchema, type Plan } from '../model';
import { err, ok, type Result } from '../result';
import type { AppliedPatch } from './applied';
import { checkItem, checkWith } from './check';
import { findItem, findScenario, scenarioPlace, withScenario } from './locate';
import { isPosition, moveTo } from './objects';
import type { PlanPatch } from './patchSchema';

/** Patches that add, remove or reorder items and scenarios. */
export type ListPatch = Extract<PlanPatch, { op: 'insertItem' | 'removeItem' | 'moveItem' | 'insertScenario' | 'removeScenario' | 'moveScenario' }>;

/** The most items a scenario and scenarios a plan may hold (scenario.ts, plan.ts). */
const MAX_ITEMS = 2000;
const MAX_SCENARIOS = 500;

function count(n: number, what: string): string {
  return `${n.toLocaleString('en-US')} ${what}${n === 1 ? '' : 's'}`;
}

function insertItem(plan: Plan, patch: Extract<PlanPatch, { op: 'insertItem' }>): Result<AppliedPatch, string> {
  const found = findScenario(plan, patch.scenarioId);
  if (!found.ok) return found;
  const { index, scenario } = found.value;
  const { items } = scenario;
  const place = scenarioPlace(scenario);
  if (!isPosition(patch.index, items.length)) return err(`${place}: an item cannot go to position ${patch.index + 1}, the scenario holds ${count(items.length, 'item')}`);
  if (items.some((item) => item.id === patch.item.id)) return err(`${place} already has an item with the id '${patch.item.id}'`);
  if (items.length >= MAX_ITEMS) return err(`${place} already holds ${count(MAX_ITEMS, 'item')}, the most a scenario may hold`);
  const checked = checkItem(plan, { index, scenario, itemIndex: patch.index }, patch.item);
  if (!checked.ok) return checked;
  return ok({
    plan: withScenario(plan, index, { ...scenario, items: items.toSpliced(patch.index, 0, checked.value) }),
    inverse: { op: 'removeItem', scenarioId: scenario.id, itemId: patch.item.id },
  });
}

function removeItem(plan: Plan, patch: Extract<PlanPatch, { op: 'removeItem' }>): Result<AppliedPatch, string> {
  const found = findItem(plan, patch.scenarioId, patch.itemId);
  if (!found.ok) return found;
  const { index, scenario, itemIndex, item } = found.value;
  return ok({
    plan: withScenario(plan, index, { ...scenario, items: scenario.items.toSpliced(itemIndex, 1) }),
    inverse: { op: 'insertItem', scenarioId: scenario.id, index: itemIndex, item },
  });
}

function moveItem(plan: Plan, patch: Extract<PlanPatch, { op: 'moveItem' }>): Result<AppliedPatch, string> {
  const found = findItem(plan, patch.scenarioId, patch.itemId);
  if (!found.ok) return found;
  const { index, scenario, itemIndex } = found.value;
  const { items } = scenario;
  if (!isPosition(patch.index, items.length - 1)) {
    return err(`${scenarioPlace(scenario)}: an item cannot move to position ${patch.index + 1}, the scenario holds ${count(items.length, 'item')}`);
  }
  return ok({
    plan: withScenario(plan, index, { ...scenario, items: moveTo(items, itemIndex, patch.index) }),
    inverse: { ...patch, index: itemIndex },
  });
}

function insertScenario(plan: Plan, patch: Extract<PlanPatch, { op: 'insertScenario' }>): Result<AppliedPatch, string> {
  const { scenarios } = plan;
  const { scenario } = patch;
  if (!isPosition(patch.index, scenarios.length)) return err(`A scenario cannot go to position ${patch.index + 1}, the plan holds ${count(scenarios.length, 'scenario')}`);
  if (scenarios.some((s) => s.id === scenario.id)) return err(`The plan already has a scenario with the id '${scenario.id}'`);
  if (scenarios.length >= MAX_SCENARIOS) return err(`The plan already holds ${count(MAX_SCENARIOS, 'scenario')}, the most a plan may hold`);
  // The plan schema on a plan of this one scenario: the scenario and item schemas, unique item ids, currencies.
  const alone = { schemaVersion: CURRENT_SCHEMA_VERSION, settings: plan.settings, scenarios: [scenario], quotes: [] };
  const checked = checkWith(planSchema, alone, alone, []);
  if (!checked.ok) return checked;
  return ok({ plan: { ...plan, scenarios: scenarios.toSpliced(patch.index, 0, scenario) }, inverse: { op: 'removeScenario', scenarioId: scenario.id } });
}

function removeScenario(plan: Plan, patch: Extract<PlanPatch, { op: 'removeScenario' }>): Result<AppliedPatch, string> {
  const found = findScenario(plan, patch.scenarioId);
  if (!found.ok) return found;
  const { index, scenario } = found.value;
  return ok({ plan: { ...plan, scenarios: plan.scenarios.toSpliced(index, 1) }, inverse: { op: 'insertScenario', index, scenario } });
}

function moveScenario(plan: Plan, patch: Extract<PlanPatch, { op: 'moveScenario' }>): Result<AppliedPatch, string> {
  const found = findScenario(plan, patch.scenarioId);
  if (!found.ok) return found;
  const { scenarios } = plan;
  if (!isPosition(patch.index, scenarios.length - 1)) {
    return err(`A scenario cannot move to position ${patch.index + 1}, the plan holds ${count(scenarios.length, 'scenario')}`);
  }
  return ok({ plan: { ...plan, scenarios: moveTo(scenarios, found.value.index, patch.index) }, inverse: { ...patch, index: found.value.index } });
}

/** Applies a patch that adds, removes or reorders an item or a scenario; inserted ids must be new. */
export function applyListPatch(plan: Plan, patch: ListPatch): Result<AppliedPatch, string> {
  switch (patch.op) {
    case 'insertItem':
      return insertItem(plan, patch);
    case 'removeItem':
      return removeItem(plan, patch);
    case 'moveItem':
      return moveItem(plan, patch);
    case 'insertScenario':
      return insertScenario(plan, patch);
    case 'removeScenario':
      return removeScenario(plan, patch);
    case 'moveScenario':
      return moveScenario(plan, patch);
  }
}
