import type { Session } from 'electron';

/** The parts of Electron's session the lock-down touches, so tests can pass a fake. */
export type LockableSession = Pick<Session, 'setPermissionRequestHandler'> & { readonly webRequest: Pick<Session['webRequest'], 'onBeforeRequest'> };

/**
 * No remote content and no permissions (product.md, "Files and safety"): every request outside
 * the app's own files, DevTools or the dev server is cancelled, and the app asks for no camera,
 * notification or other permission, so every request for one is refused.
 */
export function lockDownSession(session: LockableSession, devUrl: string | undefined): void {
  const devHost = devUrl === undefined ? undefined : new URL(devUrl).host;
  session.webRequest.onBeforeRequest((details, callback) => {
    const url = details.url;
    const fromDevServer = devHost !== undefined && URL.canParse(url) && new URL(url).host === devHost;
    callback({ cancel: !(url.startsWith('file://') || url.startsWith('devtools://') || fromDevServer) });
  });
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
}
