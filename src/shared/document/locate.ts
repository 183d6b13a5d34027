import type { Item, Plan, Scenario } from '../model';
import { err, ok, type Result } from '../result';

/** A scenario of a plan and its position. */
export interface ScenarioAt {
  readonly index: number;
  readonly scenario: Scenario;
}

/** An item of a plan: its scenario, and its position in it. */
export interface ItemAt extends ScenarioAt {
  readonly itemIndex: number;
  readonly item: Item;
}

/** How a message names a scenario or an item: its name, or its id when the name is empty. */
function named(thing: { readonly id: string; readonly name: string }): string {
  return `'${thing.name || thing.id}'`;
}

/** "Scenario 'Full-time hire'": the start of a message about a scenario, as planIssues writes it. */
export function scenarioPlace(scenario: Scenario): string {
  return `Scenario ${named(scenario)}`;
}

/** "Scenario 'Full-time hire', item 'Salary'": the start of a message about an item. */
export function itemPlace(scenario: Scenario, item: Item): string {
  return `${scenarioPlace(scenario)}, item ${named(item)}`;
}

/** The scenario with this id, or a message saying there is none. */
export function findScenario(plan: Plan, scenarioId: string): Result<ScenarioAt, string> {
  const index = plan.scenarios.findIndex((scenario) => scenario.id === scenarioId);
  const scenario = plan.scenarios[index];
  return scenario ? ok({ index, scenario }) : err(`The plan has no scenario '${scenarioId}'`);
}

/** The item with this id in the scenario with this id, or a message saying which is missing. */
export function findItem(plan: Plan, scenarioId: string, itemId: string): Result<ItemAt, string> {
  const found = findScenario(plan, scenarioId);
  if (!found.ok) return found;
  const { scenario } = found.value;
  const itemIndex = scenario.items.findIndex((item) => item.id === itemId);
  const item = scenario.items[itemIndex];
  return item ? ok({ ...found.value, itemIndex, item }) : err(`${scenarioPlace(scenario)} has no item '${itemId}'`);
}

/** `plan` with the scenario at `index` replaced; every other scenario, the settings and the quotes shared. */
export function withScenario(plan: Plan, index: number, scenario: Scenario): Plan {
  return { ...plan, scenarios: plan.scenarios.with(index, scenario) };
}

/** `plan` with one item replaced; every other item and scenario shared. */
export function withItem(plan: Plan, at: ItemAt, item: Item): Plan {
  return withScenario(plan, at.index, { ...at.scenario, items: at.scenario.items.with(at.itemIndex, item) });
}
