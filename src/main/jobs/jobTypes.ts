import { isAbsolute } from 'node:path';
import { z } from 'zod';
import type { MonteCarloResult } from '#shared/calc';
import { jsonPath, planSchema, type Plan } from '#shared/model';
import type { Result } from '#shared/result';
import { QUOTE_FIELDS } from '#main/quotes/columns';
import { MAX_REMEMBERED_MAPPINGS } from '#main/quotes/mappingMemory';
import type { QuoteImport, QuoteImportError } from '#main/quotes/parseQuotes';
import type { ImportFailure } from '#main/workbook/book/importWorkbook';
import type { FileRefusal } from '#main/workbook/openSpreadsheet';

/** Most trials one job may ask for, as the command line allows: beyond it the answer no longer changes, only the wait. */
export const MAX_TRIALS = 1_000_000;

const absolutePath = z.string().refine((path) => isAbsolute(path), 'must be an absolute path');
const jobId = z.int().min(0);

/** Monte Carlo of a plan: `trials` draws (1 to {@link MAX_TRIALS}) from `seed` (a whole number; same seed, same numbers). */
export const monteCarloRequestSchema = z.strictObject({
  kind: z.literal('monteCarlo'),
  plan: planSchema,
  trials: z.int('must be a whole number').min(1, 'must be at least 1').max(MAX_TRIALS, `must be at most ${MAX_TRIALS.toLocaleString('en-US')}`),
  seed: z.int('must be a whole number').min(0, 'must not be negative').max(2 ** 32 - 1, 'must be below 2^32'),
});

/** Writes the plan as a live-formula workbook at `path`, replacing any file there only once it is complete. */
export const exportWorkbookRequestSchema = z.strictObject({ kind: z.literal('exportWorkbook'), plan: planSchema, path: absolutePath });

/** Reads a workbook Leadsheet exported (as edited in Excel) back into a plan. */
export const importWorkbookRequestSchema = z.strictObject({ kind: z.literal('importWorkbook'), path: absolutePath });

const quoteMap = z.partialRecord(z.enum(QUOTE_FIELDS), z.string());

/**
 * Reads vendor quotes from a workbook or CSV: one sheet by name or all, with the caller's column
 * corrections (field → header text or letter), else for each sheet the correction remembered for
 * its headers (main reads the memory and passes it, so the worker never touches the user's files).
 */
export const parseQuotesRequestSchema = z.strictObject({
  kind: z.literal('parseQuotes'),
  path: absolutePath,
  sheet: z.string().optional(),
  map: quoteMap.optional(),
  remembered: z.array(z.strictObject({ headers: z.array(z.string()), map: quoteMap })).max(MAX_REMEMBERED_MAPPINGS).optional(),
});

/** Every job a worker runs, told apart by `kind`. */
export const jobRequestSchema = z.discriminatedUnion('kind', [monteCarloRequestSchema, exportWorkbookRequestSchema, importWorkbookRequestSchema, parseQuotesRequestSchema]);

/** A job request as validated (defaults filled in). */
export type JobRequest = z.output<typeof jobRequestSchema>;
/** A job request as a caller writes it. */
export type JobRequestInput = z.input<typeof jobRequestSchema>;
/** The kinds of job. */
export type JobKind = JobRequest['kind'];

const numberOrNaN = z.union([z.number(), z.nan()]);
const percentilesSchema = z.strictObject({ p10: numberOrNaN, p50: numberOrNaN, p90: numberOrNaN });
const seriesSchema = z.instanceof(Float64Array);

/** A Monte Carlo result as it arrives from a worker: the engine's own type, series as Float64Arrays of their own. */
export const monteCarloResultSchema: z.ZodType<MonteCarloResult> = z.strictObject({
  trials: z.int(),
  seed: z.number(),
  scenarios: z
    .array(
      z.strictObject({
        id: z.string(),
        total: percentilesSchema,
        npv: percentilesSchema,
        workflowsShipped: percentilesSchema,
        costPerWorkflow: percentilesSchema.nullable(),
        roi: percentilesSchema.nullable(),
        noWorkflowShare: z.number(),
        cumulative: z.strictObject({ p10: seriesSchema, p50: seriesSchema, p90: seriesSchema }),
      }),
    )
    .readonly(),
  probabilityCheapest: z.array(z.strictObject({ id: z.string(), total: z.number(), costPerWorkflow: z.number() })).readonly(),
});

