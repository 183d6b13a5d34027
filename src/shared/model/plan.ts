import { z } from 'zod';
import { quoteSchema } from './quote';
import { scenarioSchema } from './scenario';
import { settingsSchema } from './settings';

/** The schema version this build writes; older files migrate up to it, newer ones are refused. */
export const CURRENT_SCHEMA_VERSION = 1;

/** A whole plan file: settings, scenarios and the library of imported quotes. */
export const planSchema = z
  .strictObject({
    schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
    name: z.string().optional(),
    settings: settingsSchema,
    scenarios: z.array(scenarioSchema).max(500, 'must hold at most 500 scenarios'),
    quotes: z.array(quoteSchema).default([]),
  })
  .superRefine((plan, ctx) => {
    const scenarioIds = new Set<string>();
    plan.scenarios.forEach((scenario, s) => {
      if (scenarioIds.has(scenario.id)) {
        ctx.addIssue({ code: 'custom', path: ['scenarios', s, 'id'], message: `'${scenario.id}' is already used by another scenario` });
      }
      scenarioIds.add(scenario.id);
      const itemIds = new Set<string>();
      scenario.items.forEach((item, i) => {
        if (itemIds.has(item.id)) {
          ctx.addIssue({ code: 'custom', path: ['scenarios', s, 'items', i, 'id'], message: `'${item.id}' is already used by another item of this scenario` });
        }
        itemIds.add(item.id);
        const currency = item.currency;
        if (currency && currency !== plan.settings.currency && plan.settings.fxRates[currency] === undefined) {
          ctx.addIssue({
            code: 'custom',
            path: ['scenarios', s, 'items', i, 'currency'],
            message: `is ${currency} but the plan has no ${currency} exchange rate (settings.fxRates.${currency})`,
          });
        }
      });
    });
  });

export type Plan = z.output<typeof planSchema>;
export type PlanInput = z.input<typeof planSchema>;
