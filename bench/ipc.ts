import type { Plan } from '#shared/model';
import { defaultPlan } from '#shared/templates';
import { startHarness } from '../test/harness/server';
import { fmt, summarise, type BenchReport } from './measure';
import { stressPlan } from './plans';

const GOALS = { defaultP95: 10, stressP95: 150 } as const;

type Answer = { ok: boolean; value?: unknown; error?: { message: string } };

async function call(url: string, channel: string, request: unknown): Promise<Answer> {
  const response = await fetch(`${url}/ipc/${channel}`, { method: 'POST', headers: { origin: url, 'content-type': 'application/json' }, body: JSON.stringify(request) });
  return (await response.json()) as Answer;
}

/** The first retainer of the plan: the fee the round trip edits. */
function firstRetainer(plan: Plan): { scenarioId: string; itemId: string } {
  for (const scenario of plan.scenarios) for (const item of scenario.items) if (item.kind === 'retainer') return { scenarioId: scenario.id, itemId: item.id };
  throw new Error('the bench plan has no retainer');
}

/** Opens the plan as a document in main, then edits one fee and waits for the summary, `runs` times; ms each. */
async function roundTrips(url: string, plan: Plan, runs: number, warmup: number): Promise<number[]> {
  const opened = await call(url, 'document:open', { plan });
  if (!opened.ok) throw new Error(`document:open failed: ${opened.error?.message}`);
  const { documentId } = opened.value as { documentId: string };
  const target = firstRetainer(plan);
  const samples: number[] = [];
  for (let k = 0; k < warmup + runs; k++) {
    const t0 = performance.now();
    const answer = await call(url, 'document:edit', { documentId, edits: [{ ...target, field: 'monthlyFee', value: 1000 + k }] });
    if (!answer.ok) throw new Error(`document:edit failed: ${answer.error?.message}`);
    if (k >= warmup) samples.push(performance.now() - t0);
  }
  await call(url, 'document:close', { documentId });
  return samples;
}

/** One fee edited, the summary back, through the same router the app registers (HTTP on loopback). */
export async function ipcBench(): Promise<BenchReport> {
  const harness = await startHarness();
  try {
    const defaults = summarise(await roundTrips(harness.url, defaultPlan('2027-01'), 200, 20));
    const stress = summarise(await roundTrips(harness.url, stressPlan(), 100, 10));
    return {
      title: '7. IPC round trip: one fee edited → the summary back, through the harness (HTTP on loopback)',
      header: ['plan', 'p50 ms', 'p95 ms', 'runs'],
      rows: [
        ['default plan (3 scenarios, 36 months)', fmt(defaults.median, 2), fmt(defaults.p95, 2), '200'],
        ['stress plan (50 × 200 × 240)', fmt(stress.median, 2), fmt(stress.p95, 2), '100'],
      ],
      notes: [
        'the document lives in main: the renderer sends document:edit with the one input typed and gets every figure back (no month series);',
        'the round trip includes HTTP, zod on both sides, the patch, the memoised recalculation (base, low, high, crossovers) and the summary',
      ],
      goals: [
        { target: `default plan round trip p95 < ${GOALS.defaultP95} ms`, value: defaults.p95, digits: 2, unit: ' ms', met: defaults.p95 < GOALS.defaultP95 },
        { target: `stress plan round trip p95 < ${GOALS.stressP95} ms`, value: stress.p95, digits: 2, unit: ' ms', met: stress.p95 < GOALS.stressP95 },
      ],
    };
  } finally {
    await harness.close();
  }
}
