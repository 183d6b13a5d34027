import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { vi } from 'vitest';
import { appUrlMatcher, hardenContents, type HardenedContents } from '#main/window/secureWindow';

// A stand-in for Electron's BrowserWindow: records its options and gives a fake webContents.
const created: { options: Record<string, unknown>; contents: ReturnType<typeof fakeContents> }[] = [];
vi.mock('electron', () => ({
  BrowserWindow: class {
    webContents = fakeContents();
    constructor(options: Record<string, unknown>) {
      created.push({ options, contents: this.webContents });
    }
  },
}));

/** A stand-in for webContents: an emitter plus the window-open handler it was given. */
function fakeContents(): HardenedContents & { emitter: EventEmitter; openHandler?: (details: { url: string }) => { action: string } } {
  const emitter = new EventEmitter();
  const contents = {
    emitter,
    on: (event: string, listener: (...args: unknown[]) => void) => {
      emitter.on(event, listener);
      return contents;
    },
    setWindowOpenHandler: (handler: (details: { url: string }) => { action: string }) => {
      contents.openHandler = handler;
    },
    openHandler: undefined as ((details: { url: string }) => { action: string }) | undefined,
  };
  return contents as never;
}

function navigate(contents: ReturnType<typeof fakeContents>, event: string, url: string): boolean {
  let prevented = false;
  contents.emitter.emit(event, { preventDefault: () => (prevented = true) }, url);
  return prevented;
}

const app = 'file:///opt/Leadsheet/resources/app.asar/out/renderer/index.html';

describe('the app window', () => {
  it('is isolated, sandboxed, without Node and hardened as soon as it is created', async () => {
    const { createAppWindow } = await import('#main/window/createWindow');
    createAppWindow('/preload/index.cjs', { width: 1280, height: 800 }, appUrlMatcher(app));
    const [window] = created;
    expect(window!.options.webPreferences).toMatchObject({
      preload: '/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      disableBlinkFeatures: 'Auxclick',
    });
    expect(window!.contents.openHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    expect(navigate(window!.contents, 'will-navigate', 'https://evil.example/')).toBe(true);
  });

  it('cancels navigation and redirects away from the app page, and allows the app page itself', () => {
    const contents = fakeContents();
    hardenContents(contents, appUrlMatcher(app));
    expect(navigate(contents, 'will-navigate', 'https://evil.example/')).toBe(true);
    expect(navigate(contents, 'will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(navigate(contents, 'will-redirect', 'http://127.0.0.1:8080/')).toBe(true);
    expect(navigate(contents, 'will-navigate', `${app}#compare`)).toBe(false);
  });

  it('refuses every new window and every webview', () => {
    const contents = fakeContents();
    hardenContents(contents, appUrlMatcher(app));
    expect(contents.openHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    expect(contents.openHandler?.({ url: app })).toEqual({ action: 'deny' });
    expect(navigate(contents, 'will-attach-webview', '')).toBe(true);
  });

  it('recognises the dev server page during development and nothing else on its host', () => {
    const isApp = appUrlMatcher('http://localhost:5173/');
    expect(isApp('http://localhost:5173/')).toBe(true);
    expect(isApp('http://localhost:5173/other.html')).toBe(false);
    expect(isApp('http://localhost:5174/')).toBe(false);
    expect(isApp('not a url')).toBe(false);
  });
});
