import { useEffect, useState } from 'react';
import type { IpcResult } from '../../../shared/ipc/contract';

/** What a query for results beyond the summary holds: the latest answer (kept while the next loads), or why it failed. */
export interface QueryState<T> {
  readonly data: T | null;
  readonly error: string | null;
  readonly loading: boolean;
}

/**
 * Asks main for something the summary does not carry (timelines, sensitivity) whenever `deps`
 * change (the summary after each edit), waiting `delayMs` so a burst of edits asks once; an
 * answer that arrives after newer deps is dropped.
 */
export function useSummaryQuery<T>(fetcher: (() => Promise<IpcResult<T>>) | null, deps: readonly unknown[], delayMs: number): QueryState<T> {
  const [state, setState] = useState<QueryState<T>>({ data: null, error: null, loading: fetcher !== null });
  useEffect(() => {
    if (!fetcher) return;
    let current = true;
    setState((s) => ({ ...s, loading: true }));
    const timer = setTimeout(() => {
      fetcher().then(
        (answer) => {
          if (current) setState(answer.ok ? { data: answer.value, error: null, loading: false } : { data: null, error: answer.error.message, loading: false });
        },
        (error: unknown) => {
          if (current) setState({ data: null, error: error instanceof Error ? error.message : String(error), loading: false });
        },
      );
    }, delayMs);
    return () => {
      current = false;
      clearTimeout(timer);
    };
    // The caller names what the query depends on; the fetcher is a new closure on every render.
  }, deps);
  return state;
}
