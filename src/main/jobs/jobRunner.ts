import type { Worker } from 'node:worker_threads';
import { err, ok, type Result } from '#shared/result';
import { describeIssues, fromWorkerSchema, jobRequestSchema, type JobProgress, type JobRequest, type JobRequestInput, type JobResult, type JobResultOf, type ToWorker } from './jobTypes';
import { oneLine } from './oneLine';
import { startWorker } from './startWorker';

/** Why a job gave no result: refused before it started, cancelled, failed with a reason, or its worker stopped under it. */
export interface JobError {
  readonly kind: 'invalid' | 'cancelled' | 'failed' | 'crashed';
  /** One line for the user. */
  readonly message: string;
}

/** How a runner starts its workers. */
export interface JobRunnerOptions {
  /** The worker's entry: worker.ts beside this file by default; a built app passes its bundled .js. */
  readonly workerUrl?: URL;
  /** Workers that run jobs at once; further jobs wait their turn. A whole number, 1 by default. */
  readonly maxWorkers?: number;
  /** Milliseconds a cancelled job has to stop before its worker is ended; 2,000 by default. */
  readonly cancelGraceMs?: number;
}

/** What a caller hears of a running job, and how it cancels it. */
export interface RunOptions {
  /** Called with each progress report until the job ends or is cancelled. */
  readonly onProgress?: (progress: JobProgress) => void;
  /**
   * Aborting cancels the job: it resolves as 'cancelled' once the worker stops it, or when its
   * grace period ends and the worker is ended. A job that finishes before the cancel reaches it
   * resolves with its result: the work was done (an exported file is in place).
   */
  readonly signal?: AbortSignal;
}

/** Runs jobs in long-lived worker threads, so the thread that calls it stays free. */
export interface JobRunner {
  /** Validates `request`, runs it in a worker and resolves with its result; never rejects. */
  run<R extends JobRequestInput>(request: R, options?: RunOptions): Promise<Result<JobResultOf<R['kind']>, JobError>>;
  /** Ends every worker; jobs still waiting or running resolve as 'cancelled'. */
  dispose(): Promise<void>;
}

interface Job {
  readonly id: number;
  readonly request: JobRequest;
  readonly options: RunOptions;
  readonly settle: (result: Result<JobResult, JobError>) => void;
  aborted: boolean;
}

interface Slot {
  worker: Worker | undefined;
  job: Job | undefined;
  /** The error a worker reported before it exited, for the 'crashed' message. */
  crash: string | undefined;
}

const DEFAULT_WORKER_URL = new URL('./worker.ts', import.meta.url);
const CANCEL_GRACE_MS = 2_000;

const workersOfRunner = new WeakMap<JobRunner, () => readonly Worker[]>();

/** The workers a runner has running now: for tests that end one to see a crash handled, and for diagnostics. */
export function workersOf(runner: JobRunner): readonly Worker[] {
  return workersOfRunner.get(runner)?.() ?? [];
}

