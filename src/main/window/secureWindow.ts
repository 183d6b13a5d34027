import type { WebContents } from 'electron';

/** The part of webContents the hardening touches, so tests can pass a fake. */
export type HardenedContents = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;

/**
 * Keeps the window on the app: navigation anywhere but the app's own page is cancelled, new
 * windows are refused, and a <webview> can never be attached.
 */
export function hardenContents(contents: HardenedContents, isAppUrl: (url: string) => boolean): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

/** A predicate for the app's own page: the built index.html, or the dev server during development. */
export function appUrlMatcher(appUrl: string): (url: string) => boolean {
  const base = new URL(appUrl);
  return (url) => {
    try {
      const candidate = new URL(url);
      return candidate.protocol === base.protocol && candidate.host === base.host && candidate.pathname === base.pathname;
    } catch {
      return false;
    }
  };
}
