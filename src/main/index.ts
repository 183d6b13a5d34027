import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { app, BrowserWindow, ipcMain, Menu, screen, session } from 'electron';
import { sendEvent } from './ipc/events';
import { allHandlers } from './ipc/handlers';
import { registerIpc } from './ipc/register';
import { createRouter } from './ipc/router';
import { menuTemplate, type MenuCommand } from './menu/menuTemplate';
import { createAppWindow } from './window/createWindow';
import { appUrlMatcher, hardenContents } from './window/secureWindow';
import { loadWindowState, saveWindowState } from './window/windowState';

// The Electron entry: kept thin on purpose, everything it wires is tested in Node without Electron.
if (!app.requestSingleInstanceLock()) app.quit();

const devUrl = !app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined;
const appUrl = devUrl ?? pathToFileURL(join(import.meta.dirname, '../renderer/index.html')).href;
const isAppUrl = appUrlMatcher(appUrl);
let savingWindowState: Promise<unknown> | null = null;

/** Menu commands go to the focused window's renderer, which owns the document and its undo history. */
function sendCommand(command: MenuCommand): void {
  const window = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
  // Recent files are opened by main, which owns the list; the list is filled once files open through IPC.
  if (!window || command.type === 'openRecent' || command.type === 'clearRecent') return;
  sendEvent(window.webContents, 'menu:command', command);
}

async function createWindow(): Promise<BrowserWindow> {
  const userData = app.getPath('userData');
  const displays = [screen.getPrimaryDisplay(), ...screen.getAllDisplays()];
  const { maximized, ...bounds } = await loadWindowState(userData, displays, { width: 1280, height: 800, maximized: false });
  const window = createAppWindow(join(import.meta.dirname, '../preload/index.cjs'), bounds, isAppUrl);
  window.on('page-title-updated', (event) => event.preventDefault());
  window.once('ready-to-show', () => {
    if (maximized) window.maximize();
    window.show();
  });
  window.on('close', () => {
    savingWindowState = saveWindowState(userData, { ...window.getNormalBounds(), maximized: window.isMaximized() || window.isFullScreen() });
  });
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
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(menuTemplate({ platform: process.platform, appName: app.name, version: app.getVersion(), isPackaged: app.isPackaged, recent: [], send: sendCommand })),
  );
  void createWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) void createWindow();
  });
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});

// The window's bounds are written as it closes; quitting waits for that write to finish.
app.on('will-quit', (event) => {
  if (!savingWindowState) return;
  event.preventDefault();
  const pending = savingWindowState;
  savingWindowState = null;
  void pending.finally(() => app.quit());
});
