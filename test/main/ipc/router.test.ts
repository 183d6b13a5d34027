import { afterAll, describe, expect, it } from 'vitest';
import { CHANNEL_NAMES } from '#shared/ipc/channels';
import { ok } from '#shared/result';
import { allHandlers } from '#main/ipc/handlers';
import { createJobRunner } from '#main/jobs/jobRunner';
import { registerIpc, type IpcMainLike } from '#main/ipc/register';
import { createRouter, mergeHandlers } from '#main/ipc/router';
import { templatesHandlers } from '#main/ipc/domains/templates.handlers';
import { tempFolders } from '#test/helpers/tempFolders';
import { testWorkspace } from '#test/helpers/workspace';

const folder = tempFolders();
const { workspace, dialogs } = testWorkspace(folder);
const jobs = createJobRunner();
afterAll(() => jobs.dispose());
const host = { today: () => '2026-11-22', version: '0.1.0', platform: 'linux', workspace, dialogs, jobs };
const trusted = 'file:///app/out/renderer/index.html';
const router = createRouter(allHandlers(host), { isTrustedSender: (url) => url === trusted, checkResponses: true });

/** A stand-in for Electron's ipcMain that records handlers and lets a test call them as a frame would. */
function fakeIpcMain(): IpcMainLike & { invoke(channel: string, payload: unknown, url?: string): Promise<unknown>; channels(): string[] } {
  const handlers = new Map<string, (event: { senderFrame?: { url: string } | null }, payload: unknown) => Promise<unknown>>();
  return {
    handle(channel, listener) {
      if (handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
      handlers.set(channel, listener);
    },
    invoke(channel, payload, url = trusted) {
      const listener = handlers.get(channel);
      if (!listener) throw new Error(`No handler registered for '${channel}'`);
      return listener({ senderFrame: { url } }, payload);
    },
    channels: () => [...handlers.keys()],
  };
}

describe('the IPC registry', () => {
  it('fails at start when a channel has two handlers', () => {
    expect(() => mergeHandlers(allHandlers(host), templatesHandlers)).toThrow("IPC channel 'templates:list' has two handlers");
  });

  it('fails at start when a channel has no handler', () => {
    expect(() => mergeHandlers(templatesHandlers)).toThrow(/IPC channels without a handler: app:info, plan:create/);
  });

  it('registers exactly one ipcMain handler per channel of the map', () => {
    const ipcMain = fakeIpcMain();
    registerIpc(ipcMain, router);
    expect(ipcMain.channels()).toEqual(CHANNEL_NAMES);
  });

  it('answers a call from the app page through the registered handler', async () => {
    const ipcMain = fakeIpcMain();
    registerIpc(ipcMain, router);
    const answer = (await ipcMain.invoke('plan:create', { startMonth: '2027-01' })) as { ok: boolean; value: { scenarios: { id: string }[] } };
    expect(answer.ok).toBe(true);
    expect(answer.value.scenarios.map((s) => s.id)).toEqual(['caio-agency', 'ai-officer', 'full-time-hire']);
  });

  it('refuses every channel to a frame that is not the app page, before reading the payload', async () => {
    const ipcMain = fakeIpcMain();
    registerIpc(ipcMain, router);
    for (const channel of CHANNEL_NAMES) {
      expect(await ipcMain.invoke(channel, {}, 'https://evil.example/')).toEqual({
        ok: false,
        error: { code: 'forbidden-sender', message: 'calls from https://evil.example/ are not accepted' },
      });
    }
    expect(await ipcMain.invoke('app:info', {}, '')).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
  });

  it('refuses a malformed payload with the reason zod found, as a value', async () => {
    const answer = await router.handle('plan:create', { startMonth: 'March', extra: 1 }, { url: trusted });
    expect(answer).toEqual({
      ok: false,
      error: { code: 'invalid-request', message: "plan:create: startMonth: Start month must be a month written YYYY-MM, got 'March'; (plan): Has a field Leadsheet does not know: extra" },
    });
  });

  it('names the scenario and item of a bad plan sent for calculation', async () => {
    const plan = { schemaVersion: 1, settings: { startMonth: '2027-01' }, scenarios: [{ id: 'f', name: 'Full-time hire', items: [{ id: 's', name: 'Salary', kind: 'salary', baseSalary: 'lots' }] }] };
    const answer = await router.handle('plan:calculate', { plan }, { url: trusted });
    expect(answer.ok ? '' : answer.error.message).toContain("Scenario 'Full-time hire', item 'Salary': base salary must be a number, got 'lots'");
  });

  it('returns a failure in a handler as a value, never a thrown error', async () => {
    const failing = createRouter(mergeHandlers({ ...allHandlers(host), 'app:info': () => { throw new Error('disk on fire'); } } as never), { isTrustedSender: () => true });
    expect(await failing.handle('app:info', {}, { url: trusted })).toEqual({ ok: false, error: { code: 'failed', message: 'app:info: disk on fire' } });
  });

  it('catches a handler answering outside its response schema', async () => {
    const drifting = createRouter(mergeHandlers({ ...allHandlers(host), 'app:info': () => ok({ version: 1 } as never) } as never), { isTrustedSender: () => true, checkResponses: true });
    expect(await drifting.handle('app:info', {}, { url: trusted })).toMatchObject({ ok: false, error: { code: 'invalid-response' } });
  });

  it('refuses a channel the map does not declare', async () => {
    expect(await router.handle('fs:readFile', { path: '/etc/passwd' }, { url: trusted })).toEqual({ ok: false, error: { code: 'unknown-channel', message: "no channel 'fs:readFile'" } });
  });
});
