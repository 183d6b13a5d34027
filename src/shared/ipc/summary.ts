import { z } from 'zod';

/** The figures of a scenario for one case, without month series: shared by the summary and the full result. */
export const summaryFigureFields = {
  byFiscalYear: z.array(z.number()),
  total: z.number(),
  cashTotal: z.number(),
  nonCashTotal: z.number(),
  npv: z.number(),
  workflowsShipped: z.number(),
  firstShipMonth: z.string().nullable(),
  costPerWorkflow: z.number().nullable(),
  value: z.number(),
  net: z.number(),
  roi: z.number().nullable(),
  paybackMonth: z.string().nullable(),
  meetsThreeX: z.boolean(),
};

/** A scenario's figures without its month series: what the Compare view shows after each edit. */
export const summaryFiguresSchema = z.strictObject(summaryFigureFields);

/** The results of a plan a view needs after an edit: small whatever the plan's size (no month series). */
export const planSummarySchema = z.strictObject({
  fiscalYears: z.array(z.strictObject({ label: z.string(), first: z.string(), last: z.string(), months: z.number(), partial: z.boolean() })),
  scenarios: z.array(z.strictObject({ ...summaryFigureFields, id: z.string(), name: z.string(), low: summaryFiguresSchema.nullable(), high: summaryFiguresSchema.nullable() })),
  crossovers: z.array(z.strictObject({ month: z.string(), monthIndex: z.number(), cheaper: z.string(), dearer: z.string() })),
});

export type PlanSummary = z.output<typeof planSummarySchema>;

export type SummaryFigures = z.output<typeof summaryFiguresSchema>;
