import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Plan } from '#shared/model';
import { defaultPlan } from '#shared/templates';
import { parseQuoteSheets } from '#main/quotes/parseQuotes';
import { createJobRunner, workersOf } from '#main/jobs/jobRunner';
import type { JobProgress } from '#main/jobs/jobTypes';
import { everyKindPlan, planOf, retainer, scenario } from '#test/helpers/plans';
import { fixtureSheets, FIXTURES } from '#test/main/quotes/loadFixture';

const runner = createJobRunner();
afterAll(() => runner.dispose());

function temporaryPath(name: string): string {
  return join(mkdtempSync(join(tmpdir(), 'leadsheet-jobs-')), name);
}

/** A plan whose export takes the better part of a second: 30 scenarios of 40 retainers over 20 years. */
function slowToExport(): Plan {
  const items = Array.from({ length: 40 }, (_, i) => retainer({ id: `r${i}`, name: `Retainer ${i}` }));
  return planOf({ horizonMonths: 240 }, Array.from({ length: 30 }, (_, s) => scenario(`s${s}`, items)));
}

describe('export and import jobs', () => {
  for (const [name, plan] of [
    ['the default plan', defaultPlan('2027-01')],
    ['every kind, ranges, overrides and currencies', everyKindPlan()],
  ] as const) {
    it(`give back the same plan through a workbook: ${name}`, async () => {
      const path = temporaryPath('plan.xlsx');
      const progress: JobProgress[] = [];
      const exported = await runner.run({ kind: 'exportWorkbook', plan, path }, { onProgress: (p) => progress.push(p) });
      const imported = await runner.run({ kind: 'importWorkbook', path }, { onProgress: (p) => progress.push(p) });

      expect(exported).toEqual({ ok: true, value: { kind: 'exportWorkbook', path } });
      expect(imported).toEqual({ ok: true, value: { kind: 'importWorkbook', outcome: { ok: true, value: plan } } });
      expect(progress.map((p) => `${p.phase} ${p.done}/${p.total}`)).toEqual(['writing 0/1', 'writing 1/1', 'checking 0/3', 'reading 1/3', 'parsing 2/3', 'parsing 3/3']);
    });
  }

  it('answers a file import refuses as an outcome naming the file', async () => {
    const result = await runner.run({ kind: 'importWorkbook', path: join(FIXTURES, 'european.csv') });
    expect(result.ok && result.value.outcome).toEqual({
      ok: false,
      error: { issues: [{ path: '(file)', message: 'european.csv: is CSV, not a workbook Leadsheet exported; to read vendor quotes from it, import it as quotes' }] },
    });
  });

  it('fails an export into a folder that does not exist with a one-line reason, and the worker serves the next job', async () => {
    const path = join(tmpdir(), 'no-such-folder-for-leadsheet', 'plan.xlsx');
    const failed = await runner.run({ kind: 'exportWorkbook', plan: defaultPlan('2027-01'), path });

    expect(failed).toMatchObject({ ok: false, error: { kind: 'failed' } });
    expect(failed.ok ? '' : failed.error.message).toBe(`plan.xlsx: cannot be written in ${join(tmpdir(), 'no-such-folder-for-leadsheet')} (no such folder)`);
    const next = await runner.run({ kind: 'importWorkbook', path: join(FIXTURES, 'northwind-rate-card.xlsx') });
    expect(next.ok && !next.value.outcome.ok).toBe(true);
  });

  it('ends the worker of an export that outlasts its cancel grace period, leaving no workbook at the path', async () => {
    const impatient = createJobRunner({ cancelGraceMs: 50 });
    const path = temporaryPath('slow.xlsx');
    const controller = new AbortController();
    const started = performance.now();
    const result = await impatient.run(
      { kind: 'exportWorkbook', plan: slowToExport(), path },
      { signal: controller.signal, onProgress: () => setTimeout(() => controller.abort(), 100) },
    );

    expect(result).toEqual({ ok: false, error: { kind: 'cancelled', message: 'cancelled' } });
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(existsSync(path)).toBe(false);
    expect(workersOf(impatient)).toHaveLength(0);
    const next = await impatient.run({ kind: 'importWorkbook', path: join(FIXTURES, 'european.csv') });
    expect(next.ok).toBe(true);
    await impatient.dispose();
  });
});

describe('quote jobs', () => {
  for (const file of ['northwind-rate-card.xlsx', 'european.csv']) {
    it(`read ${file} as the command line reads it`, async () => {
      const result = await runner.run({ kind: 'parseQuotes', path: join(FIXTURES, file) });
      expect(result.ok && result.value.outcome).toEqual(parseQuoteSheets(await fixtureSheets(file), { file }));
    });
  }

  it('answer a sheet that is not there as an outcome listing the sheets', async () => {
    const result = await runner.run({ kind: 'parseQuotes', path: join(FIXTURES, 'northwind-rate-card.xlsx'), sheet: 'Prices' });
    expect(result.ok && result.value.outcome).toEqual({ ok: false, error: { kind: 'no-such-sheet', message: "northwind-rate-card.xlsx: no sheet named 'Prices'; its sheets are 'Rate card'" } });
  });

  it('answer a file that is not there as an outcome naming it', async () => {
    const result = await runner.run({ kind: 'parseQuotes', path: join(tmpdir(), 'missing-quotes.xlsx') });
    expect(result.ok && result.value.outcome).toMatchObject({ ok: false, error: { kind: 'not-found' } });
  });
});
