import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { parsePlanText, serializePlan } from '#shared/model';
import { removeStaleTemporaries, TEMP_SUFFIX } from '#main/storage/atomicWrite';
import { helperScript, startTsChild, storageFolder } from '#test/helpers/storageProcess';
import { largePlan } from '#test/helpers/storagePlans';

const RUNS = 50;
/** Runs past 50 continue, with the same seeded delays, until 5 kills have landed mid-write: a loaded machine writes faster than the kills arrive. */
const MAX_RUNS = 200;
const MID_WRITE = 5;
const PARALLEL = 2;
const SEED = 20261122;
/** Several MB, so one save (write, fsync, rename) takes tens of milliseconds and a kill often lands inside it. */
const PLAN_BYTES = 4_000_000;
/** Long enough for several saves to run before the kill. */
const MAX_DELAY_MS = 250;

/** mulberry32: a small seeded generator, so a failing run can be replayed with the same kill times. */
function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface RunOutcome {
  readonly run: number;
  readonly delayMs: number;
  readonly content: 'old' | 'new' | 'other';
  readonly parsesToSamePlan: boolean;
  readonly temporariesLeft: readonly string[];
  readonly removed: readonly string[];
  readonly leftAfterCleanup: readonly string[];
  readonly signal: NodeJS.Signals | null;
  readonly saves: number;
}

const folders: string[] = [];
afterAll(() => folders.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('a save killed at a random moment', () => {
  const oldPlan = largePlan(PLAN_BYTES, 'old');
  const newPlan = largePlan(PLAN_BYTES, 'new');
  const oldText = serializePlan(oldPlan);
  const newText = serializePlan(newPlan);

  async function killedRun(run: number, delayMs: number): Promise<RunOutcome> {
    const dir = storageFolder();
    folders.push(dir);
    const file = join(dir, 'plan.leadsheet');
    writeFileSync(file, oldText);
    const child = startTsChild(helperScript('storageSaveChild.ts'), [file, String(PLAN_BYTES)]);
    await child.untilLine('ready');
    await new Promise((resolve) => setTimeout(resolve, delayMs));
    child.process.kill('SIGKILL');
    const exit = await child.exited;
    const text = readFileSync(file, 'utf8');
    const content = text === oldText ? 'old' : text === newText ? 'new' : 'other';
    const parsed = parsePlanText(text);
    const parsesToSamePlan = parsed.ok && isDeepStrictEqual(parsed.value, content === 'old' ? oldPlan : newPlan);
    const temporariesLeft = readdirSync(dir).filter((n) => n.endsWith(TEMP_SUFFIX));
    const removed = await removeStaleTemporaries(dir);
    const saves = exit.stdout.split('\n').filter((l) => l.startsWith('saved ')).length;
    return { run, delayMs, content, parsesToSamePlan, temporariesLeft, removed, leftAfterCleanup: readdirSync(dir), signal: exit.signal, saves };
  }

  it(`leaves the file equal to the old or the new plan in every run (at least ${RUNS}), and its leftovers are cleaned at start`, async () => {
    const random = seededRandom(SEED);
    const delays = Array.from({ length: MAX_RUNS }, () => Math.floor(random() * MAX_DELAY_MS));
    const outcomes: RunOutcome[] = [];
    let next = 0;
    const midWrite = (): number => outcomes.filter((o) => o.temporariesLeft.length > 0).length;
    const worker = async (): Promise<void> => {
      while (next < RUNS || (midWrite() < MID_WRITE && next < MAX_RUNS)) {
        const run = next++;
        outcomes.push(await killedRun(run, delays[run]!));
      }
    };
    await Promise.all(Array.from({ length: PARALLEL }, worker));

    const summary = `seed ${SEED}: ${outcomes.filter((o) => o.content === 'old').length} old, ${outcomes.filter((o) => o.content === 'new').length} new, ${outcomes.filter((o) => o.temporariesLeft.length > 0).length} killed mid-write`;
    for (const o of outcomes) {
      expect(o.signal, `run ${o.run}: the child ended by itself (${summary})`).toBe('SIGKILL');
      expect(o.content, `run ${o.run} (delay ${o.delayMs} ms, ${o.saves} saves): file is neither plan (${summary})`).not.toBe('other');
      expect(o.parsesToSamePlan, `run ${o.run}`).toBe(true);
      expect(o.removed, `run ${o.run}`).toEqual(o.temporariesLeft);
      expect(o.leftAfterCleanup, `run ${o.run}`).toEqual(['plan.leadsheet']);
    }
    // Proof the kills hit saves in progress, not only the gaps between them: some runs left a half-written temporary.
    expect(midWrite(), summary).toBeGreaterThanOrEqual(MID_WRITE);
    expect(outcomes.some((o) => o.content === 'old') && outcomes.some((o) => o.content === 'new'), summary).toBe(true);
  }, 400_000);
});
