import {
  CURRENT_SCHEMA_VERSION,
  isMonthKey,
  parsePlan,
  type ItemInput,
  type Plan,
  type PlanInput,
  type ScenarioInput,
} from '../model';
import { err, ok, type Result } from '../result';
import { TEMPLATES } from './catalog';
import type { Template } from './template';

export * from './articles';
export { TEMPLATES } from './catalog';
export type { Template } from './template';

/** Ids of the templates a new plan holds: the first three of {@link TEMPLATES}, in that order. */
export const DEFAULT_TEMPLATE_IDS: readonly string[] = ['caio-agency', 'ai-officer', 'full-time-hire'];

/** The template with this exact id, or undefined when the catalog has none. */
export function findTemplate(id: string): Template | undefined {
  return TEMPLATES.find((template) => template.id === id);
}

/** A copy of plain data (objects, arrays, primitives), so edits to it never reach the catalog. */
function deepCopy<T>(value: T): T {
  if (Array.isArray(value)) return value.map((entry: unknown) => deepCopy(entry)) as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, entry]) => [key, deepCopy(entry)])) as T;
  }
  return value;
}

/** A scenario input built from a template (id defaults to the template's); its items are deep copies. */
export function scenarioFromTemplate(template: Template, id: string = template.id): ScenarioInput {
  return {
    id,
    name: template.name,
    template: template.id,
    items: template.items.map((item): ItemInput => deepCopy(item)),
  };
}

/**
 * An unvalidated plan input with one scenario per id, in order; a repeated id gets scenario id
 * `<id>-2`, `<id>-3`…; settings hold only startMonth (`YYYY-MM`), the rest defaults when parsed.
 */
export function planFromTemplates(ids: readonly string[], startMonth: string): Result<PlanInput, string> {
  const used = new Set<string>();
  const scenarios: ScenarioInput[] = [];
  for (const id of ids) {
    const template = findTemplate(id);
    if (!template) return err(`unknown template '${id}'; run 'leadsheet templates' to list them`);
    let scenarioId = id;
    for (let n = 2; used.has(scenarioId); n++) scenarioId = `${id}-${n}`;
    used.add(scenarioId);
    const scenario = scenarioFromTemplate(template, scenarioId);
    // Same-named scenarios would be indistinguishable in the grid and in Excel.
    if (scenarioId !== id) scenario.name = `${template.name} (${scenarioId.slice(id.length + 1)})`;
    scenarios.push(scenario);
  }
  return ok({ schemaVersion: CURRENT_SCHEMA_VERSION, settings: { startMonth }, scenarios, quotes: [] });
}

/** The default new plan starting at `startMonth` (`YYYY-MM`); throws on a malformed month or an invalid catalog. */
export function defaultPlan(startMonth: string): Plan {
  if (!isMonthKey(startMonth)) throw new Error(`not a month written YYYY-MM: ${startMonth}`);
  const input = planFromTemplates(DEFAULT_TEMPLATE_IDS, startMonth);
  if (!input.ok) throw new Error(`the template catalog is invalid: ${input.error}`);
  const plan = parsePlan(input.value);
  if (!plan.ok) {
    const issues = plan.error.map((issue) => `${issue.path}: ${issue.message}`).join('; ');
    throw new Error(`the template catalog is invalid: ${issues}`);
  }
  return plan.value;
}
