import { z } from 'zod';
import { MONTH_KEY } from './month';
import { numberOrRange, plainNumber } from './numbers';

/** An ISO 4217 currency code such as `USD`. */
export const currencySchema = z.string().regex(/^[A-Z]{3}$/, 'must be a three-letter currency code such as USD');

/** Plan-wide settings; see cost-model.md, "Plan". */
export const settingsSchema = z.strictObject({
  currency: currencySchema.default('USD'),
  fxRates: z
    .record(currencySchema, plainNumber().positive({ error: 'must be above 0' }))
    .default({}),
  startMonth: z.string().regex(MONTH_KEY, 'must be a month written YYYY-MM'),
  horizonMonths: plainNumber({ int: true, min: 1, max: 240 }).default(36),
  fiscalYearStartMonth: plainNumber({ int: true, min: 1, max: 12 }).default(1),
  discountRatePct: numberOrRange({ min: -99, max: 1000 }).default(8),
  hoursSavedPerWorkflowPerMonth: numberOrRange({ min: 0 }).default({ low: 20, base: 40, high: 80 }),
  loadedHourlyCost: numberOrRange({ min: 0 }).default({ low: 45, base: 60, high: 75 }),
  companyValuation: numberOrRange({ min: 0 }).optional(),
});

export type Settings = z.output<typeof settingsSchema>;
export type SettingsInput = z.input<typeof settingsSchema>;
