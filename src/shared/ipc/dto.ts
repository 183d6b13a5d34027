import { z } from 'zod';
import { summaryFigureFields } from './summary';

/** A problem with a plan as it crosses the boundary: where and what. */
export const planIssueSchema = z.strictObject({ path: z.string(), message: z.string() });

const figures = {
  monthly: z.array(z.number()),
  cumulative: z.array(z.number()),
  ...summaryFigureFields,
};

/** A scenario's figures for one case, as plain arrays that cross a process boundary. */
export const figuresDtoSchema = z.strictObject(figures);

/** One item's results across the boundary. */
export const itemResultDtoSchema = z.strictObject({
  id: z.string(),
  name: z.string(),
  kind: z.string(),
  monthly: z.array(z.number()),
  total: z.number(),
  cashTotal: z.number(),
  nonCashTotal: z.number(),
  overriddenMonths: z.array(z.string()),
});

/** Everything the deterministic run of a plan yields, as plain data. */
export const planResultDtoSchema = z.strictObject({
  months: z.array(z.string()),
  fiscalYears: z.array(z.strictObject({ label: z.string(), first: z.string(), last: z.string(), months: z.number(), partial: z.boolean() })),
  scenarios: z.array(
    z.strictObject({
      ...figures,
      id: z.string(),
      name: z.string(),
      items: z.array(itemResultDtoSchema),
      low: figuresDtoSchema.nullable(),
      high: figuresDtoSchema.nullable(),
    }),
  ),
  crossovers: z.array(z.strictObject({ month: z.string(), monthIndex: z.number(), cheaper: z.string(), dearer: z.string() })),
});

export type PlanResultDto = z.output<typeof planResultDtoSchema>;
export type FiguresDto = z.output<typeof figuresDtoSchema>;
