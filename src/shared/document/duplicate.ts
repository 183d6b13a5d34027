import type { Item, Scenario } from '../model';
import { uniqueId } from './uniqueId';

/** A copy of `item` under `newId`: same name, inputs, overrides and source (plans are immutable, so nested values are shared). */
export function duplicateItem(item: Item, newId: string): Item {
  return { ...item, id: newId };
}

/**
 * A copy of `scenario` as `newId` named `newName`, with its items under fresh ids: none of the
 * scenario's own item ids, none of `takenItemIds` (pass the plan's other item ids for ids unique
 * plan-wide), and none repeated. Each item keeps its place, inputs and overrides.
 */
export function duplicateScenario(scenario: Scenario, newId: string, newName: string, takenItemIds: Iterable<string> = []): Scenario {
  const taken = new Set([...scenario.items.map((item) => item.id), ...takenItemIds]);
  const items = scenario.items.map((item) => {
    const id = uniqueId(item.id, taken);
    taken.add(id);
    return duplicateItem(item, id);
  });
  return { ...scenario, id: newId, name: newName, items };
}
