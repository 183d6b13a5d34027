import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runMonteCarlo } from '#shared/calc';
import type { EventPayloadOf } from '#shared/ipc/events';
import { monteCarloDto } from '#shared/ipc/jobChannels';
import type { Plan } from '#shared/model';
import { FIXTURES } from '#test/main/quotes/loadFixture';
import { startHarness, type Harness } from './server';

type Progress = EventPayloadOf<'job:progress'>;
type Answer = { ok: boolean; value?: Record<string, unknown>; error?: { code: string; message: string } };

/** The harness's event stream as a page reads it: every job:progress received, and a wait for one that matches. */
interface ProgressStream {
  readonly received: Progress[];
  until(matches: (progress: Progress) => boolean): Promise<Progress>;
}

/**
 * Opens `/harness/events` with fetch streaming; resolves once the harness has registered the
 * stream, so no event is missed. The harness ends the stream as it closes: aborting the fetch
 * instead leaves undici a spare connection that holds the server's close for its 4 s keep-alive.
 */
async function openProgress(url: string): Promise<ProgressStream> {
  const response = await fetch(`${url}/harness/events`);
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  const received: Progress[] = [];
  const waiting = new Set<{ matches: (p: Progress) => boolean; resolve: (p: Progress) => void }>();
  let buffer = '';
  const take = (text: string): void => {
    buffer += text;
    const messages = buffer.split('\n\n');
    buffer = messages.pop() ?? '';
    for (const message of messages) {
      if (!message.startsWith('data: ')) continue;
      const { event, payload } = JSON.parse(message.slice(6)) as { event: string; payload: Progress };
      if (event !== 'job:progress') continue;
      received.push(payload);
      for (const waiter of waiting) {
        if (!waiter.matches(payload)) continue;
        waiting.delete(waiter);
        waiter.resolve(payload);
      }
    }
  };
  // The harness writes ': connected' once the stream is registered.
  take((await reader.read()).value ?? '');
  void (async () => {
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) take(chunk.value);
  })().catch(() => undefined);
  return {
    received,
    until: (matches) => {
      const found = received.find(matches);
      return found ? Promise.resolve(found) : new Promise((resolve) => waiting.add({ matches, resolve }));
    },
  };
}

let harness: Harness;
let progress: ProgressStream;
beforeAll(async () => {
  harness = await startHarness({ today: () => '2026-11-22' });
  progress = await openProgress(harness.url);
});
afterAll(() => harness.close());

async function call(channel: string, body: unknown): Promise<Answer> {
  const response = await fetch(`${harness.url}/ipc/${channel}`, { method: 'POST', headers: { origin: harness.url, 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return (await response.json()) as Answer;
}

async function openDocument(): Promise<{ documentId: string; plan: Plan }> {
  const created = await call('document:create', { startMonth: '2027-01' });
  const documentId = created.value!.documentId as string;
  return { documentId, plan: (await call('document:plan', { documentId })).value as unknown as Plan };
}

describe('the job channels through the harness, over real HTTP', () => {
  it('answers Monte Carlo with the engine’s numbers as JSON, its progress arriving in order on the event stream', async () => {
    const { documentId, plan } = await openDocument();
    const answer = await call('job:monteCarlo', { jobId: 'http-mc', documentId, trials: 5_000, seed: 42 });
    // The stream is a connection of its own: its last event may arrive after the answer.
    await progress.until((p) => p.jobId === 'http-mc' && p.done === p.total);
    const events = progress.received.filter((p) => p.jobId === 'http-mc');

    expect(answer).toEqual({ ok: true, value: { status: 'done', ...monteCarloDto(runMonteCarlo(plan, { trials: 5_000, seed: 42 })) } });
    expect(events.length).toBeGreaterThanOrEqual(1);
    expect(events.every((p, i) => i === 0 || p.done > events[i - 1]!.done)).toBe(true);
    expect(events.at(-1)).toEqual({ jobId: 'http-mc', phase: 'trials', done: 5_000, total: 5_000 });
  });

  it('cancels a running Monte Carlo from a second call once its progress shows on the stream', async () => {
    const { documentId } = await openDocument();
    const running = call('job:monteCarlo', { jobId: 'http-long', documentId, trials: 1_000_000, seed: 7 });
    await progress.until((p) => p.jobId === 'http-long');

    expect(await call('job:cancel', { jobId: 'http-long' })).toEqual({ ok: true, value: {} });
    expect(await running).toEqual({ ok: true, value: { status: 'cancelled' } });
  });

  it('exports to the file named in the Save dialog and imports it back as a new document with the same plan', async () => {
    const { documentId, plan } = await openDocument();
    harness.queueDialogs(['harness-plan.xlsx']);
    const path = join(harness.dir, 'harness-plan.xlsx');

    expect(await call('job:exportWorkbook', { jobId: 'http-export', documentId })).toEqual({ ok: true, value: { status: 'exported', path } });
    const imported = await call('job:importWorkbook', { jobId: 'http-import', path });
    expect(imported).toMatchObject({ ok: true, value: { status: 'opened', file: { name: 'Untitled' } } });
    expect(await call('document:plan', { documentId: imported.value!.documentId })).toEqual({ ok: true, value: plan });
    expect(await progress.until((p) => p.jobId === 'http-export' && p.done === p.total)).toEqual({ jobId: 'http-export', phase: 'writing', done: 1, total: 1 });
  });

  it('answers an import whose Open dialog was closed as cancelled', async () => {
    expect(await call('job:importWorkbook', { jobId: 'http-closed' })).toEqual({ ok: true, value: { status: 'cancelled' } });
    expect(harness.asked().at(-1)).toEqual({ kind: 'openSpreadsheet', detail: 'workbook' });
  });

  it('reads vendor quotes from a dropped file, every quote crossing as JSON', async () => {
    const path = join(FIXTURES, 'northwind-rate-card.xlsx');
    const parsed = await call('job:parseQuotes', { jobId: 'http-quotes', path });

    expect(parsed).toMatchObject({ ok: true, value: { status: 'parsed', path, name: 'northwind-rate-card.xlsx', numberStyle: 'dot' } });
    expect((parsed.value!.quotes as unknown[]).length).toBeGreaterThan(0);
    expect(parsed.value!.mapping).toContainEqual({ sheet: 'Rate card', field: 'amount', column: expect.any(String), header: expect.any(String) });
  });

  it('refuses a Monte Carlo of zero trials with zod’s reason, before any work starts', async () => {
    const { documentId } = await openDocument();
    const answer = await call('job:monteCarlo', { jobId: 'http-zero', documentId, trials: 0, seed: 1 });

    expect(answer).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(answer.error?.message).toContain('trials');
    expect(answer.error?.message).toContain('must be at least 1');
    expect(progress.received.some((p) => p.jobId === 'http-zero')).toBe(false);
  });
});
