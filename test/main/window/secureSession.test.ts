import { describe, expect, it, vi } from 'vitest';
import { lockDownSession, type LockableSession } from '#main/window/secureSession';

/** A session that records the handlers it was given. */
function locked(devUrl: string | undefined): { cancels: (url: string) => boolean; grants: (permission: string) => boolean } {
  let requests: ((details: { url: string }, callback: (response: { cancel: boolean }) => void) => void) | undefined;
  let permissions: ((contents: unknown, permission: string, callback: (granted: boolean) => void) => void) | undefined;
  const session = {
    webRequest: { onBeforeRequest: (listener: typeof requests) => (requests = listener) },
    setPermissionRequestHandler: (handler: typeof permissions) => (permissions = handler),
  };
  lockDownSession(session as unknown as LockableSession, devUrl);
  return {
    cancels: (url) => {
      const callback = vi.fn();
      requests?.({ url }, callback);
      return (callback.mock.calls[0]?.[0] as { cancel: boolean }).cancel;
    },
    grants: (permission) => {
      const callback = vi.fn();
      permissions?.({}, permission, callback);
      return callback.mock.calls[0]?.[0] as boolean;
    },
  };
}

describe('the locked-down session', () => {
  it('lets the app’s files and DevTools through and cancels everything remote', () => {
    const session = locked(undefined);
    expect(session.cancels('file:///app/renderer/index.html')).toBe(false);
    expect(session.cancels('devtools://devtools/bundled/inspector.html')).toBe(false);
    expect(session.cancels('https://example.com/')).toBe(true);
    expect(session.cancels('http://localhost:5173/')).toBe(true);
  });

  it('lets the dev server through during development, and nothing else on other hosts', () => {
    const session = locked('http://localhost:5173');
    expect(session.cancels('http://localhost:5173/src/main.tsx')).toBe(false);
    expect(session.cancels('http://localhost:5174/')).toBe(true);
  });

  it('refuses every permission', () => {
    const session = locked(undefined);
    expect(['media', 'notifications', 'geolocation', 'clipboard-read'].map(session.grants)).toEqual([false, false, false, false]);
  });
});
