import { fieldLabel, planSchema, scenarioSchema, settingsSchema, type Plan, type Settings } from '../model';
import { err, ok, type Result } from '../result';
import type { AppliedPatch } from './applied';
import { canBeAbsent, checkWith, currencyProblem } from './check';
import { findScenario, itemPlace, withScenario } from './locate';
import { inOrder, withKey } from './objects';
import type { PlanPatch, SettingsChanges } from './patchSchema';

/** Patches to a scenario's own fields, the settings, or the plan's name. */
export type PlanFieldPatch = Extract<PlanPatch, { op: 'renameScenario' | 'setScenarioNotes' | 'setValueOverrides' | 'setSettings' | 'renamePlan' }>;

const SCENARIO_KEYS = Object.keys(scenarioSchema.shape);
const SETTINGS_KEYS = Object.keys(settingsSchema.shape);
const PLAN_KEYS = Object.keys(planSchema.shape);
const SHOWN_PROBLEMS = 3;

/** The scenario's field set (removed when null) and checked against the scenario schema's rule for it. */
function setScenarioField(
  plan: Plan,
  patch: Extract<PlanPatch, { op: 'renameScenario' | 'setScenarioNotes' | 'setValueOverrides' }>,
  field: 'name' | 'notes' | 'valueOverrides',
  value: unknown,
): Result<AppliedPatch, string> {
  const found = findScenario(plan, patch.scenarioId);
  if (!found.ok) return found;
  const { index, scenario } = found.value;
  const candidate = withKey(scenario, field, value ?? undefined, inOrder(SCENARIO_KEYS, field));
  const raw = { scenarios: { [index]: candidate } };
  const checked = checkWith(scenarioSchema.shape[field], value ?? undefined, raw, ['scenarios', index, field]);
  if (!checked.ok) return checked;
  const old = scenario[field] ?? null;
  const inverse = (patch.op === 'renameScenario' ? { ...patch, name: old } : { ...patch, value: old }) as PlanPatch;
  return ok({ plan: withScenario(plan, index, candidate), inverse });
}

/** Every item whose currency the new settings cannot convert, in words; at most a few are named. */
function currencyProblems(plan: Plan, settings: Settings): string | undefined {
  const problems: string[] = [];
  for (const scenario of plan.scenarios) {
    for (const item of scenario.items) {
      const problem = currencyProblem(settings, item.currency);
      if (problem) problems.push(`${itemPlace(scenario, item)}: ${problem}`);
    }
  }
  if (problems.length === 0) return undefined;
  const more = problems.length - SHOWN_PROBLEMS;
  return problems.slice(0, SHOWN_PROBLEMS).join('; ') + (more > 0 ? `; and ${more} more item${more === 1 ? '' : 's'}` : '');
}

function setSettings(plan: Plan, patch: Extract<PlanPatch, { op: 'setSettings' }>): Result<AppliedPatch, string> {
  let settings = plan.settings;
  const undo: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(patch.changes)) {
    if (value === undefined) continue;
    if (!Object.hasOwn(settingsSchema.shape, key)) return err(`Settings: Leadsheet has no setting '${key}'`);
    if (value === null && !canBeAbsent(settingsSchema.shape[key as keyof Settings])) return err(`Settings: ${fieldLabel(key)} cannot be left empty`);
    undo[key] = Object.hasOwn(plan.settings, key) ? (plan.settings as Record<string, unknown>)[key] : null;
    settings = withKey(settings, key, value ?? undefined, inOrder(SETTINGS_KEYS, key));
  }
  const checked = checkWith(settingsSchema, settings, { settings }, ['settings']);
  if (!checked.ok) return checked;
  if (settings.currency !== plan.settings.currency || settings.fxRates !== plan.settings.fxRates) {
    const problems = currencyProblems(plan, settings);
    if (problems) return err(problems);
  }
  return ok({ plan: { ...plan, settings }, inverse: { op: 'setSettings', changes: undo as SettingsChanges } });
}

function renamePlan(plan: Plan, patch: Extract<PlanPatch, { op: 'renamePlan' }>): Result<AppliedPatch, string> {
  const checked = checkWith(planSchema.shape.name, patch.name ?? undefined, {}, ['name']);
  if (!checked.ok) return checked;
  return ok({ plan: withKey(plan, 'name', patch.name ?? undefined, inOrder(PLAN_KEYS, 'name')), inverse: { op: 'renamePlan', name: plan.name ?? null } });
}

/** Applies a patch to a scenario's name, notes or value assumptions, to the settings, or to the plan's name. */
export function applyPlanFieldPatch(plan: Plan, patch: PlanFieldPatch): Result<AppliedPatch, string> {
  switch (patch.op) {
    case 'renameScenario':
      return setScenarioField(plan, patch, 'name', patch.name);
    case 'setScenarioNotes':
      return setScenarioField(plan, patch, 'notes', patch.value);
    case 'setValueOverrides':
      return setScenarioField(plan, patch, 'valueOverrides', patch.value);
    case 'setSettings':
      return setSettings(plan, patch);
    case 'renamePlan':
      return renamePlan(plan, patch);
  }
}
