import { z } from 'zod';
import { planPatchSchema } from '../document/patch';
import { channel } from './contract';
import { planSummarySchema } from './summary';

const documentId = z.string().min(1);
const fiscalYearSchema = z.strictObject({ label: z.string(), first: z.string(), last: z.string(), months: z.number(), partial: z.boolean() });

/** One scenario month by month: what the timeline grid shows; quarters and fiscal years are sums of these months. */
export const timelineSchema = z.strictObject({
  scenarioId: z.string(),
  /** `YYYY-MM` of each month of the horizon. */
  months: z.array(z.string()),
  /** For each month, the index of its fiscal year in `fiscalYears`. */
  fiscalYearOfMonth: z.array(z.int()),
  fiscalYears: z.array(fiscalYearSchema),
  items: z.array(
    z.strictObject({
      id: z.string(),
      name: z.string(),
      kind: z.string(),
      /** Cost per month in the plan currency, overrides applied. */
      values: z.array(z.number()),
      /** Month indices whose value is the user's override rather than computed. */
      overridden: z.array(z.int()),
    }),
  ),
  total: z.array(z.number()),
  cumulative: z.array(z.number()),
});

export type Timeline = z.output<typeof timelineSchema>;

/** A scenario's tornado: each ranged input's swing of the scenario total, widest first. */
export const sensitivitySchema = z.array(
  z.strictObject({
    id: z.string(),
    total: z.number(),
    entries: z.array(
      z.strictObject({
        input: z.string(),
        path: z.string(),
        itemId: z.string().nullable(),
        low: z.number(),
        high: z.number(),
        totalAtLow: z.number(),
        totalAtHigh: z.number(),
        swing: z.number(),
      }),
    ),
  }),
);

/** Channels of the spreadsheet views: changes as patches, and results too large or too slow to send after every edit. */
export const VIEW_CHANNELS = {
  'document:timeline': channel(z.strictObject({ documentId, scenarioId: z.string().min(1) }), timelineSchema, 'one scenario’s months: items, total and cumulative'),
  'document:sensitivity': channel(z.strictObject({ documentId }), sensitivitySchema, 'the sensitivity tornado of every scenario'),
  'document:apply': channel(
    z.strictObject({ documentId, patches: z.array(planPatchSchema).min(1).max(100_000) }),
    planSummarySchema,
    'applies the user’s changes (edits, pastes, fills, rows added or deleted, undo and redo), all or nothing, and answers the new summary',
  ),
} as const;
