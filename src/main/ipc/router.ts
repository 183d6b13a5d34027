import { CHANNEL_NAMES, CHANNELS, type ChannelName, type RequestOf, type ResponseOf } from '#shared/ipc/channels';
import type { IpcError, IpcResult } from '#shared/ipc/contract';
import type { EventPayloadOf } from '#shared/ipc/events';
import type { EventName } from '#shared/ipc/names';
import { planIssues } from '#shared/model';
import { err } from '#shared/result';

/** Sends one event back to the page that made a call (job progress), its payload checked against the contract. */
export type Emit = <K extends EventName>(event: K, payload: EventPayloadOf<K>) => void;

/**
 * Who sent a call: the URL of the frame, checked before anything else; which page it is, so main
 * knows the window a document belongs to; and how to send events back to it.
 */
export interface Sender {
  readonly url: string;
  /** The page: Electron's webContents id; one key for the harness's single page. */
  readonly key?: string;
  readonly emit?: Emit;
}

/** A channel's handler: receives the parsed request and its sender, answers with a value or an expected failure. */
export type Handler<K extends ChannelName> = (request: RequestOf<K>, sender: Sender) => Promise<IpcResult<ResponseOf<K>>> | IpcResult<ResponseOf<K>>;

/** Handlers for every channel. */
export type Handlers = { readonly [K in ChannelName]: Handler<K> };

/** Handlers one domain provides (a `<domain>.handlers.ts`). */
export type DomainHandlers = { readonly [K in ChannelName]?: Handler<K> };

/** Merges the domains' handlers; a channel handled twice or not at all stops the app at start. */
export function mergeHandlers(...domains: readonly DomainHandlers[]): Handlers {
  const merged: Partial<Record<ChannelName, unknown>> = {};
  for (const domain of domains) {
    for (const [channel, handler] of Object.entries(domain) as [ChannelName, unknown][]) {
      if (!(channel in CHANNELS)) throw new Error(`IPC handler for '${channel}', which the channel map does not declare`);
      if (merged[channel]) throw new Error(`IPC channel '${channel}' has two handlers`);
      merged[channel] = handler;
    }
  }
  const missing = CHANNEL_NAMES.filter((channel) => !merged[channel]);
  if (missing.length) throw new Error(`IPC channels without a handler: ${missing.join(', ')}`);
  return merged as Handlers;
}

/** Dispatches calls: sender check, request validation, the handler, then (in tests) response validation. */
export interface Router {
  handle(channel: string, payload: unknown, sender: Sender): Promise<IpcResult<unknown>>;
}

/** Options of a router: which senders are trusted, and whether responses are checked against their schema. */
export interface RouterOptions {
  readonly isTrustedSender: (url: string) => boolean;
  /** Checks every response against its schema: on in tests and the harness, where a drifting handler must fail loudly. */
  readonly checkResponses?: boolean;
}

function failure(code: IpcError['code'], message: string): IpcResult<never> {
  return err({ code, message });
}

/** A router over `handlers`; it never throws: every failure comes back as `{ ok: false, error }`. */
export function createRouter(handlers: Handlers, options: RouterOptions): Router {
  return {
    async handle(channel, payload, sender) {
      if (!options.isTrustedSender(sender.url)) return failure('forbidden-sender', `calls from ${sender.url || 'an unknown frame'} are not accepted`);
      if (!(channel in CHANNELS)) return failure('unknown-channel', `no channel '${channel}'`);
      const name = channel as ChannelName;
      const spec = CHANNELS[name];
      const parsed = spec.request.safeParse(payload, { reportInput: true });
      if (!parsed.success) {
        const plan = payload !== null && typeof payload === 'object' && 'plan' in payload ? payload.plan : undefined;
        const issues = plan === undefined ? planIssues(parsed.error, payload) : planIssues(parsed.error, plan, [], 'plan');
        return failure('invalid-request', `${channel}: ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`);
      }
      try {
        const result = await (handlers[name] as Handler<ChannelName>)(parsed.data as never, sender);
        if (result.ok && options.checkResponses) {
          const checked = spec.response.safeParse(result.value);
          if (!checked.success) return failure('invalid-response', `${channel} answered outside its schema: ${checked.error.issues[0]?.message ?? ''}`);
        }
        return result;
      } catch (error) {
        return failure('failed', `${channel}: ${error instanceof Error ? error.message : String(error)}`);
      }
    },
  };
}
