import { describe, expect, it } from 'vitest';
import { buildApi, functionName, type LeadsheetApi } from '#shared/ipc/api';
import { CHANNEL_NAMES } from '#shared/ipc/channels';

describe('the renderer API built from the channel map', () => {
  it('has one named function per channel, one subscription per event, the dropped-file path, and nothing else', () => {
    const api = buildApi(() => Promise.resolve(null), () => () => undefined, () => '');
    expect(Object.keys(api).sort()).toEqual([...CHANNEL_NAMES.map(functionName), 'onMenuCommand', 'onJobProgress', 'onDocumentAutosave', 'pathForFile'].sort());
    expect(Object.keys(api)).not.toContain('invoke');
    expect(Object.isFrozen(api)).toBe(true);
  });

  it('sends each call on its own channel with the request as given', async () => {
    const calls: [string, unknown][] = [];
    const api = buildApi(
      (channel, request) => {
        calls.push([channel, request]);
        return Promise.resolve({ ok: true, value: null });
      },
      () => () => undefined,
      () => '',
    );
    await api.planCreate({ startMonth: '2027-01' });
    await api.templatesList({});
    expect(calls).toEqual([
      ['plan:create', { startMonth: '2027-01' }],
      ['templates:list', {}],
    ]);
  });

  it('does not compile a wrong payload (type test)', () => {
    const api: LeadsheetApi = buildApi(() => Promise.resolve(null), () => () => undefined, () => '');
    // @ts-expect-error startMonth must be a string
    const wrong = () => api.planCreate({ startMonth: 2027 });
    // @ts-expect-error there is no such channel function
    const missing = () => api.fsReadFile({ path: '/etc/passwd' });
    expect([typeof wrong, typeof missing]).toEqual(['function', 'function']);
  });
});

describe('menu commands from main', () => {
  it('reach the listener through the event subscription, which can be stopped', () => {
    const listeners = new Map<string, (payload: unknown) => void>();
    const api = buildApi(
      () => Promise.resolve(null),
      (event, listener) => {
        listeners.set(event, listener);
        return () => listeners.delete(event);
      },
      () => '',
    );
    const received: unknown[] = [];
    const stop = api.onMenuCommand((command) => received.push(command));
    listeners.get('menu:command')?.({ type: 'undo' });
    stop();
    expect(received).toEqual([{ type: 'undo' }]);
    expect(listeners.has('menu:command')).toBe(false);
  });
});

describe('the channel names the preload builds from', () => {
  it('are exactly the channels the map declares, in order', async () => {
    const { CHANNELS } = await import('#shared/ipc/channels');
    expect(Object.keys(CHANNELS)).toEqual([...CHANNEL_NAMES]);
  });
});
