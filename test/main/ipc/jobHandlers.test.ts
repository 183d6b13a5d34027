import { copyFileSync, existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runMonteCarlo } from '#shared/calc';
import type { ChannelName, RequestInputOf, ResponseOf } from '#shared/ipc/channels';
import type { IpcResult } from '#shared/ipc/contract';
import type { EventPayloadOf } from '#shared/ipc/events';
import { monteCarloDto } from '#shared/ipc/jobChannels';
import type { Plan } from '#shared/model';
import { defaultPlan } from '#shared/templates';
import { allHandlers } from '#main/ipc/handlers';
import { createRouter, type Sender } from '#main/ipc/router';
import { createJobRunner } from '#main/jobs/jobRunner';
import { parseQuoteSheets } from '#main/quotes/parseQuotes';
import { tempFolders } from '#test/helpers/tempFolders';
import { readBook } from '#test/helpers/workbooks';
import { testWorkspace } from '#test/helpers/workspace';
import { fixtureSheets, FIXTURES } from '#test/main/quotes/loadFixture';
import { createPageJobs } from '#main/jobs/pageJobs';

const folder = tempFolders();
const runner = createJobRunner();
afterAll(() => runner.dispose());

const plan = defaultPlan('2027-01');

type Progress = EventPayloadOf<'job:progress'>;

/**
 * A window of the app: its own documents and dialogs, the job channels called through the router
 * (responses checked against the contract), and the progress events main sent it.
 */
function appPage() {
  const { workspace, dialogs, dir } = testWorkspace(folder);
  const pageJobs = createPageJobs();
  const router = createRouter(allHandlers({ today: () => '2026-11-22', version: '0.1.0', platform: 'linux', workspace, dialogs, jobs: runner, pageJobs }), {
    isTrustedSender: () => true,
    checkResponses: true,
  });
  const progress: Progress[] = [];
  let listener: (event: Progress) => void = () => undefined;
  const sender: Sender = {
    url: 'app',
    key: 'page',
    emit: (event, payload) => {
      if (event !== 'job:progress') return;
      progress.push(payload as Progress);
      listener(payload as Progress);
    },
  };
  return {
    workspace,
    dialogs,
    dir,
    progress,
    pageJobs,
    call: <K extends ChannelName>(channel: K, request: RequestInputOf<K>) => router.handle(channel, request, sender) as Promise<IpcResult<ResponseOf<K>>>,
    open: (opened: Plan) => workspace.create(opened, sender.key).documentId,
    onProgress: (next: (event: Progress) => void) => void (listener = next),
  };
}