/**
 * A payload the worker built from input it validated itself, checked for shape only: parsing an
 * imported 10,000-item plan again would cost ~100 ms of the very thread the worker keeps free.
 */
function built<T>(what: string): z.ZodType<T> {
  return z.custom<T>((value) => typeof value === 'object' && value !== null, `must be ${what}`);
}

function outcome<T, E>(value: z.ZodType<T>, error: z.ZodType<E>): z.ZodType<Result<T, E>> {
  return z.union([z.strictObject({ ok: z.literal(true), value }), z.strictObject({ ok: z.literal(false), error })]);
}

const importFailureSchema: z.ZodType<ImportFailure> = z.strictObject({
  issues: z.array(z.strictObject({ path: z.string(), message: z.string() })).readonly(),
});

/** Why a quotes job read no quotes: the file was refused, or no sheet could be read. */
export interface QuotesProblem {
  readonly kind: FileRefusal['kind'] | QuoteImportError['kind'];
  /** One line for the user, starting with the file or sheet name. */
  readonly message: string;
}

const QUOTES_PROBLEMS = ['not-found', 'too-large', 'xls', 'encrypted', 'corrupt-zip', 'not-a-workbook', 'zip-bomb', 'not-a-spreadsheet', 'unreadable', 'no-such-sheet', 'no-header', 'bad-map'] as const;
type Unlisted = Exclude<QuotesProblem['kind'], (typeof QUOTES_PROBLEMS)[number]>;
// Fails to compile when a refusal or quote error kind is added without being listed above.
const everyProblemListed: [Unlisted] extends [never] ? true : Unlisted = true;
void everyProblemListed;

const quotesProblemSchema: z.ZodType<QuotesProblem> = z.strictObject({ kind: z.enum(QUOTES_PROBLEMS), message: z.string() });

/** What each kind of job gives back; expected failures (a refused file, a sheet without a header) are values in `outcome`. */
export const jobResultSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('monteCarlo'), result: monteCarloResultSchema }),
  z.strictObject({ kind: z.literal('exportWorkbook'), path: z.string() }),
  z.strictObject({ kind: z.literal('importWorkbook'), outcome: outcome(built<Plan>('a plan'), importFailureSchema) }),
  z.strictObject({ kind: z.literal('parseQuotes'), outcome: outcome(built<QuoteImport>('quotes'), quotesProblemSchema) }),
]);

/** The result of a job of any kind. */
export type JobResult = z.output<typeof jobResultSchema>;
/** The result of a job of kind `K`. */
export type JobResultOf<K extends JobKind> = Extract<JobResult, { kind: K }>;

/** What a job is doing: `phase`, and `done` of `total` units of it (trials for Monte Carlo, steps otherwise). */
export const JOB_PHASES = ['trials', 'checking', 'reading', 'parsing', 'writing'] as const;
export type JobPhase = (typeof JOB_PHASES)[number];

/** Messages main sends a worker: run a job, or cancel one. */
export const toWorkerSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('run'), jobId, request: jobRequestSchema }),
  z.strictObject({ type: z.literal('cancel'), jobId }),
]);
export type ToWorker = z.input<typeof toWorkerSchema>;

/** Messages a worker sends main: progress of a job, then exactly one of done, failed or cancelled. */
export const fromWorkerSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('progress'), jobId, done: z.number().min(0), total: z.number().min(0), phase: z.enum(JOB_PHASES) }),
  z.strictObject({ type: z.literal('done'), jobId, result: jobResultSchema }),
  z.strictObject({ type: z.literal('failed'), jobId, error: z.strictObject({ message: z.string() }) }),
  z.strictObject({ type: z.literal('cancelled'), jobId }),
]);
export type FromWorker = z.output<typeof fromWorkerSchema>;

/** Progress of a job as the caller sees it. */
export type JobProgress = Omit<Extract<FromWorker, { type: 'progress' }>, 'type' | 'jobId'>;

/** Issues named in a validation message; a plan broken everywhere would otherwise make a line of thousands. */
const ISSUES_SHOWN = 5;

/** A validation error on one line: `trials: must be at least 1; path: must be an absolute path`. */
export function describeIssues(error: z.ZodError): string {
  const shown = error.issues.slice(0, ISSUES_SHOWN).map((issue) => `${jsonPath(issue.path)}: ${issue.message}`);
  const more = error.issues.length - shown.length;
  return more > 0 ? `${shown.join('; ')}; and ${more} more` : shown.join('; ');
}
