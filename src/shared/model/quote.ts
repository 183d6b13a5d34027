import { z } from 'zod';
import { MONTH_KEY } from './month';

/** How a vendor prices a quote row; implies the line-item kind it becomes. */
export const pricingModelSchema = z.enum(['retainer', 'hourly', 'daily', 'project', 'salary', 'oneTime']);

/** A problem found in one cell of an imported quote, e.g. `Pricing!D10`. */
export const quoteErrorSchema = z.strictObject({
  cell: z.string(),
  message: z.string(),
});

/** One imported vendor quote row, kept with its raw cells and errors even when it could not be parsed. */
export const quoteSchema = z.strictObject({
  id: z.string().min(1),
  file: z.string(),
  sheet: z.string(),
  row: z.number().int().min(1),
  vendor: z.string().nullable(),
  service: z.string().nullable(),
  pricingModel: pricingModelSchema.nullable(),
  amount: z.number().nullable(),
  currency: z.string().nullable(),
  quantity: z.number().nullable(),
  per: z.enum(['week', 'month', 'year']).nullable(),
  termMonths: z.number().nullable(),
  minimumMonths: z.number().nullable(),
  discountPct: z.number().nullable(),
  start: z.string().regex(MONTH_KEY, 'must be a month written YYYY-MM').nullable(),
  notes: z.string().nullable(),
  raw: z.record(z.string(), z.string()),
  errors: z.array(quoteErrorSchema),
});

export type Quote = z.output<typeof quoteSchema>;
export type PricingModel = z.output<typeof pricingModelSchema>;
