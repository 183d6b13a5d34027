import { basename } from 'node:path';
import type { ResponseOf } from '#shared/ipc/channels';
import type { IpcError, IpcResult } from '#shared/ipc/contract';
import type { EventPayloadOf } from '#shared/ipc/events';
import { MAX_MONTE_CARLO_TRIALS, monteCarloDto, type QuoteFieldDto, type QuoteImportDto } from '#shared/ipc/jobChannels';
import type { PlanIssue } from '#shared/model';
import { err, ok } from '#shared/result';
import type { Dialogs } from '../../document/dialogs';
import type { Workspace } from '../../document/workspace';
import type { JobError, JobRunner, RunOptions } from '../../jobs/jobRunner';
import type { PageJobs } from '../../jobs/pageJobs';
import type { MAX_TRIALS } from '../../jobs/jobTypes';
import type { QuoteField } from '../../quotes/columns';
import type { MappingMemory } from '../../quotes/mappingMemory';
import { settleMappingMemory } from '../../quotes/mappingRecall';
import type { QuoteImport } from '../../quotes/parseQuotes';
import type { DomainHandlers, Sender } from '../router';

// The shared contract mirrors main's types, which it may not import: these fail to compile when either side drifts.
const sameTrialLimit: typeof MAX_TRIALS = MAX_MONTE_CARLO_TRIALS;
const sameQuoteFields: [QuoteField, QuoteFieldDto] extends [QuoteFieldDto, QuoteField] ? true : never = true;
const quotesFitTheContract: Omit<QuoteImport, 'formats'> extends QuoteImportDto ? true : never = true;
void [sameTrialLimit, sameQuoteFields, quotesFitTheContract];

/** What the job handlers need: the open documents, the file dialogs, the worker that runs jobs, and the column mappings users set for quote sheets. */
export interface JobHandlersHost {
  readonly workspace: Workspace;
  readonly dialogs: Dialogs;
  readonly runner: JobRunner;
  /** Which page runs which job; main cancels a closed window's jobs through it. */
  readonly pageJobs: PageJobs;
  readonly mappings: MappingMemory;
}

/**
 * The least time between two progress events of one job: 20 a second is as often as a progress
 * bar is worth repainting, where a 1,000,000-trial run reports 4,000 slices.
 */
const PROGRESS_INTERVAL_MS = 50;

/** Issues named in a refused import's message, as Open names them. */
const ISSUES_SHOWN = 5;

type Progress = EventPayloadOf<'job:progress'>;

/**
 * Sends a job's progress to the page that started it, at most one event per interval; a report
 * held back is sent with the next one due or when the job ends, and the last (done = total) at once.
 */
function progressReporter(sender: Sender, jobId: string): { readonly report: NonNullable<RunOptions['onProgress']>; flush(): void } {
  let sentAt = Number.NEGATIVE_INFINITY;
  let held: Progress | undefined;
  const send = (progress: Progress): void => {
    held = undefined;
    sentAt = performance.now();
    sender.emit?.('job:progress', progress);
  };
  return {
    report: (progress) => {
      const event = { jobId, ...progress };
      if (progress.done >= progress.total || performance.now() - sentAt >= PROGRESS_INTERVAL_MS) send(event);
      else held = event;
    },
    flush: () => {
      if (held) send(held);
    },
  };
}

/** A job that gave no result: a cancel is an answer, anything else an error value with the worker's one-line reason. */
function unfinished(error: JobError, failed: IpcError['code'] = 'failed'): IpcResult<{ status: 'cancelled' }> {
  if (error.kind === 'cancelled') return ok({ status: 'cancelled' });
  return err({ code: error.kind === 'invalid' ? 'invalid-request' : error.kind === 'failed' ? failed : 'failed', message: error.message });
}

/** A refused import on one line: each issue's message already starts with the file or the cell (`Assumptions!F12: …`). */
function refusal(issues: readonly PlanIssue[]): IpcResult<never> {
  const shown = issues.slice(0, ISSUES_SHOWN).map((issue) => issue.message);
  const more = issues.length > ISSUES_SHOWN ? `; and ${issues.length - ISSUES_SHOWN} more` : '';
  return err({ code: 'file-refused', message: `${shown.join('; ')}${more}` });
}

/** The name the Export dialog offers: the plan file's name with .xlsx (`Budget.leadsheet` → `Budget.xlsx`, a new plan `Untitled.xlsx`). */
function workbookName(planName: string): string {
  return `${planName.replace(/\.(leadsheet|json)$/i, '')}.xlsx`;
}

/** Excel opens a workbook only by its extension, so a name typed without .xlsx gets it. */
function withWorkbookExtension(path: string): string {
  return /\.xlsx$/i.test(path) ? path : `${path}.xlsx`;
}

