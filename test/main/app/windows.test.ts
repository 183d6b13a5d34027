import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { FileStatus } from '#shared/ipc/fileChannels';
import type { Windows, WindowsHost } from '#main/app/windows';
import { saveWindowState, WINDOW_STATE_NAME } from '#main/window/windowState';
import { createFakeElectron, fakeEvent, type FakeElectron, type FakeWindow } from '#test/helpers/fakeElectron';
import { tempFolders } from '#test/helpers/tempFolders';

const folder = tempFolders();
const APP_URL = 'file:///app/renderer/index.html';
const UNTOUCHED: FileStatus = { path: null, name: 'Untitled', unsaved: false };
const SAVED: FileStatus = { path: '/plans/q3.leadsheet', name: 'q3.leadsheet', unsaved: false };

interface Setup {
  readonly electron: FakeElectron;
  readonly windows: Windows;
  readonly closed: { owner: string; documentIds: readonly string[] }[];
  readonly userData: string;
}

/** The windows module over a fresh fake Electron; `host` overrides the defaults. */
async function setup(host: Partial<WindowsHost> = {}): Promise<Setup> {
  vi.resetModules();
  const electron = createFakeElectron();
  vi.doMock('electron', () => electron);
  const { createWindows } = await import('#main/app/windows');
  const closed: Setup['closed'] = [];
  const userData = folder();
  const windows = createWindows({
    appUrl: APP_URL,
    preload: '/app/preload/index.cjs',
    isAppUrl: (url) => url.startsWith(APP_URL),
    userData,
    platform: 'linux',
    displays: () => [electron.screen.getPrimaryDisplay()],
    dialog: electron.dialog,
    onClosed: async (owner, documentIds) => void closed.push({ owner, documentIds }),
    quit: () => undefined,
    ...host,
  });
  return { electron, windows, closed, userData };
}

async function opened(windows: Windows, documentId?: string): Promise<FakeWindow> {
  return (await windows.open(documentId)) as unknown as FakeWindow;
}

function ownerOf(window: FakeWindow): string {
  return String(window.webContents.id);
}

