import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANNEL_NAMES } from '#shared/ipc/channels';
import { startHarness, type Harness } from './server';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness({ today: () => '2026-11-22' });
});
afterAll(() => harness.close());

const exercised = new Set<string>();

async function call(channel: string, body: unknown, origin = harness.url): Promise<{ status: number; body: { ok: boolean; value?: unknown; error?: { code: string; message: string } } }> {
  exercised.add(channel);
  const response = await fetch(`${harness.url}/ipc/${channel}`, { method: 'POST', headers: { origin, 'content-type': 'application/json' }, body: typeof body === 'string' ? body : JSON.stringify(body) });
  return { status: response.status, body: (await response.json()) as never };
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
    const opened = (await call('document:open', { plan })).body.value as { summary: { scenarios: { total: number }[] } };
    expect(opened.summary.scenarios[0]!.total).toBe(9000 * 36 + 405000);
    expect((await call('document:close', { documentId: created.documentId })).body).toEqual({ ok: true, value: {} });
    expect((await call('document:plan', { documentId: created.documentId })).body).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
  });

  it('has exercised every channel of the map', () => {
    expect([...exercised].filter((c) => (CHANNEL_NAMES as readonly string[]).includes(c)).sort()).toEqual([...CHANNEL_NAMES].sort());
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
