/**
 * The jobs each page has running, by the id the page gave them: a page cancels its own jobs by
 * id, and when its window closes every job it started is cancelled, so an import finishing late
 * opens no document nobody shows and a long Monte Carlo stops using the worker.
 */
export interface PageJobs {
  /** Registers job `jobId` of page `owner`; undefined when that page already runs a job of that id. */
  start(owner: string, jobId: string): AbortController | undefined;
  /** Forgets an ended job. */
  end(owner: string, jobId: string): void;
  cancel(owner: string, jobId: string): void;
  cancelOwnedBy(owner: string): void;
}

export function createPageJobs(): PageJobs {
  const pages = new Map<string, Map<string, AbortController>>();
  return {
    start(owner, jobId) {
      const jobs = pages.get(owner) ?? new Map<string, AbortController>();
      if (jobs.has(jobId)) return undefined;
      const controller = new AbortController();
      jobs.set(jobId, controller);
      pages.set(owner, jobs);
      return controller;
    },
    end(owner, jobId) {
      const jobs = pages.get(owner);
      jobs?.delete(jobId);
      if (jobs?.size === 0) pages.delete(owner);
    },
    cancel(owner, jobId) {
      pages.get(owner)?.get(jobId)?.abort();
    },
    cancelOwnedBy(owner) {
      for (const controller of pages.get(owner)?.values() ?? []) controller.abort();
    },
  };
}
