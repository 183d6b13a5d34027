import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { planJsonSchemaText } from '#shared/model';

describe('docs/plan.schema.json', () => {
  it('matches the zod plan schema (run `npm run schema` after changing the schema)', () => {
    expect(readFileSync('docs/plan.schema.json', 'utf8')).toBe(planJsonSchemaText());
  });

  it('carries the bounds of the fields, not only their types', () => {
    const schema = JSON.parse(planJsonSchemaText()) as { properties: { settings: { properties: { horizonMonths: unknown } } } };
    expect(schema.properties.settings.properties.horizonMonths).toMatchObject({ type: 'integer', minimum: 1, maximum: 240 });
  });
});
