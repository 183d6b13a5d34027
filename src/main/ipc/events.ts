import { EVENTS, type EventPayloadOf } from '#shared/ipc/events';
import type { EventName } from '#shared/ipc/names';

/** The part of webContents that sends events, so tests can pass a fake. */
export interface EventTarget {
  send(channel: string, payload: unknown): void;
  /** A window closed while its job ran is gone; sending to it would throw. */
  isDestroyed?(): boolean;
}

/** Sends an event to a renderer after checking its payload against the contract. */
export function sendEvent<K extends EventName>(target: EventTarget, event: K, payload: EventPayloadOf<K>): void {
  if (target.isDestroyed?.()) return;
  target.send(event, EVENTS[event].parse(payload));
}
