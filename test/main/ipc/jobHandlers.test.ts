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
import { parseQuoteSheets, type QuoteImport } from '#main/quotes/parseQuotes';
import { tempFolders } from '#test/helpers/tempFolders';
import { readBook } from '#test/helpers/workbooks';
import { testWorkspace } from '#test/helpers/workspace';
import { fixtureSheets, FIXTURES } from '#test/main/quotes/loadFixture';
import { createPageJobs } from '#main/jobs/pageJobs';
import { fileMappingMemory, QUOTE_MAPPINGS_NAME, type MappingMemory } from '#main/quotes/mappingMemory';
import { ACME_JUNE, ACME_MARCH, writeVendorBook } from '#test/main/quotes/vendorBook';

const folder = tempFolders();
const runner = createJobRunner();
afterAll(() => runner.dispose());

const plan = defaultPlan('2027-01');

/** What the page gets of an import: the sheet formats stay in main. */
function asSent({ formats: _formats, ...read }: QuoteImport): Omit<QuoteImport, 'formats'> {
  void _formats;
  return read;
}

type Progress = EventPayloadOf<'job:progress'>;

/**
 * A window of the app: its own documents and dialogs, the job channels called through the router
 * (responses checked against the contract), and the progress events main sent it.
 */
function appPage(quoteMappings?: MappingMemory) {
  const { workspace, dialogs, dir } = testWorkspace(folder);
  const pageJobs = createPageJobs();
  const host = { today: () => '2026-11-22', version: '0.1.0', platform: 'linux', workspace, dialogs, jobs: runner, pageJobs };
  const router = createRouter(allHandlers(quoteMappings ? { ...host, quoteMappings } : host), {
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
    expect(parsed).toEqual({ ok: true, value: { status: 'parsed', path, name: 'northwind-rate-card.xlsx', ...(expected.ok ? asSent(expected.value) : {}), remembered: null } });
    expect(page.progress.at(-1)).toEqual({ jobId: 'quotes', phase: 'parsing', done: 2, total: 2 });
  });

  it('reads the file picked in the Open dialog for quotes, with the column corrections the page gave', async () => {
    const page = appPage();
    copyFileSync(join(FIXTURES, 'european.csv'), join(page.dir, 'european.csv'));
    page.dialogs.queue(['european.csv']);
    const parsed = await page.call('job:parseQuotes', { jobId: 'quotes', map: { notes: '' } });
    const expected = parseQuoteSheets(await fixtureSheets('european.csv'), { file: 'european.csv', map: { notes: '' } });

    expect(page.dialogs.asked()).toEqual([{ kind: 'openSpreadsheet', detail: 'quotes' }]);
    expect(parsed).toEqual({
      ok: true,
      value: { status: 'parsed', path: join(page.dir, 'european.csv'), name: 'european.csv', ...(expected.ok ? asSent(expected.value) : {}), remembered: { vendor: 'Nordlicht KI GmbH', sheets: ['european'] } },
    });
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

describe('column mappings remembered per vendor over IPC', () => {
  type Parsed = Extract<ResponseOf<'job:parseQuotes'>, { status: 'parsed' }>;
  const parsed = (answer: IpcResult<ResponseOf<'job:parseQuotes'>>): Parsed => {
    if (!answer.ok || answer.value.status !== 'parsed') throw new Error(`not parsed: ${JSON.stringify(answer)}`);
    return answer.value;
  };
  const fields = (answer: Parsed): string[] => answer.mapping.map((m) => `${m.field}=${m.column}`);

  /** Acme AI's March and June proposals in the page's folder: one template, its vendor column headed `Practice`. */
  async function acmeFiles(dir: string): Promise<{ march: string; june: string }> {
    const march = join(dir, 'acme-march.xlsx');
    const june = join(dir, 'acme-june.xlsx');
    await writeVendorBook(march, ACME_MARCH);
    await writeVendorBook(june, ACME_JUNE);
    return { march, june };
  }

  it('reads the next file with the same headers as the user corrected the last, and names the vendor it was set for', async () => {
    const page = appPage();
    const { march, june } = await acmeFiles(page.dir);
    const detected = parsed(await page.call('job:parseQuotes', { jobId: 'q1', path: march }));
    expect(fields(detected)).toEqual(['service=B', 'amount=C', 'currency=D', 'term=E']);
    expect(detected.remembered).toBeNull();

    const corrected = parsed(await page.call('job:parseQuotes', { jobId: 'q2', path: march, map: { vendor: 'A' } }));
    expect(corrected.remembered).toEqual({ vendor: 'Acme AI', sheets: ['Proposal'] });

    const next = parsed(await page.call('job:parseQuotes', { jobId: 'q3', path: june }));
    expect(fields(next)).toEqual(['vendor=A', 'service=B', 'amount=C', 'currency=D', 'term=E']);
    expect(next.quotes.map((q) => q.vendor)).toEqual(['Acme AI', 'Acme AI', 'Acme AI']);
    expect(next.remembered).toEqual({ vendor: 'Acme AI', sheets: ['Proposal'] });
  });

  it('forgets the mapping when asked for the detected columns, so the next read detects again', async () => {
    const page = appPage();
    const { march, june } = await acmeFiles(page.dir);
    await page.call('job:parseQuotes', { jobId: 'q1', path: march, map: { vendor: 'A' } });

    const forgotten = parsed(await page.call('job:parseQuotes', { jobId: 'q2', path: june, forget: true }));
    expect(fields(forgotten)).toEqual(['service=B', 'amount=C', 'currency=D', 'term=E']);
    expect(forgotten.remembered).toBeNull();
    const again = parsed(await page.call('job:parseQuotes', { jobId: 'q3', path: march }));
    expect(fields(again)).not.toContain('vendor=A');
    expect(again.remembered).toBeNull();
  });

  it('forgets the mapping when the user sets the columns back as detected by hand', async () => {
    const page = appPage();
    const { march, june } = await acmeFiles(page.dir);
    await page.call('job:parseQuotes', { jobId: 'q1', path: march, map: { vendor: 'A' } });
    const back = parsed(await page.call('job:parseQuotes', { jobId: 'q2', path: march, map: { vendor: '' } }));
    expect(back.remembered).toBeNull();
    expect(parsed(await page.call('job:parseQuotes', { jobId: 'q3', path: june })).remembered).toBeNull();
  });

  it('does not apply a mapping to a sheet whose headers differ, even by one inserted column', async () => {
    const page = appPage();
    const { march } = await acmeFiles(page.dir);
    await page.call('job:parseQuotes', { jobId: 'q1', path: march, map: { vendor: 'A' } });
    const widened = join(page.dir, 'acme-widened.xlsx');
    await writeVendorBook(widened, { ...ACME_JUNE, headers: ['Ref', ...ACME_JUNE.headers], rows: ACME_JUNE.rows.map((r) => ['x', ...r]) });
    const answer = parsed(await page.call('job:parseQuotes', { jobId: 'q2', path: widened }));
    expect(answer.remembered).toBeNull();
    expect(fields(answer)).not.toContain('vendor=A');
  });

  it('keeps the mapping in quote-mappings.json, so a restarted app reads the next file the same way', async () => {
    const userData = folder();
    const first = appPage(fileMappingMemory(userData));
    const { march, june } = await acmeFiles(first.dir);
    await first.call('job:parseQuotes', { jobId: 'q1', path: march, map: { vendor: 'A' } });

    const restarted = appPage(fileMappingMemory(userData));
    expect(parsed(await restarted.call('job:parseQuotes', { jobId: 'q2', path: june })).remembered).toEqual({ vendor: 'Acme AI', sheets: ['Proposal'] });
    expect(existsSync(join(userData, QUOTE_MAPPINGS_NAME))).toBe(true);
  });

  it('still answers with the quotes when the memory cannot be written, with a notice saying the mapping was not remembered', async () => {
    const blocker = join(folder(), 'a file');
    writeFileSync(blocker, 'x');
    const page = appPage(fileMappingMemory(join(blocker, 'userData')));
    const { march } = await acmeFiles(page.dir);
    const answer = parsed(await page.call('job:parseQuotes', { jobId: 'q1', path: march, map: { vendor: 'A' } }));
    expect(answer.quotes.map((q) => q.vendor)).toEqual(['Acme AI', 'Acme AI']);
    expect(answer.remembered).toBeNull();
    expect(answer.notices.at(-1)).toBe('The column mapping is used for this file but could not be remembered for next time (quote-mappings.json: its folder is missing)');
  });

  it('refuses a request that gives both a map and forget', async () => {
    const page = appPage();
    const answer = await page.call('job:parseQuotes', { jobId: 'q1', path: join(FIXTURES, 'european.csv'), map: { vendor: 'A' }, forget: true });
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(answer.ok ? '' : answer.error.message).toContain('give either map');
  });
});
