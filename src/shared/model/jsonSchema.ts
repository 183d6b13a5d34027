import { z } from 'zod';
import { planSchema } from './plan';

/** The JSON Schema of a plan file as written by users (defaults optional), for editors and other tools. */
export function planJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(planSchema, { io: 'input', target: 'draft-2020-12', unrepresentable: 'any' }),
    $id: 'https://leadsheet.app/schema/plan.schema.json',
    title: 'Leadsheet plan',
    description: 'A Leadsheet plan file (.leadsheet): settings, scenarios of line items, and imported vendor quotes. See docs/cost-model.md.',
  };
}

/** The JSON Schema as file text: indented, with a final newline. */
export function planJsonSchemaText(): string {
  return `${JSON.stringify(planJsonSchema(), null, 2)}\n`;
}
