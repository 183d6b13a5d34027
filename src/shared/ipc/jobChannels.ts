import { z } from 'zod';
import type { MonteCarloResult } from '../calc';
import { quoteSchema } from '../model';
import { channel } from './contract';
import { openedDocumentSchema } from './fileChannels';

/** Most trials one Monte Carlo job may ask for; main's job runner holds the same limit. */
export const MAX_MONTE_CARLO_TRIALS = 1_000_000;

/** The renderer names each job (a UUID), so it can cancel one before its answer arrives. */
const jobId = z.string().min(1).max(100);
const documentId = z.string().min(1);
/**
 * An absolute path, POSIX or Windows (`/…`, `C:\…`, `\\server\share`): a dropped file's. Shared
 * code has no node:path, so this is the shape only; main's job runner checks it for its platform.
 */
const absolutePath = z.string().regex(/^(?:\/|[A-Za-z]:[\\/]|\\\\)/, 'must be an absolute path');

/** What a job answers when the user cancelled it, in its dialog or while it ran. */
const cancelled = z.strictObject({ status: z.literal('cancelled') });

const percentilesDto = z.strictObject({ p10: z.number(), p50: z.number(), p90: z.number() });

/** One scenario's Monte Carlo figures in the plan currency (shares 0–1); the cumulative band has one value per month. */
export const scenarioMonteCarloDtoSchema = z.strictObject({
  id: z.string(),
  total: percentilesDto,
  npv: percentilesDto,
  workflowsShipped: percentilesDto,
  /** Null when no trial shipped a workflow. */
  costPerWorkflow: percentilesDto.nullable(),
  /** Null when no trial had a non-zero total. */
  roi: percentilesDto.nullable(),
  /** Share of trials (0–1) in which nothing shipped. */
  noWorkflowShare: z.number(),
  cumulative: z.strictObject({ p10: z.array(z.number()), p50: z.array(z.number()), p90: z.array(z.number()) }),
});

/** A Monte Carlo result as plain arrays: the engine's Float64Array series cannot cross as JSON. */
export const monteCarloDtoSchema = z.strictObject({
  trials: z.int().min(1),
  seed: z.int().min(0).max(2 ** 32 - 1),
  scenarios: z.array(scenarioMonteCarloDtoSchema),
  /** Share of trials (0–1) in which each scenario is cheapest, on total and on cost per workflow. */
  probabilityCheapest: z.array(z.strictObject({ id: z.string(), total: z.number(), costPerWorkflow: z.number() })),
});

export type MonteCarloDto = z.output<typeof monteCarloDtoSchema>;

/** The engine's Monte Carlo result as a {@link MonteCarloDto}: every series copied into a plain array. */
export function monteCarloDto(result: MonteCarloResult): MonteCarloDto {
  return {
    trials: result.trials,
    seed: result.seed,
    scenarios: result.scenarios.map((s) => ({
      id: s.id,
      total: { ...s.total },
      npv: { ...s.npv },
      workflowsShipped: { ...s.workflowsShipped },
      costPerWorkflow: s.costPerWorkflow && { ...s.costPerWorkflow },
      roi: s.roi && { ...s.roi },
      noWorkflowShare: s.noWorkflowShare,
      cumulative: { p10: Array.from(s.cumulative.p10), p50: Array.from(s.cumulative.p50), p90: Array.from(s.cumulative.p90) },
    })),
    probabilityCheapest: result.probabilityCheapest.map((p) => ({ ...p })),
  };
}

/** The columns a vendor's quote sheet may have; main's quote importer declares the same list. */
export const quoteFieldSchema = z.enum(['vendor', 'service', 'pricingModel', 'amount', 'currency', 'unit', 'quantity', 'per', 'term', 'minimumTerm', 'discount', 'start', 'notes']);

export type QuoteFieldDto = z.output<typeof quoteFieldSchema>;

/** Each quote field in the words a CFO reads, for the mapping editor and for main's messages; keys in the order a mapping lists them. */
export const QUOTE_FIELD_LABELS: Readonly<Record<QuoteFieldDto, string>> = {
  vendor: 'Vendor',
  service: 'Service',
  pricingModel: 'Pricing model',
  amount: 'Price',
  currency: 'Currency',
  unit: 'Unit',
  quantity: 'Quantity',
  per: 'Per',
  term: 'Term',
  minimumTerm: 'Minimum term',
  discount: 'Discount',
  start: 'Start',
  notes: 'Notes',
};