describe('Monte Carlo over IPC', () => {
  it('answers what the engine gives for the same seed, every series as a plain array', async () => {
    const page = appPage();
    const answer = await page.call('job:monteCarlo', { jobId: 'mc', documentId: page.open(plan), trials: 2_000, seed: 42 });
    const engine = runMonteCarlo(plan, { trials: 2_000, seed: 42 });

    expect(answer).toEqual({ ok: true, value: { status: 'done', ...monteCarloDto(engine) } });
    const first = answer.ok && answer.value.status === 'done' ? answer.value.scenarios[0] : undefined;
    expect(first?.total).toEqual(engine.scenarios[0]!.total);
    expect(Array.isArray(first?.cumulative.p50)).toBe(true);
    expect(first?.cumulative.p50).toEqual(Array.from(engine.scenarios[0]!.cumulative.p50));
  });

  it('sends its progress to the page in order, about 20 events a second at most, the last with done equal to total', async () => {
    const page = appPage();
    const started = performance.now();
    const answer = await page.call('job:monteCarlo', { jobId: 'paced', documentId: page.open(plan), trials: 50_000, seed: 1 });
    const elapsed = performance.now() - started;

    expect(answer.ok).toBe(true);
    expect(page.progress.every((p) => p.jobId === 'paced' && p.phase === 'trials' && p.total === 50_000)).toBe(true);
    expect(page.progress.every((p, i) => i === 0 || p.done > page.progress[i - 1]!.done)).toBe(true);
    expect(page.progress.at(-1)).toEqual({ jobId: 'paced', phase: 'trials', done: 50_000, total: 50_000 });
    // The worker reports 200 slices; one event per 50 ms, plus the last, is all that may reach the page.
    expect(page.progress.length).toBeGreaterThanOrEqual(2);
    expect(page.progress.length).toBeLessThanOrEqual(Math.ceil(elapsed / 50) + 1);
  });

  it('stops a run the page cancels and answers cancelled', async () => {
    const page = appPage();
    page.onProgress(() => void page.call('job:cancel', { jobId: 'long' }));
    const answer = await page.call('job:monteCarlo', { jobId: 'long', documentId: page.open(plan), trials: 1_000_000, seed: 7 });

    expect(answer).toEqual({ ok: true, value: { status: 'cancelled' } });
    expect(page.progress.at(-1)!.done).toBeLessThan(1_000_000);
  });

  it('stops every job of a page whose window closed', async () => {
    const page = appPage();
    page.onProgress(() => page.pageJobs.cancelOwnedBy('page'));
    const answer = await page.call('job:monteCarlo', { jobId: 'orphan', documentId: page.open(plan), trials: 1_000_000, seed: 7 });

    expect(answer).toEqual({ ok: true, value: { status: 'cancelled' } });
    expect(page.progress.at(-1)!.done).toBeLessThan(1_000_000);
  });

  it('leaves the jobs of other pages running when one window closes', async () => {
    const page = appPage();
    page.onProgress(() => page.pageJobs.cancelOwnedBy('another page'));
    expect(await page.call('job:monteCarlo', { jobId: 'kept', documentId: page.open(plan), trials: 20_000, seed: 7 })).toMatchObject({ ok: true, value: { status: 'done', trials: 20_000 } });
  });

  it('refuses a second job under the id of one still running, and takes the id again once it has ended', async () => {
    const page = appPage();
    const documentId = page.open(plan);
    const first = page.call('job:monteCarlo', { jobId: 'same', documentId, trials: 1_000_000, seed: 7 });
    const second = await page.call('job:monteCarlo', { jobId: 'same', documentId, trials: 100, seed: 7 });
    await page.call('job:cancel', { jobId: 'same' });

    expect(second).toEqual({ ok: false, error: { code: 'invalid-request', message: "a job 'same' is already running" } });
    expect(await first).toEqual({ ok: true, value: { status: 'cancelled' } });
    expect(await page.call('job:monteCarlo', { jobId: 'same', documentId, trials: 100, seed: 7 })).toMatchObject({ ok: true, value: { status: 'done', trials: 100 } });
  });

  it('answers a cancel of a job it does not know, or of one that has ended, with ok', async () => {
    const page = appPage();
    await page.call('job:monteCarlo', { jobId: 'ended', documentId: page.open(plan), trials: 10, seed: 1 });

    expect(await page.call('job:cancel', { jobId: 'ended' })).toEqual({ ok: true, value: {} });
    expect(await page.call('job:cancel', { jobId: 'never-started' })).toEqual({ ok: true, value: {} });
  });

  it('answers a document that is not open as an invalid request', async () => {
    const page = appPage();
    expect(await page.call('job:monteCarlo', { jobId: 'mc', documentId: 'nope', trials: 10, seed: 1 })).toEqual({
      ok: false,
      error: { code: 'invalid-request', message: "no open document 'nope'" },
    });
  });
});

