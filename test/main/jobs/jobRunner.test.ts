import { afterAll, describe, expect, it } from 'vitest';
import { runMonteCarlo } from '#shared/calc';
import { defaultPlan } from '#shared/templates';
import { createJobRunner, workersOf } from '#main/jobs/jobRunner';
import type { JobProgress } from '#main/jobs/jobTypes';

const plan = defaultPlan('2027-01');
const runner = createJobRunner();
afterAll(() => runner.dispose());

/** The largest pause, in ms, between ticks of a 10 ms interval while `work` runs, and how many ticks there were. */
async function pausesDuring<T>(work: Promise<T>): Promise<{ value: T; maxGap: number; ticks: number }> {
  let last = performance.now();
  let maxGap = 0;
  let ticks = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    maxGap = Math.max(maxGap, now - last);
    last = now;
    ticks++;
  }, 10);
  try {
    return { value: await work, maxGap, ticks };
  } finally {
    clearInterval(timer);
  }
}

describe('running Monte Carlo in a worker', () => {
  it('gives exactly what runMonteCarlo gives for the same seed, with progress rising to the total', async () => {
    const progress: JobProgress[] = [];
    const result = await runner.run({ kind: 'monteCarlo', plan, trials: 5_000, seed: 42 }, { onProgress: (p) => progress.push(p) });

    expect(result.ok && result.value.result).toEqual(runMonteCarlo(plan, { trials: 5_000, seed: 42 }));
    expect(result.ok && result.value.result.scenarios[0]!.cumulative.p50).toBeInstanceOf(Float64Array);
    expect(progress.length).toBeGreaterThanOrEqual(10);
    expect(progress.every((p, i) => i === 0 || p.done > progress[i - 1]!.done)).toBe(true);
    expect(progress.at(-1)).toEqual({ done: 5_000, total: 5_000, phase: 'trials' });
  });

  it('stops a cancelled run between slices, well within the grace period, and keeps its worker for the next job', async () => {
    const controller = new AbortController();
    let abortedAt = 0;
    const result = await runner.run(
      { kind: 'monteCarlo', plan, trials: 100_000, seed: 7 },
      {
        signal: controller.signal,
        onProgress: ({ done }) => {
          if (done < 2_500 || controller.signal.aborted) return;
          abortedAt = performance.now();
          controller.abort();
        },
      },
    );
    const stoppedAfter = performance.now() - abortedAt;
    const worker = workersOf(runner)[0];

    expect(result).toEqual({ ok: false, error: { kind: 'cancelled', message: 'cancelled' } });
    expect(stoppedAfter).toBeLessThan(500);
    const next = await runner.run({ kind: 'monteCarlo', plan, trials: 500, seed: 7 });
    expect(next.ok && next.value.result).toEqual(runMonteCarlo(plan, { trials: 500, seed: 7 }));
    expect(workersOf(runner)[0]).toBe(worker);
  });

  it('keeps the calling thread responsive during a 200,000-trial run', async () => {
    await runner.run({ kind: 'monteCarlo', plan, trials: 250, seed: 1 });
    const { value, maxGap, ticks } = await pausesDuring(runner.run({ kind: 'monteCarlo', plan, trials: 200_000, seed: 1 }));

    expect(value.ok && value.value.result.trials).toBe(200_000);
    expect(ticks).toBeGreaterThan(10);
    expect(maxGap).toBeLessThan(250);
  });

  it('answers a job whose worker dies under it as crashed, and runs the next job in a new worker', async () => {
    let killed: unknown;
    const result = await runner.run(
      { kind: 'monteCarlo', plan, trials: 100_000, seed: 3 },
      {
        onProgress: () => {
          if (killed) return;
          killed = workersOf(runner)[0];
          void workersOf(runner)[0]!.terminate();
        },
      },
    );

    expect(result).toEqual({ ok: false, error: { kind: 'crashed', message: 'the worker stopped unexpectedly (exit code 1)' } });
    const next = await runner.run({ kind: 'monteCarlo', plan, trials: 500, seed: 3 });
    expect(next.ok && next.value.result).toEqual(runMonteCarlo(plan, { trials: 500, seed: 3 }));
    expect(workersOf(runner)[0]).not.toBe(killed);
  });

  it('cancels a job still waiting its turn without disturbing the one running', async () => {
    const controller = new AbortController();
    const running = runner.run({ kind: 'monteCarlo', plan, trials: 10_000, seed: 5 });
    const waiting = runner.run({ kind: 'monteCarlo', plan, trials: 10_000, seed: 6 }, { signal: controller.signal });
    controller.abort();

    expect(await waiting).toEqual({ ok: false, error: { kind: 'cancelled', message: 'cancelled' } });
    const finished = await running;
    expect(finished.ok && finished.value.result.trials).toBe(10_000);
  });
});

describe('refusing a request before it reaches a worker', () => {
  it('names what is wrong in one line and starts no worker', async () => {
    const fresh = createJobRunner();
    const result = await fresh.run({ kind: 'monteCarlo', plan, trials: 0, seed: -1 });

    expect(result).toEqual({ ok: false, error: { kind: 'invalid', message: 'invalid monteCarlo request: trials: must be at least 1; seed: must not be negative' } });
    expect(workersOf(fresh)).toHaveLength(0);
    await fresh.dispose();
  });

  it('names the field of the plan that is wrong', async () => {
    const broken = { ...plan, scenarios: [{ ...plan.scenarios[0]!, name: 42 }] };
    // @ts-expect-error a scenario's name is a string: the type refuses it, and so does the schema at run time
    const result = await runner.run({ kind: 'exportWorkbook', plan: broken, path: 'plan.xlsx' });

    expect(result.ok ? '' : result.error.message).toBe(
      'invalid exportWorkbook request: plan.scenarios[0].name: Invalid input: expected string, received number; path: must be an absolute path',
    );
  });

  it('refuses a kind of job it does not know', async () => {
    // @ts-expect-error not a kind of job
    const result = await runner.run({ kind: 'format disk' });
    expect(result).toMatchObject({ ok: false, error: { kind: 'invalid' } });
    expect(result.ok ? '' : result.error.message).toMatch(/^invalid format disk request: kind: /);
  });
});
