import { ok } from '#shared/result';
import type { DomainHandlers } from '../router';

/** About the running app; version and platform come in from the host (Electron's app, or the harness). */
export function appHandlers(info: { version: string; platform: string }): DomainHandlers {
  return { 'app:info': () => ok(info) };
}