/** A runner of jobs in worker threads: one worker (by default) started on the first job, reused, and started again after a crash. */
export function createJobRunner({ workerUrl = DEFAULT_WORKER_URL, maxWorkers = 1, cancelGraceMs = CANCEL_GRACE_MS }: JobRunnerOptions = {}): JobRunner {
  if (!Number.isInteger(maxWorkers) || maxWorkers < 1) throw new RangeError(`maxWorkers must be a whole number from 1, got ${maxWorkers}`);
  const slots: Slot[] = Array.from({ length: maxWorkers }, () => ({ worker: undefined, job: undefined, crash: undefined }));
  const queue: Job[] = [];
  let nextId = 0;
  let disposed = false;

  /** Ends a slot's worker on purpose: its exit is then no crash, and the next job starts another. */
  function end(slot: Slot): void {
    const worker = slot.worker;
    slot.worker = undefined;
    slot.job = undefined;
    slot.crash = undefined;
    void worker?.terminate();
  }

  function finish(slot: Slot, result: Result<JobResult, JobError>): void {
    const job = slot.job;
    slot.job = undefined;
    // An idle worker must not keep a command-line process alive.
    slot.worker?.unref();
    job?.settle(result);
    pump();
  }

  function onMessage(slot: Slot, worker: Worker, raw: unknown): void {
    if (slot.worker !== worker || !slot.job) return;
    const job = slot.job;
    const parsed = fromWorkerSchema.safeParse(raw);
    if (!parsed.success) {
      end(slot);
      job.settle(err({ kind: 'failed', message: `the worker sent a message that is not understood (${describeIssues(parsed.error)})` }));
      pump();
      return;
    }
    const message = parsed.data;
    if (message.jobId !== job.id) return;
    switch (message.type) {
      case 'progress':
        if (!job.aborted) job.options.onProgress?.({ done: message.done, total: message.total, phase: message.phase });
        return;
      case 'done':
        return finish(slot, ok(message.result));
      case 'failed':
        return finish(slot, err({ kind: 'failed', message: message.error.message }));
      case 'cancelled':
        return finish(slot, err({ kind: 'cancelled', message: 'cancelled' }));
    }
  }

  function onExit(slot: Slot, worker: Worker, code: number): void {
    if (slot.worker !== worker) return;
    const job = slot.job;
    const reason = slot.crash ?? `exit code ${code}`;
    slot.worker = undefined;
    slot.job = undefined;
    slot.crash = undefined;
    job?.settle(err({ kind: 'crashed', message: `the worker stopped unexpectedly (${reason})` }));
    pump();
  }

  function spawn(slot: Slot): Worker {
    const worker = startWorker(workerUrl);
    worker.on('message', (raw: unknown) => onMessage(slot, worker, raw));
    worker.on('error', (error) => {
      if (slot.worker === worker) slot.crash = oneLine(error);
    });
    worker.on('messageerror', (error) => {
      if (slot.worker === worker) slot.crash = `a message could not be read: ${oneLine(error)}`;
    });
    worker.on('exit', (code) => onExit(slot, worker, code));
    return worker;
  }

  function pump(): void {
    for (const slot of slots) {
      if (slot.job || disposed) continue;
      const job = queue.shift();
      if (!job) return;
      slot.job = job;
      const worker = (slot.worker ??= spawn(slot));
      worker.ref();
      try {
        worker.postMessage({ type: 'run', jobId: job.id, request: job.request } satisfies ToWorker);
      } catch (error) {
        finish(slot, err({ kind: 'failed', message: `the job could not be sent to the worker (${oneLine(error)})` }));
      }
    }
  }

  function cancel(job: Job): void {
    job.aborted = true;
    const waiting = queue.indexOf(job);
    if (waiting >= 0) {
      queue.splice(waiting, 1);
      job.settle(err({ kind: 'cancelled', message: 'cancelled' }));
      return;
    }
    const slot = slots.find((s) => s.job === job);
    if (!slot?.worker) return;
    slot.worker.postMessage({ type: 'cancel', jobId: job.id } satisfies ToWorker);
    const worker = slot.worker;
    // A job busy in one long step (an export, a big import) cannot stop between slices: end its worker.
    setTimeout(() => {
      if (slot.job !== job || slot.worker !== worker) return;
      end(slot);
      job.settle(err({ kind: 'cancelled', message: 'cancelled' }));
      pump();
    }, cancelGraceMs).unref();
  }

  const runner: JobRunner = {
    run<R extends JobRequestInput>(request: R, options: RunOptions = {}): Promise<Result<JobResultOf<R['kind']>, JobError>> {
      type Answer = Result<JobResultOf<R['kind']>, JobError>;
      if (disposed) return Promise.resolve(err({ kind: 'failed', message: 'the job runner has been disposed' }));
      const parsed = jobRequestSchema.safeParse(request);
      if (!parsed.success) {
        const kind = (request as { kind?: unknown } | null)?.kind;
        return Promise.resolve(err({ kind: 'invalid', message: `invalid ${typeof kind === 'string' ? kind : 'job'} request: ${describeIssues(parsed.error)}` }));
      }
      const { signal } = options;
      if (signal?.aborted) return Promise.resolve(err({ kind: 'cancelled', message: 'cancelled' }));
      return new Promise<Answer>((resolve) => {
        const onAbort = (): void => cancel(job);
        let settled = false;
        const job: Job = {
          id: nextId++,
          request: parsed.data,
          options,
          aborted: false,
          settle: (result) => {
            if (settled) return;
            settled = true;
            signal?.removeEventListener('abort', onAbort);
            // The worker answers a job with the result of the job's own kind.
            resolve(result as Answer);
          },
        };
        signal?.addEventListener('abort', onAbort, { once: true });
        queue.push(job);
        pump();
      });
    },

    async dispose() {
      disposed = true;
      const stopped = err({ kind: 'cancelled' as const, message: 'the job runner was disposed' });
      for (const job of queue.splice(0)) job.settle(stopped);
      const workers = slots.flatMap((slot) => {
        const { worker, job } = slot;
        slot.worker = undefined;
        slot.job = undefined;
        job?.settle(stopped);
        return worker ? [worker] : [];
      });
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
  workersOfRunner.set(runner, () => slots.flatMap((s) => (s.worker ? [s.worker] : [])));
  return runner;
}