/**
 * Monte Carlo, workbook export and import, and vendor quotes, run in the worker with throttled
 * `job:progress` events to the page that asked; `job:cancel` aborts a job by the id its page gave it.
 */
export function jobHandlers({ workspace, dialogs, runner, pageJobs, mappings }: JobHandlersHost): DomainHandlers {
  // Jobs are kept by page and id: two pages may pick the same id, and one page cannot cancel another's job.
  const ownerOf = (sender: Sender): string => sender.key ?? '';

  /**
   * Runs `work` as job `jobId`. It is registered before the first await, so a cancel sent right
   * after the call finds it, even while its dialog is open.
   */
  async function track<T>(sender: Sender, jobId: string, work: (options: RunOptions & { readonly signal: AbortSignal }) => Promise<IpcResult<T>>): Promise<IpcResult<T>> {
    const controller = pageJobs.start(ownerOf(sender), jobId);
    if (!controller) return err({ code: 'invalid-request', message: `a job '${jobId}' is already running` });
    const progress = progressReporter(sender, jobId);
    try {
      return await work({ signal: controller.signal, onProgress: progress.report });
    } finally {
      pageJobs.end(ownerOf(sender), jobId);
      if (!controller.signal.aborted) progress.flush();
    }
  }

  return {
    'job:monteCarlo': ({ jobId, documentId, trials, seed }, sender) =>
      track<ResponseOf<'job:monteCarlo'>>(sender, jobId, async (job) => {
        const plan = workspace.plan(documentId);
        if (!plan.ok) return plan;
        const run = await runner.run({ kind: 'monteCarlo', plan: plan.value, trials, seed }, job);
        return run.ok ? ok({ status: 'done', ...monteCarloDto(run.value.result) }) : unfinished(run.error);
      }),
    'job:exportWorkbook': ({ jobId, documentId }, sender) =>
      track<ResponseOf<'job:exportWorkbook'>>(sender, jobId, async (job) => {
        // The plan as it is when the user chose Export, not after edits made while the dialog was open.
        const plan = workspace.plan(documentId);
        if (!plan.ok) return plan;
        const file = workspace.status(documentId);
        if (!file.ok) return file;
        const chosen = await dialogs.saveWorkbook(workbookName(file.value.name));
        if (chosen === null) return ok({ status: 'cancelled' });
        const run = await runner.run({ kind: 'exportWorkbook', plan: plan.value, path: withWorkbookExtension(chosen) }, job);
        // A folder that cannot take the file is the user's to fix, like a failed Save.
        return run.ok ? ok({ status: 'exported', path: run.value.path }) : unfinished(run.error, 'file-error');
      }),
    'job:importWorkbook': ({ jobId, documentId, path }, sender) =>
      track<ResponseOf<'job:importWorkbook'>>(sender, jobId, async (job) => {
        const chosen = path ?? (await dialogs.openSpreadsheet('workbook'));
        if (chosen === null) return ok({ status: 'cancelled' });
        const run = await runner.run({ kind: 'importWorkbook', path: chosen }, job);
        if (!run.ok) return unfinished(run.error);
        if (!run.value.outcome.ok) return refusal(run.value.outcome.error.issues);
        // A cancel that arrived as the import finished still stops a document the user no longer wants from opening.
        if (job.signal.aborted) return ok({ status: 'cancelled' });
        return ok(workspace.importPlan(run.value.outcome.value, documentId, sender.key));
      }),
    'job:parseQuotes': ({ jobId, path, sheet, map, forget }, sender) =>
      track<ResponseOf<'job:parseQuotes'>>(sender, jobId, async (job) => {
        const chosen = path ?? (await dialogs.openSpreadsheet('quotes'));
        if (chosen === null) return ok({ status: 'cancelled' });
        const request = map !== undefined ? 'remember' : forget ? 'forget' : 'recall';
        const known = request === 'recall' ? await mappings.list() : [];
        const remembered = known.map(({ headers, map: set }) => ({ headers, map: set }));
        const run = await runner.run({ kind: 'parseQuotes', path: chosen, ...(sheet === undefined ? {} : { sheet }), ...(map === undefined ? {} : { map }), remembered }, job);
        if (!run.ok) return unfinished(run.error);
        const { outcome } = run.value;
        if (!outcome.ok) return err({ code: 'file-refused', message: outcome.error.message });
        // The sheets' formats stay in main: the memory uses them, the page does not.
        const { formats, ...read } = outcome.value;
        const memory = await settleMappingMemory(mappings, request, outcome.value, basename(chosen), known);
        return ok({ status: 'parsed', path: chosen, name: basename(chosen), ...read, notices: [...read.notices, ...memory.notices], remembered: memory.remembered });
      }),
    'job:cancel': ({ jobId }, sender) => {
      pageJobs.cancel(ownerOf(sender), jobId);
      return ok({});
    },
  };
}
