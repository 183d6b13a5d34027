import { create } from 'zustand';
import type { IpcResult } from '../../shared/ipc/contract';
import type { EventPayloadOf } from '../../shared/ipc/events';
import { api } from '../api';

/** Long work running in main's worker (Monte Carlo, export, import, quotes): what the progress bar shows. */
export interface RunningJob {
  readonly jobId: string;
  /** What it is doing, in words: "Running 10,000 Monte Carlo trials". */
  readonly label: string;
  readonly phase: EventPayloadOf<'job:progress'>['phase'] | 'starting';
  readonly done: number;
  readonly total: number;
}

export const useJobs = create<{ readonly running: readonly RunningJob[] }>(() => ({ running: [] }));

/** Progress events from main move the bar of their job; subscribe once per window. */
export function followJobProgress(): () => void {
  return api().onJobProgress((progress) =>
    useJobs.setState((state) => ({ running: state.running.map((job) => (job.jobId === progress.jobId ? { ...job, ...progress } : job)) })),
  );
}

/** Runs a job: the page names it so it can be cancelled before main answers; the bar shows until it ends. */
export async function runJob<T>(label: string, start: (jobId: string) => Promise<IpcResult<T>>): Promise<IpcResult<T>> {
  const jobId = crypto.randomUUID();
  useJobs.setState((state) => ({ running: [...state.running, { jobId, label, phase: 'starting', done: 0, total: 0 }] }));
  try {
    return await start(jobId);
  } finally {
    useJobs.setState((state) => ({ running: state.running.filter((job) => job.jobId !== jobId) }));
  }
}

/** Asks main to stop a job; it then answers its call as cancelled. */
export async function cancelJob(jobId: string): Promise<void> {
  await api().jobCancel({ jobId });
}
