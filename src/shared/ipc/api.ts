import type { RequestInputOf, ResponseOf } from './channels';
import type { EventPayloadOf } from './events';
import { CHANNEL_NAMES, EVENT_NAMES, type ChannelName, type EventName } from './names';
import type { IpcResult } from './contract';

/** `plan:calculate` → `planCalculate`: the name of a channel's function in the renderer API. */
export type FunctionName<K extends string> = K extends `${infer Domain}:${infer Verb}` ? `${Domain}${Capitalize<Verb>}` : K;

/** A DOM File as the shared layer (which has no DOM types) sees it. */
export interface DroppedFile {
  readonly name: string;
}

/** `menu:command` → `onMenuCommand`: the name of an event's subscription in the renderer API. */
export type SubscriptionName<K extends string> = `on${Capitalize<FunctionName<K>>}`;

/**
 * The API the renderer sees: one named async function per channel, never a generic invoke; a named
 * subscription per event (each returns the function that stops it); and the path of a dropped file.
 */
export type LeadsheetApi = { readonly [K in ChannelName as FunctionName<K>]: (request: RequestInputOf<K>) => Promise<IpcResult<ResponseOf<K>>> } & {
  readonly [K in EventName as SubscriptionName<K>]: (listener: (payload: EventPayloadOf<K>) => void) => () => void;
} & {
  /** The path of a file dropped on the window, to open it; '' when it has none. */
  readonly pathForFile: (file: DroppedFile) => string;
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

/** The subscription name of an event at run time. */
export function subscriptionName(event: EventName): string {
  const name = functionName(event as unknown as ChannelName);
  return `on${name.charAt(0).toUpperCase()}${name.slice(1)}`;
}

/** Builds the renderer API from the channel and event names, over the given transport. */
export function buildApi(invoke: Invoke, subscribe: Subscribe, pathForFile: (file: DroppedFile) => string): LeadsheetApi {
  const api: Record<string, unknown> = { pathForFile };
  for (const channel of CHANNEL_NAMES) api[functionName(channel)] = (request: unknown) => invoke(channel, request);
  for (const event of EVENT_NAMES) api[subscriptionName(event)] = (listener: (payload: unknown) => void) => subscribe(event, listener);
  return Object.freeze(api) as unknown as LeadsheetApi;
}