/** One field's column in one sheet, which the user may correct: `amount` ← column `D`, headed `Monthly fee`. */
export const sheetColumnDtoSchema = z.strictObject({ sheet: z.string(), field: quoteFieldSchema, column: z.string(), header: z.string() });

/** The quotes read from a file, every row kept, with notices of rows and sheets skipped, the mapping used and the number style (`dot` is 1,234.50). */
export const quoteImportDtoSchema = z.strictObject({
  quotes: z.array(quoteSchema),
  notices: z.array(z.string()),
  mapping: z.array(sheetColumnDtoSchema),
  numberStyle: z.enum(['dot', 'comma']),
});

export type QuoteImportDto = z.output<typeof quoteImportDtoSchema>;

/** A column mapping the user set before for sheets with these headers, in use now: for which vendor (as its rows named it then), on which sheets read. */
export const rememberedMappingDtoSchema = z.strictObject({ vendor: z.string(), sheets: z.array(z.string()) });

export type RememberedMappingDto = z.output<typeof rememberedMappingDtoSchema>;

/**
 * What to read quotes with: `map`, the user's correction (remembered for the headers of each sheet
 * it maps); without it, a mapping remembered for a sheet's headers; with `forget`, the detected
 * mapping, forgetting any remembered for the sheets read.
 */
const parseQuotesRequestSchema = z
  .strictObject({ jobId, path: absolutePath.optional(), sheet: z.string().optional(), map: z.partialRecord(quoteFieldSchema, z.string()).optional(), forget: z.literal(true).optional() })
  .refine((r) => r.map === undefined || r.forget === undefined, { message: 'give either map (columns as the user set them) or forget (columns as detected), not both', path: ['forget'] });

/** The channels of heavy work: each runs in main's worker with `job:progress` events, and `job:cancel` stops it. */
export const JOB_CHANNELS = {
  'job:monteCarlo': channel(
    z.strictObject({
      jobId,
      documentId,
      trials: z.int('must be a whole number').min(1, 'must be at least 1').max(MAX_MONTE_CARLO_TRIALS, 'must be at most 1,000,000'),
      seed: z.int('must be a whole number').min(0, 'must not be negative').max(2 ** 32 - 1, 'must be below 2^32'),
    }),
    z.discriminatedUnion('status', [z.strictObject({ status: z.literal('done'), ...monteCarloDtoSchema.shape }), cancelled]),
    'Monte Carlo of an open document: `trials` draws from `seed` (same seed, same numbers)',
  ),
  'job:exportWorkbook': channel(
    z.strictObject({ jobId, documentId }),
    z.discriminatedUnion('status', [z.strictObject({ status: z.literal('exported'), path: z.string() }), cancelled]),
    'writes an open document as a live-formula workbook where the Save dialog says',
  ),
  'job:importWorkbook': channel(
    // documentId: the page's current document, so a plan it holds untouched gives way to the import, as on Open.
    z.strictObject({ jobId, documentId: z.string().min(1).optional(), path: absolutePath.optional() }),
    z.discriminatedUnion('status', [z.strictObject({ status: z.literal('opened'), ...openedDocumentSchema.shape }), z.strictObject({ status: z.literal('elsewhere') }), cancelled]),
    'opens a workbook Leadsheet exported (the one dropped, or else the one picked in the Open dialog) as a new unsaved document, here or in a window of its own',
  ),
  'job:parseQuotes': channel(
    parseQuotesRequestSchema,
    z.discriminatedUnion('status', [
      z.strictObject({ status: z.literal('parsed'), path: z.string(), name: z.string(), ...quoteImportDtoSchema.shape, remembered: rememberedMappingDtoSchema.nullable() }),
      cancelled,
    ]),
    'reads vendor quotes from a workbook or CSV (the one dropped, or else the one picked in the Open dialog), with column corrections, remembered per sheet format',
  ),
  'job:cancel': channel(z.strictObject({ jobId }), z.strictObject({}), 'cancels a job of this page; one unknown or already ended is no error'),
} as const;