describe('the app windows', () => {
  it('opens a window on a document with the document named in its address', async () => {
    const { windows } = await setup();
    const window = await opened(windows, 'doc-7');
    expect(window.urls).toEqual([`${APP_URL}?document=doc-7`]);
    const blank = await opened(windows);
    expect(blank.urls).toEqual([APP_URL]);
  });

  it('places the first window where the last run left it, and cascades the next from the one in use', async () => {
    const userData = folder();
    await saveWindowState(userData, { x: 200, y: 150, width: 1000, height: 700, maximized: false });
    const { windows } = await setup({ userData });
    const first = await opened(windows);
    expect(first.options).toMatchObject({ x: 200, y: 150, width: 1000, height: 700 });
    const second = await opened(windows);
    expect(second.options).toMatchObject({ x: 224, y: 174, width: 1000, height: 700 });
  });

  it('keeps a cascaded window on the screen', async () => {
    const userData = folder();
    await saveWindowState(userData, { x: 900, y: 370, width: 1000, height: 700, maximized: false });
    const { windows } = await setup({ userData });
    await opened(windows);
    const next = await opened(windows);
    expect(next.options).toMatchObject({ x: 920, y: 380 });
  });

  it('titles the window owning a document after its file status, with the unsaved mark', async () => {
    const { windows } = await setup();
    const window = await opened(windows);
    windows.fileStatus(ownerOf(window), { ...SAVED, unsaved: true });
    expect(window.title).toBe('• q3.leadsheet — Leadsheet');
    expect(window.representedFilename).toBe('');
  });

  it('on macOS, marks the document edited and gives it the file as proxy icon instead', async () => {
    const { windows } = await setup({ platform: 'darwin' });
    const window = await opened(windows);
    windows.fileStatus(ownerOf(window), { ...SAVED, unsaved: true });
    expect(window.title).toBe('q3.leadsheet — Leadsheet');
    expect(window.documentEdited).toBe(true);
    expect(window.representedFilename).toBe('/plans/q3.leadsheet');
  });

  it('keeps the page from replacing the title', async () => {
    const { windows } = await setup();
    const window = await opened(windows);
    const titleUpdate = fakeEvent();
    window.emit('page-title-updated', titleUpdate, 'Vite App');
    expect(titleUpdate.defaultPrevented).toBe(true);
  });

  it('shows a document in the window in use when that holds an untouched new plan', async () => {
    const { windows, electron } = await setup();
    const window = await opened(windows);
    windows.fileStatus(ownerOf(window), UNTOUCHED);
    await windows.present('doc-2', SAVED);
    expect(window.webContents.commands()).toEqual([{ type: 'show', documentId: 'doc-2' }]);
    expect(window.title).toBe('q3.leadsheet — Leadsheet');
    expect(electron.BrowserWindow.getAllWindows()).toHaveLength(1);
  });

  it('gives a document a window of its own when the one in use holds work, or has no plan yet', async () => {
    const { windows, electron } = await setup();
    const loading = await opened(windows);
    await windows.present('doc-2', SAVED);
    expect(electron.BrowserWindow.getAllWindows()).toHaveLength(2);
    const edited = electron.BrowserWindow.getAllWindows()[1]!;
    windows.fileStatus(ownerOf(edited), { path: null, name: 'Untitled', unsaved: true });
    await windows.present('doc-3', SAVED);
    expect(electron.BrowserWindow.getAllWindows().map((window) => window.urls[0])).toEqual([APP_URL, `${APP_URL}?document=doc-2`, `${APP_URL}?document=doc-3`]);
    expect(loading.webContents.commands()).toEqual([]);
  });

  it('shows only the first of two files opened at once in place of an untouched plan', async () => {
    const { windows, electron } = await setup();
    const window = await opened(windows);
    windows.fileStatus(ownerOf(window), UNTOUCHED);
    await Promise.all([windows.present('doc-a', SAVED), windows.present('doc-b', { ...SAVED, path: '/plans/b.leadsheet' })]);
    expect(window.webContents.commands()).toEqual([{ type: 'show', documentId: 'doc-a' }]);
    expect(electron.BrowserWindow.getAllWindows()[1]?.urls).toEqual([`${APP_URL}?document=doc-b`]);
  });

  it('brings forward the window showing a document, found by the document it was sent or by its file', async () => {
    const { windows, electron } = await setup();
    const onDocument = await opened(windows, 'doc-1');
    const onFile = await opened(windows);
    windows.fileStatus(ownerOf(onFile), SAVED);
    onDocument.minimized = true;
    expect(windows.focusDocument('doc-1', null)).toBe(true);
    expect(onDocument.minimized).toBe(false);
    expect(electron.BrowserWindow.getFocusedWindow()).toBe(onDocument);
    expect(windows.focusDocument('doc-9', '/plans/q3.leadsheet')).toBe(true);
    expect(electron.BrowserWindow.getFocusedWindow()).toBe(onFile);
    expect(windows.focusDocument('doc-9', '/plans/other.leadsheet')).toBe(false);
  });

  it('takes the window focused last as the one in use', async () => {
    const { windows } = await setup();
    const first = await opened(windows);
    const second = await opened(windows);
    expect(windows.current()).toBe(second);
    first.focus();
    expect(windows.current()).toBe(first);
  });

  it('raises the window in use, or opens one when there is none', async () => {
    const { windows, electron } = await setup();
    windows.raise();
    await vi.waitFor(() => expect(electron.BrowserWindow.getAllWindows()).toHaveLength(1));
    const window = electron.BrowserWindow.getAllWindows()[0]!;
    window.minimized = true;
    windows.raise();
    expect(window.minimized).toBe(false);
    expect(electron.BrowserWindow.getAllWindows()).toHaveLength(1);
  });

  it('asks to save a closing window’s unsaved plan by its file name', async () => {
    const { windows, electron } = await setup();
    const window = await opened(windows);
    windows.fileStatus(ownerOf(window), { ...SAVED, unsaved: true });
    window.contents.preventsUnload = true;
    electron.dialog.messageBoxAnswers.push(2);
    window.close();
    expect(electron.dialog.shown[0]?.options.message).toBe('Do you want to save the changes you made to "q3.leadsheet"?');
    expect(window.isDestroyed()).toBe(false);
  });

  it('reports a closed window’s owner and the documents sent to it, read before its webContents is gone', async () => {
    const { windows, closed } = await setup();
    const window = await opened(windows, 'doc-1');
    const owner = ownerOf(window);
    windows.fileStatus(owner, UNTOUCHED);
    await windows.present('doc-2', SAVED);
    window.close();
    await windows.settled();
    expect(closed).toEqual([{ owner, documentIds: ['doc-1', 'doc-2'] }]);
    expect(windows.current()).toBeUndefined();
  });

  it('saves a closing window’s bounds, and is settled only once its closing work is done', async () => {
    let finish: () => void = () => undefined;
    const { windows, userData } = await setup({ onClosed: () => new Promise<void>((resolve) => (finish = resolve)) });
    const window = await opened(windows);
    window.bounds = { x: 40, y: 50, width: 1100, height: 720 };
    window.close();
    let settled = false;
    const waiting = windows.settled().then(() => (settled = true));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(settled).toBe(false);
    finish();
    await waiting;
    expect(JSON.parse(readFileSync(join(userData, WINDOW_STATE_NAME), 'utf8'))).toEqual({ x: 40, y: 50, width: 1100, height: 720, maximized: false });
  });
});