describe('workbook export and import over IPC', () => {
  it('exports to the name picked in the Save dialog, offered as the plan’s name with .xlsx, and imports it back as the same plan in a new document', async () => {
    const page = appPage();
    page.dialogs.queue(['budget']);
    const exported = await page.call('job:exportWorkbook', { jobId: 'export', documentId: page.open(plan) });
    const path = join(page.dir, 'budget.xlsx');

    expect(exported).toEqual({ ok: true, value: { status: 'exported', path } });
    expect(page.dialogs.asked()).toEqual([{ kind: 'saveWorkbook', detail: 'Untitled.xlsx' }]);
    expect(page.progress.map((p) => `${p.jobId} ${p.phase} ${p.done}/${p.total}`)).toEqual(['export writing 0/1', 'export writing 1/1']);

    const imported = await page.call('job:importWorkbook', { jobId: 'import', path });
    expect(imported).toMatchObject({ ok: true, value: { status: 'opened', file: { path: null, name: 'Untitled', unsaved: true } } });
    const documentId = imported.ok && imported.value.status === 'opened' ? imported.value.documentId : '';
    expect(page.workspace.plan(documentId)).toEqual({ ok: true, value: plan });
    expect(page.progress.at(-1)).toEqual({ jobId: 'import', phase: 'parsing', done: 3, total: 3 });
  });

  it('imports the workbook picked in the Open dialog when the call gives no path', async () => {
    const page = appPage();
    page.dialogs.queue(['plan.xlsx']);
    await page.call('job:exportWorkbook', { jobId: 'export', documentId: page.open(plan) });
    page.dialogs.queue(['plan.xlsx']);
    const imported = await page.call('job:importWorkbook', { jobId: 'import' });

    expect(imported).toMatchObject({ ok: true, value: { status: 'opened' } });
    expect(page.dialogs.asked().at(-1)).toEqual({ kind: 'openSpreadsheet', detail: 'workbook' });
  });

  it('answers cancelled when the user closes the Save or Open dialog, and writes nothing', async () => {
    const page = appPage();
    expect(await page.call('job:exportWorkbook', { jobId: 'export', documentId: page.open(plan) })).toEqual({ ok: true, value: { status: 'cancelled' } });
    expect(await page.call('job:importWorkbook', { jobId: 'import' })).toEqual({ ok: true, value: { status: 'cancelled' } });
    expect(await page.call('job:parseQuotes', { jobId: 'quotes' })).toEqual({ ok: true, value: { status: 'cancelled' } });
    expect(page.dialogs.asked().map((d) => d.kind)).toEqual(['saveWorkbook', 'openSpreadsheet', 'openSpreadsheet']);
    expect(readdirSync(page.dir)).toEqual([]);
  });

  it('refuses a text file named x.xlsx as an error value naming the file', async () => {
    const page = appPage();
    const path = join(page.dir, 'x.xlsx');
    writeFileSync(path, 'this is not a workbook\n');
    const refusal = { ok: false, error: { code: 'file-refused', message: 'x.xlsx: is not a spreadsheet: Leadsheet reads .xlsx and .csv files' } };

    expect(await page.call('job:importWorkbook', { jobId: 'import', path })).toEqual(refusal);
    expect(await page.call('job:parseQuotes', { jobId: 'quotes', path })).toEqual(refusal);
  });

  it('names the cell of a value typed wrong in Excel', async () => {
    const page = appPage();
    page.dialogs.queue(['plan.xlsx']);
    const exported = await page.call('job:exportWorkbook', { jobId: 'export', documentId: page.open(plan) });
    const path = exported.ok && exported.value.status === 'exported' ? exported.value.path : '';
    const book = await readBook(path);
    const assumptions = book.getWorksheet('Assumptions')!;
    let horizon = 0;
    assumptions.eachRow((row, n) => {
      if (row.getCell(1).value === 'Horizon (months)') horizon = n;
    });
    assumptions.getRow(horizon).getCell(3).value = 'forever';
    await book.xlsx.writeFile(path);
    const imported = await page.call('job:importWorkbook', { jobId: 'import', path });

    expect(imported).toMatchObject({ ok: false, error: { code: 'file-refused' } });
    expect(imported.ok ? '' : imported.error.message).toMatch(new RegExp(`^Assumptions!C${horizon}: .*forever`));
  });

  it('answers an export into a folder that does not exist with a file error naming the folder', async () => {
    const page = appPage();
    page.dialogs.queue(['gone/plan.xlsx']);
    const exported = await page.call('job:exportWorkbook', { jobId: 'export', documentId: page.open(plan) });

    expect(exported).toEqual({ ok: false, error: { code: 'file-error', message: `plan.xlsx: cannot be written in ${join(page.dir, 'gone')} (no such folder)` } });
    expect(existsSync(join(page.dir, 'gone'))).toBe(false);
  });
});

describe('vendor quotes over IPC', () => {
  it('reads the quotes as the quote importer does, with the file’s path and name', async () => {
    const page = appPage();
    const path = join(FIXTURES, 'northwind-rate-card.xlsx');
    const parsed = await page.call('job:parseQuotes', { jobId: 'quotes', path });
    const expected = parseQuoteSheets(await fixtureSheets('northwind-rate-card.xlsx'), { file: 'northwind-rate-card.xlsx' });

    expect(expected.ok).toBe(true);
    expect(parsed).toEqual({ ok: true, value: { status: 'parsed', path, name: 'northwind-rate-card.xlsx', ...(expected.ok ? expected.value : {}) } });
    expect(page.progress.at(-1)).toEqual({ jobId: 'quotes', phase: 'parsing', done: 2, total: 2 });
  });

  it('reads the file picked in the Open dialog for quotes, with the column corrections the page gave', async () => {
    const page = appPage();
    copyFileSync(join(FIXTURES, 'european.csv'), join(page.dir, 'european.csv'));
    page.dialogs.queue(['european.csv']);
    const parsed = await page.call('job:parseQuotes', { jobId: 'quotes', map: { notes: '' } });
    const expected = parseQuoteSheets(await fixtureSheets('european.csv'), { file: 'european.csv', map: { notes: '' } });

    expect(page.dialogs.asked()).toEqual([{ kind: 'openSpreadsheet', detail: 'quotes' }]);
    expect(parsed).toEqual({ ok: true, value: { status: 'parsed', path: join(page.dir, 'european.csv'), name: 'european.csv', ...(expected.ok ? expected.value : {}) } });
    // The notes column, Bemerkungen, was unmapped as asked.
    expect(parsed.ok && parsed.value.status === 'parsed' ? parsed.value.mapping.map((m) => m.field) : []).not.toContain('notes');
  });

  it('answers a sheet that is not there as an error value listing the sheets', async () => {
    const page = appPage();
    expect(await page.call('job:parseQuotes', { jobId: 'quotes', path: join(FIXTURES, 'northwind-rate-card.xlsx'), sheet: 'Prices' })).toEqual({
      ok: false,
      error: { code: 'file-refused', message: "northwind-rate-card.xlsx: no sheet named 'Prices'; its sheets are 'Rate card'" },
    });
  });
});
