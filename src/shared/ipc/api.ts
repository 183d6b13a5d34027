import type { RequestInputOf, ResponseOf } from './channels';
import type { EventPayloadOf } from './events';
import { CHANNEL_NAMES, type ChannelName, type EventName } from './names';
import type { IpcResult } from './contract';

/** `plan:calculate` → `planCalculate`: the name of a channel's function in the renderer API. */
export type FunctionName<K extends string> = K extends `${infer Domain}:${infer Verb}` ? `${Domain}${Capitalize<Verb>}` : K;

/** The API the renderer sees: one named async function per channel, never a generic invoke, and a named subscription per event. */
export type LeadsheetApi = { readonly [K in ChannelName as FunctionName<K>]: (request: RequestInputOf<K>) => Promise<IpcResult<ResponseOf<K>>> } & {
  /** Calls `listener` with each menu command; returns the function that stops it. */
  readonly onMenuCommand: (listener: (command: EventPayloadOf<'menu:command'>) => void) => () => void;
};

/** Sends one call over whatever carries it: Electron's ipcRenderer.invoke, or fetch in the test harness. */
export type Invoke = (channel: ChannelName, request: unknown) => Promise<unknown>;

/** Listens to one event from main; returns the function that stops listening. */
export type Subscribe = (event: EventName, listener: (payload: unknown) => void) => () => void;

/** The function name of a channel at run time. */
export function functionName(channel: ChannelName): string {
  const [domain, verb = ''] = channel.split(':');
  return `${domain}${verb.charAt(0).toUpperCase()}${verb.slice(1)}`;
}

/** Builds the renderer API from the channel and event names, over the given transport. */
export function buildApi(invoke: Invoke, subscribe: Subscribe): LeadsheetApi {
  const api: Record<string, unknown> = {};
  for (const channel of CHANNEL_NAMES) api[functionName(channel)] = (request: unknown) => invoke(channel, request);
  api.onMenuCommand = (listener: (payload: unknown) => void) => subscribe('menu:command', listener);
  return Object.freeze(api) as unknown as LeadsheetApi;
}
