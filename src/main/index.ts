import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { app, BrowserWindow, ipcMain, session } from 'electron';
import { allHandlers } from './ipc/handlers';
import { registerIpc } from './ipc/register';
import { createRouter } from './ipc/router';
import { createAppWindow } from './window/createWindow';
import { appUrlMatcher, hardenContents } from './window/secureWindow';

// The Electron entry: kept thin on purpose, everything it wires is tested in Node without Electron.
if (!app.requestSingleInstanceLock()) app.quit();

const devUrl = !app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined;
const appUrl = devUrl ?? pathToFileURL(join(import.meta.dirname, '../renderer/index.html')).href;
const isAppUrl = appUrlMatcher(appUrl);

function createWindow(): BrowserWindow {
  const window = createAppWindow(join(import.meta.dirname, '../preload/index.cjs'), { width: 1280, height: 800 }, isAppUrl);
  window.once('ready-to-show', () => window.show());
  void window.loadURL(appUrl);
  return window;
}

app.on('second-instance', () => {
  const [window] = BrowserWindow.getAllWindows();
  if (window) {
    if (window.isMinimized()) window.restore();
    window.focus();
  }
});

app.on('web-contents-created', (_event, contents) => hardenContents(contents, isAppUrl));

void app.whenReady().then(() => {
  // No remote content: every request outside the app's own files (or the dev server) is refused.
  session.defaultSession.webRequest.onBeforeRequest((details, callback) => {
    const url = details.url;
    const fromDevServer = devUrl !== undefined && URL.canParse(url) && new URL(url).host === new URL(devUrl).host;
    callback({ cancel: !(url.startsWith('file://') || url.startsWith('devtools://') || fromDevServer) });
  });
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  const router = createRouter(allHandlers({ today: () => new Date().toISOString().slice(0, 10), version: app.getVersion(), platform: process.platform }), { isTrustedSender: isAppUrl });
  registerIpc(ipcMain, router);
  createWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow();
  });
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
