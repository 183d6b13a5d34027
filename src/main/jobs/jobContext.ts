import type { JobPhase } from './jobTypes';

/** What a job may do besides its work: report progress, and learn whether it has been cancelled. */
export interface JobContext {
  /** Reports `done` of `total` units of `phase`. */
  progress(done: number, total: number, phase: JobPhase): void;
  /** Lets messages in (a cancel among them), then throws {@link JobCancelled} if the job was cancelled. */
  checkpoint(): Promise<void>;
}

/** Thrown by {@link JobContext.checkpoint} to unwind a cancelled job; the worker answers 'cancelled'. */
export class JobCancelled extends Error {
  constructor() {
    super('cancelled');
    this.name = 'JobCancelled';
  }
}

/** Resolves after the event loop has run once, so messages waiting for this thread are delivered. */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
