import { z } from 'zod';

/** A published article a template figure comes from. */
export const articleSourceSchema = z.strictObject({
  type: z.literal('article'),
  title: z.string().min(1),
  author: z.string().min(1),
  date: z.string().min(1),
  excerpt: z.string().optional(),
});

/** An imported vendor quote row a line item was made from. */
export const quoteSourceSchema = z.strictObject({
  type: z.literal('quote'),
  file: z.string().min(1),
  sheet: z.string(),
  row: z.number().int().min(1),
  quoteId: z.string().optional(),
});

/** Where a figure came from, shown beside it in the app and in Excel. */
export const sourceSchema = z.discriminatedUnion('type', [articleSourceSchema, quoteSourceSchema]);

export type Source = z.output<typeof sourceSchema>;
export type ArticleSource = z.output<typeof articleSourceSchema>;
