import type { Plan } from '#shared/model';
import { defaultPlan } from '#shared/templates';
import { startHarness } from '../test/harness/server';
import { fmt, summarise, type BenchReport } from './measure';
import { stressPlan } from './plans';

const GOALS = { defaultP95: 10, stressP95: 150 } as const;

/** The plan with its first retainer's monthly fee set to `fee`, as the renderer's store would make it. */
function withFee(plan: Plan, fee: number): Plan {
  const s = plan.scenarios.findIndex((scenario) => scenario.items.some((item) => item.kind === 'retainer'));
  const scenario = plan.scenarios[s] as Plan['scenarios'][number];
  const i = scenario.items.findIndex((item) => item.kind === 'retainer');
  const items = scenario.items.slice();
  items[i] = { ...(items[i] as Extract<Plan['scenarios'][number]['items'][number], { kind: 'retainer' }>), monthlyFee: fee };
  const scenarios = plan.scenarios.slice();
  scenarios[s] = { ...scenario, items };
  return { ...plan, scenarios };
}

/** Edits one fee and waits for every result, through the harness over HTTP; ms per round trip. */
async function roundTrips(url: string, plan: Plan, runs: number): Promise<number[]> {
  const samples: number[] = [];
  for (let k = 0; k < runs; k++) {
    const edited = withFee(plan, 1000 + k);
    const t0 = performance.now();
    const response = await fetch(`${url}/ipc/plan:calculate`, { method: 'POST', headers: { origin: url, 'content-type': 'application/json' }, body: JSON.stringify({ plan: edited }) });
    const answer = (await response.json()) as { ok: boolean };
    if (!answer.ok) throw new Error('plan:calculate failed in the bench');
    samples.push(performance.now() - t0);
  }
  return samples;
}

/** One fee edited, results back, through the same router the app registers (over HTTP on loopback). */
export async function ipcBench(): Promise<BenchReport> {
  const harness = await startHarness();
  try {
    const small = defaultPlan('2027-01');
    await roundTrips(harness.url, small, 20);
    const defaults = summarise(await roundTrips(harness.url, small, 200));
    const big = stressPlan();
    await roundTrips(harness.url, big, 1);
    const stress = summarise(await roundTrips(harness.url, big, 5));
    return {
      title: '7. IPC round trip: one fee edited → every result back, through the harness (HTTP on loopback)',
      header: ['plan', 'p50 ms', 'p95 ms', 'runs'],
      rows: [
        ['default plan (3 scenarios, 36 months)', fmt(defaults.median, 2), fmt(defaults.p95, 2), '200'],
        ['stress plan (50 × 200 × 240)', fmt(stress.median, 0), fmt(stress.p95, 0), '5'],
      ],
      notes: [
        'today the renderer sends the whole plan and receives every result (plan:calculate); the stress plan answers 2.4 million numbers as JSON,',
        'which is why the next slice keeps the document in main and exchanges patches and the rows a view shows (docs/architecture.md)',
      ],
      goals: [
        { target: `default plan round trip p95 < ${GOALS.defaultP95} ms`, value: defaults.p95, digits: 2, unit: ' ms', met: defaults.p95 < GOALS.defaultP95 },
        { target: `stress plan round trip p95 < ${GOALS.stressP95} ms`, value: stress.p95, digits: 0, unit: ' ms', met: stress.p95 < GOALS.stressP95 },
      ],
    };
  } finally {
    await harness.close();
  }
}
