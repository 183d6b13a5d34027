import type { JobContext } from './jobContext';
import type { JobKind, JobRequest, JobResult, JobResultOf } from './jobTypes';

/** A job's result and the buffers to transfer with it rather than copy. */
export interface JobOutput<R extends JobResult = JobResult> {
  readonly result: R;
  readonly transfer: readonly ArrayBuffer[];
}

type Handlers = { readonly [K in JobKind]: (request: Extract<JobRequest, { kind: K }>, context: JobContext) => Promise<JobOutput<JobResultOf<K>>> };

/**
 * One handler per kind: adding a kind to the request schema without a handler fails to compile.
 * Each is loaded on first use, so a worker that only runs Monte Carlo never loads exceljs.
 */
const HANDLERS: Handlers = {
  monteCarlo: async (request, context) => (await import('./monteCarloJob')).monteCarloJob(request, context),
  exportWorkbook: async (request, context) => (await import('./workbookJobs')).exportWorkbookJob(request, context),
  importWorkbook: async (request, context) => (await import('./workbookJobs')).importWorkbookJob(request, context),
  parseQuotes: async (request, context) => (await import('./quotesJob')).parseQuotesJob(request, context),
};

/** Runs a validated job in this thread; throws JobCancelled when cancelled, and whatever the job throws. */
export function runJob(request: JobRequest, context: JobContext): Promise<JobOutput> {
  const handler = HANDLERS[request.kind] as (request: JobRequest, context: JobContext) => Promise<JobOutput>;
  return handler(request, context);
}
