import { parsePlan, type ItemInput, type Plan, type ScenarioInput, type SettingsInput } from '#shared/model';

/** A parsed plan from partial settings and scenarios; throws with the issues when the input is invalid. */
export function planOf(settings: Partial<SettingsInput>, scenarios: ScenarioInput[]): Plan {
  const parsed = parsePlan({ schemaVersion: 1, settings: { startMonth: '2027-01', ...settings }, scenarios });
  if (!parsed.ok) throw new Error(parsed.error.map((i) => `${i.path}: ${i.message}`).join('\n'));
  return parsed.value;
}

/** A plan with a single scenario holding `items`. */
export function planWith(items: ItemInput[], settings: Partial<SettingsInput> = {}): Plan {
  return planOf(settings, [{ id: 's', name: 'Scenario', items }]);
}

/** A scenario input named after its id. */
export function scenario(id: string, items: ItemInput[]): ScenarioInput {
  return { id, name: id, items };
}

/** A retainer item with sensible defaults. */
export function retainer(fields: Partial<Extract<ItemInput, { kind: 'retainer' }>> = {}): ItemInput {
  return { id: 'r', name: 'Retainer', kind: 'retainer', monthlyFee: 1000, ...fields };
}
