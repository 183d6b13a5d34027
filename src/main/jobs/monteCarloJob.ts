import { startMonteCarlo, type MonteCarloResult } from '#shared/calc';
import type { JobContext } from './jobContext';
import type { JobRequest, JobResultOf } from './jobTypes';
import type { JobOutput } from './runJob';

/** Trials per slice: a few milliseconds of work on a typical plan, so a cancel waits no longer than that. */
export const TRIALS_PER_SLICE = 250;

/**
 * The result with every series copied into a buffer of its own, and those buffers listed for
 * transfer: series may be views into shared slabs (see seriesAllocator), and structured clone
 * would copy a view's whole slab.
 */
function detached(result: MonteCarloResult): { result: MonteCarloResult; transfer: ArrayBuffer[] } {
  const transfer: ArrayBuffer[] = [];
  const own = (series: Float64Array): Float64Array => {
    const copy = series.slice();
    transfer.push(copy.buffer);
    return copy;
  };
  const scenarios = result.scenarios.map((s) => ({ ...s, cumulative: { p10: own(s.cumulative.p10), p50: own(s.cumulative.p50), p90: own(s.cumulative.p90) } }));
  return { result: { ...result, scenarios }, transfer };
}

/** Runs the trials in slices, reporting progress after each and stopping between slices when cancelled. */
export async function monteCarloJob(request: Extract<JobRequest, { kind: 'monteCarlo' }>, context: JobContext): Promise<JobOutput<JobResultOf<'monteCarlo'>>> {
  const { plan, trials, seed } = request;
  const run = startMonteCarlo(plan, { trials, seed });
  for (let done = 0; done < trials; ) {
    done = run.step(TRIALS_PER_SLICE);
    context.progress(done, trials, 'trials');
    await context.checkpoint();
  }
  const { result, transfer } = detached(run.finish());
  return { result: { kind: 'monteCarlo', result }, transfer };
}
