import type { RequestInputOf, ResponseOf } from './channels';
import { CHANNEL_NAMES, type ChannelName } from './names';
import type { IpcResult } from './contract';

/** `plan:calculate` → `planCalculate`: the name of a channel's function in the renderer API. */
export type FunctionName<K extends string> = K extends `${infer Domain}:${infer Verb}` ? `${Domain}${Capitalize<Verb>}` : K;

/** The API the renderer sees: one named async function per channel, never a generic invoke. */
export type LeadsheetApi = { readonly [K in ChannelName as FunctionName<K>]: (request: RequestInputOf<K>) => Promise<IpcResult<ResponseOf<K>>> };

/** Sends one call over whatever carries it: Electron's ipcRenderer.invoke, or fetch in the test harness. */
export type Invoke = (channel: ChannelName, request: unknown) => Promise<unknown>;

/** The function name of a channel at run time. */
export function functionName(channel: ChannelName): string {
  const [domain, verb = ''] = channel.split(':');
  return `${domain}${verb.charAt(0).toUpperCase()}${verb.slice(1)}`;
}

/** Builds the renderer API from the channel map, over the given transport. */
export function buildApi(invoke: Invoke): LeadsheetApi {
  const api: Record<string, (request: unknown) => Promise<unknown>> = {};
  for (const channel of CHANNEL_NAMES) api[functionName(channel)] = (request) => invoke(channel, request);
  return Object.freeze(api) as unknown as LeadsheetApi;
}
