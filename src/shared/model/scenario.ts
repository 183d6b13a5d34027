import { z } from 'zod';
import { itemSchema } from './item';
import { numberOrRange } from './numbers';

/** A scenario's own value assumptions, replacing the plan's where given. */
export const valueOverridesSchema = z.strictObject({
  hoursSavedPerWorkflowPerMonth: numberOrRange({ min: 0 }).optional(),
  loadedHourlyCost: numberOrRange({ min: 0 }).optional(),
});

/** One way of buying AI leadership: a named set of line items. */
export const scenarioSchema = z.strictObject({
  id: z.string().min(1, 'must not be empty'),
  name: z.string().min(1, 'must not be empty'),
  template: z.string().optional(),
  notes: z.string().optional(),
  valueOverrides: valueOverridesSchema.optional(),
  items: z.array(itemSchema).max(2000, 'must hold at most 2,000 items'),
});

export type Scenario = z.output<typeof scenarioSchema>;
export type ScenarioInput = z.input<typeof scenarioSchema>;
export type ValueOverrides = z.output<typeof valueOverridesSchema>;
