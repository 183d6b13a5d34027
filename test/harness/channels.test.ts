import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANNEL_NAMES } from '#shared/ipc/channels';
import { startHarness, type Harness } from './server';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness({ today: () => '2026-11-22' });
});
afterAll(() => harness.close());

const exercised = new Set<string>();

type Answer = { status: number; body: { ok: boolean; value?: unknown; error?: { code: string; message: string } } };

/** Calls a channel of the harness at `url` as its own page would. */
async function callAt(url: string, channel: string, body: unknown, origin = url): Promise<Answer> {
  exercised.add(channel);
  const response = await fetch(`${url}/ipc/${channel}`, { method: 'POST', headers: { origin, 'content-type': 'application/json' }, body: typeof body === 'string' ? body : JSON.stringify(body) });
  return { status: response.status, body: (await response.json()) as never };
}

function call(channel: string, body: unknown, origin = harness.url): Promise<Answer> {
  return callAt(harness.url, channel, body, origin);
}

describe('every channel through the harness, over real HTTP', () => {
  it('answers app:info, templates:list, plan:create, plan:validate and plan:calculate', async () => {
    expect((await call('app:info', {})).body).toMatchObject({ ok: true, value: { version: '0.1.0-harness' } });
    const templates = (await call('templates:list', {})).body.value as { id: string }[];
    expect(templates.map((t) => t.id)).toContain('caio-agency');
    const created = await call('plan:create', {});
    expect(created.body.ok).toBe(true);
    const plan = created.body.value as { settings: { startMonth: string } };
    expect(plan.settings.startMonth).toBe('2026-12');
    expect((await call('plan:validate', { plan })).body).toEqual({ ok: true, value: { valid: true, issues: [] } });
    const result = (await call('plan:calculate', { plan })).body.value as { scenarios: { total: number }[] };
    expect(result.scenarios.map((s) => s.total)).toEqual([675000, 144000, 1060000]);
  });

  it('keeps a document in main: create, edit with a small patch, read, open another, close', async () => {
    const created = (await call('document:create', { startMonth: '2027-01' })).body.value as { documentId: string; summary: { scenarios: { total: number }[] } };
    expect(created.summary.scenarios.map((s) => s.total)).toEqual([675000, 144000, 1060000]);
    const edited = await call('document:edit', { documentId: created.documentId, edits: [{ scenarioId: 'caio-agency', itemId: 'caio-retainer', field: 'monthlyFee', value: 9000 }] });
    expect((edited.body.value as { scenarios: { total: number }[] }).scenarios[0]!.total).toBe(9000 * 36 + 405000);
    const plan = (await call('document:plan', { documentId: created.documentId })).body.value;
    const timeline = (await call('document:timeline', { documentId: created.documentId, scenarioId: 'caio-agency' })).body.value as { months: string[]; total: number[]; cumulative: number[]; items: { values: number[] }[] };
    expect(timeline.months).toHaveLength(36);
    expect(timeline.cumulative.at(-1)).toBe(9000 * 36 + 405000);
    expect(timeline.items.reduce((sum, item) => sum + item.values.reduce((a, b) => a + b, 0), 0)).toBe(9000 * 36 + 405000);
    expect((await call('document:timeline', { documentId: created.documentId, scenarioId: 'nope' })).body).toMatchObject({ ok: false, error: { message: "the plan has no scenario 'nope'" } });
    const patched = await call('document:apply', {
      documentId: created.documentId,
      patches: [
        { op: 'setInput', scenarioId: 'caio-agency', itemId: 'caio-retainer', field: 'monthlyFee', value: 10000 },
        { op: 'renameScenario', scenarioId: 'caio-agency', name: 'CAIO and agency' },
      ],
    });
    expect((patched.body.value as { scenarios: { name: string; total: number }[] }).scenarios[0]).toMatchObject({ name: 'CAIO and agency', total: 10000 * 36 + 405000 });
    const refused = await call('document:apply', { documentId: created.documentId, patches: [{ op: 'setInput', scenarioId: 'caio-agency', itemId: 'caio-retainer', field: 'monthlyFee', value: -5 }] });
    expect(refused.body).toMatchObject({ ok: false, error: { code: 'invalid-request', message: "Scenario 'CAIO and agency', item 'CAIO retainer': monthly fee must be at least 0, got -5" } });
    await call('document:apply', { documentId: created.documentId, patches: [{ op: 'setInput', scenarioId: 'caio-agency', itemId: 'caio-retainer', field: 'monthlyFee', value: 9000 }] });
    const tornado = (await call('document:sensitivity', { documentId: created.documentId })).body.value as { id: string; entries: { swing: number }[] }[];
    expect(tornado.map((s) => s.id)).toEqual(['caio-agency', 'ai-officer', 'full-time-hire']);
    const opened = (await call('document:open', { plan })).body.value as { summary: { scenarios: { total: number }[] } };
    expect(opened.summary.scenarios[0]!.total).toBe(9000 * 36 + 405000);
    expect((await call('document:close', { documentId: created.documentId })).body).toEqual({ ok: true, value: {} });
    expect((await call('document:plan', { documentId: created.documentId })).body).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
  });

  it('saves, opens, lists recent files and reports a changed file, with dialogs answering inside the harness folder', async () => {
    const created = (await call('file:new', {})).body.value as { status: string; documentId: string; file: unknown };
    expect(created).toMatchObject({ status: 'opened', file: { path: null, name: 'Untitled', unsaved: false } });
    const { documentId } = created;
    await call('document:edit', { documentId, edits: [{ scenarioId: 'caio-agency', itemId: 'caio-retainer', field: 'monthlyFee', value: 9000 }] });
    expect((await call('document:summary', { documentId })).body.value).toMatchObject({ documentId, file: { unsaved: true } });

    harness.queueDialogs(['budget.leadsheet']);
    const path = join(harness.dir, 'budget.leadsheet');
    expect((await call('file:save', { documentId })).body).toEqual({ ok: true, value: { status: 'saved', file: { path, name: 'budget.leadsheet', unsaved: false } } });
    expect((await call('file:saveAs', { documentId })).body).toEqual({ ok: true, value: { status: 'cancelled' } });
    expect((await call('file:recent', {})).body).toEqual({ ok: true, value: { files: [{ path, name: 'budget.leadsheet' }] } });

    writeFileSync(path, readFileSync(path, 'utf8').replace('"schemaVersion"', '"name": "Theirs", "schemaVersion"'));
    await call('document:edit', { documentId, edits: [{ scenarioId: 'caio-agency', itemId: 'caio-retainer', field: 'monthlyFee', value: 9100 }] });
    expect((await call('file:save', { documentId })).body).toMatchObject({ ok: false, error: { code: 'changed-on-disk' } });
    expect((await call('file:save', { documentId, overwrite: true })).body).toMatchObject({ ok: true, value: { status: 'saved' } });

    await call('document:close', { documentId });
    const opened = (await call('file:open', { path })).body.value as { status: string; summary: { scenarios: { total: number }[] } };
    expect(opened.status).toBe('opened');
    expect(opened.summary.scenarios[0]!.total).toBe(9100 * 36 + 405000);
    harness.queueDialogs([null]);
    expect((await call('file:open', {})).body).toEqual({ ok: true, value: { status: 'cancelled' } });
    expect((await call('file:clearRecent', {})).body).toEqual({ ok: true, value: {} });
    expect((await call('file:recent', {})).body).toEqual({ ok: true, value: { files: [] } });
  });

  it('offers back and discards unsaved work a previous run left', async () => {
    const previous = await startHarness({ userData: harness.userData, autosaveDelayMs: 1 });
    const left = (await callAt(previous.url, 'document:create', {})).body.value as { documentId: string };
    await callAt(previous.url, 'document:edit', { documentId: left.documentId, edits: [{ scenarioId: 'caio-agency', itemId: 'caio-retainer', field: 'monthlyFee', value: 9000 }] });
    await previous.workspace.flush();
    const next = await startHarness({ userData: harness.userData });
    try {
      const offered = (await call('file:recoverable', {})).body;
      // This harness started before the autosave was written; the next one finds it.
      expect(offered).toEqual({ ok: true, value: { plans: [] } });
      const found = (await callAt(next.url, 'file:recoverable', {})).body.value as { plans: { autosaveId: string }[] };
      expect(found.plans.map((p) => p.autosaveId)).toEqual([left.documentId]);
      const recovered = (await callAt(next.url, 'file:recover', { autosaveId: left.documentId })).body.value as { file: unknown };
      expect(recovered.file).toEqual({ path: null, name: 'Untitled', unsaved: true });
      expect((await call('file:discardRecovered', { autosaveId: 'nothing-here' })).body).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    } finally {
      await next.close();
      await previous.close();
    }
  });

  it('has exercised every channel of the map but the jobs (test/harness/jobs.test.ts has those)', () => {
    const expected = CHANNEL_NAMES.filter((c) => !c.startsWith('job:'));
    expect([...exercised].filter((c) => (CHANNEL_NAMES as readonly string[]).includes(c)).sort()).toEqual([...expected].sort());
  });

  it('refuses a malformed payload with zod’s reason', async () => {
    const answer = await call('plan:calculate', { plan: { schemaVersion: 1, settings: { startMonth: 'soon' }, scenarios: [] } });
    expect(answer.body).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(answer.body.error?.message).toContain("plan.settings.startMonth: Settings: start month must be a month written YYYY-MM, got 'soon'");
  });

  it('refuses a body that is not JSON', async () => {
    expect(await call('plan:create', '{oops')).toEqual({ status: 400, body: { ok: false, error: { code: 'invalid-request', message: 'the request is not JSON' } } });
  });

  it('refuses calls from another origin', async () => {
    expect((await call('templates:list', {}, 'http://127.0.0.1:9/')).body).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
  });
});
