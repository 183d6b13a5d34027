import { BrowserWindow } from 'electron';
import { hardenContents } from './secureWindow';

/** Where the window opens: its bounds, and the page it may show. */
export interface WindowPlacement {
  readonly width: number;
  readonly height: number;
  readonly x?: number;
  readonly y?: number;
}

/**
 * The app window: isolated, sandboxed, without Node, with nothing loosened (product.md, "Files
 * and safety"). The preferences are written out here, in the constructor call, so a static
 * checker (electronegativity, run in CI) can see every one of them.
 */
export function createAppWindow(preload: string, placement: WindowPlacement, isAppUrl: (url: string) => boolean): BrowserWindow {
  const window = new BrowserWindow({
    ...placement,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'Leadsheet',
    webPreferences: {
      preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      disableBlinkFeatures: 'Auxclick',
      webviewTag: false,
      spellcheck: false,
    },
  });
  hardenContents(window.webContents, isAppUrl);
  return window;
}
