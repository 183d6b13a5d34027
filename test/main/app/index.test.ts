import { existsSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { CHANNEL_NAMES } from '#shared/ipc/channels';
import { serializePlan } from '#shared/model';
import { writeRecentFiles } from '#main/storage/recentFiles';
import { WINDOW_STATE_NAME } from '#main/window/windowState';
import { createFakeElectron, fakeEvent, type FakeElectron, type FakeWindow } from '#test/helpers/fakeElectron';
import { smallPlan } from '#test/helpers/storagePlans';
import { tempFolders } from '#test/helpers/tempFolders';

// src/main/index.ts, the Electron entry, run under a fake Electron: what it wires, proved end to end through its IPC handlers.

const folder = tempFolders();
const APP_PAGE = pathToFileURL(join(import.meta.dirname, '../../../src/renderer/index.html')).href;
const EDIT = { scenarioId: 'caio-agency', itemId: 'caio-retainer', field: 'monthlyFee', value: 9000 };
/** The same edit in a plan file written by `planFile`. */
const FILE_EDIT = { scenarioId: 's', itemId: 'r', field: 'monthlyFee', value: 9000 };

interface Launch {
  /** Arguments added to this process's argv for the launch, as the OS would pass them. */
  readonly argv?: readonly string[];
  /** What happens before Electron is ready (macOS sends open-file then). */
  readonly beforeReady?: (electron: FakeElectron) => void;
  readonly userData?: string;
  /** The platform the entry believes it runs on (it reads process.platform as it starts); this machine's by default. */
  readonly platform?: NodeJS.Platform;
}

/** Starts the app under a fresh fake Electron and waits for its first window. */
async function launch(options: Launch = {}): Promise<FakeElectron> {
  vi.resetModules();
  const electron = createFakeElectron();
  electron.app.paths.set('userData', options.userData ?? folder());
  vi.doMock('electron', () => electron);
  const argv = process.argv;
  const platform = Object.getOwnPropertyDescriptor(process, 'platform');
  process.argv = [...argv, ...(options.argv ?? [])];
  if (options.platform) Object.defineProperty(process, 'platform', { value: options.platform });
  try {
    await import('#main/index');
    options.beforeReady?.(electron);
    electron.app.becomeReady();
    await vi.waitFor(() => expect(electron.BrowserWindow.getAllWindows()).not.toHaveLength(0));
  } finally {
    process.argv = argv;
    if (platform) Object.defineProperty(process, 'platform', platform);
  }
  return electron;
}

function windowsOf(electron: FakeElectron): FakeWindow[] {
  return electron.BrowserWindow.getAllWindows();
}

/** The only window, or the one at `index`. */
function windowAt(electron: FakeElectron, index = 0): FakeWindow {
  const window = windowsOf(electron)[index];
  if (!window) throw new Error(`no window ${index}`);
  return window;
}

/** Calls a channel as `window`'s page does, and unwraps the result. */
async function call<T = Record<string, unknown>>(electron: FakeElectron, window: FakeWindow, channel: string, payload: unknown): Promise<T> {
  const result = (await electron.ipcMain.invoke(channel, payload, window.webContents, window.urls[0] ?? '')) as { ok: boolean; value?: T; error?: unknown };
  if (!result.ok) throw new Error(`${channel} failed: ${JSON.stringify(result.error)}`);
  return result.value as T;
}

function planFile(name: string, dir = folder()): string {
  const path = join(dir, name);
  writeFileSync(path, serializePlan(smallPlan(name)));
  return path;
}

function documentParam(window: FakeWindow): string | null {
  return new URL(window.urls[0] ?? 'file:///').searchParams.get('document');
}

function menuItems(items: readonly MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? menuItems(item.submenu) : [])]);
}

/** The items of Open Recent in the menu the app set last. */
function recentMenu(electron: FakeElectron): MenuItemConstructorOptions[] {
  const menu = electron.Menu.applied.at(-1);
  const openRecent = menuItems((menu?.template ?? []) as MenuItemConstructorOptions[]).find((item) => item.id === 'openRecent');
  if (!openRecent || !Array.isArray(openRecent.submenu)) throw new Error('no Open Recent menu');
  return openRecent.submenu;
}

function click(item: MenuItemConstructorOptions | undefined): void {
  if (!item?.click) throw new Error(`menu item ${item?.id ?? '(missing)'} cannot be clicked`);
  (item.click as () => void)();
}

function autosaves(userData: string): string[] {
  const dir = join(userData, 'autosave');
  return existsSync(dir) ? readdirSync(dir) : [];
}

describe('the Electron entry', () => {
  it('registers one ipcMain handler for every channel of the contract', async () => {
    const electron = await launch();
    expect([...electron.ipcMain.handlers.keys()].sort()).toEqual([...CHANNEL_NAMES].sort());
  });

  it('opens one isolated, sandboxed window on the app page, with no document named', async () => {
    const electron = await launch();
    expect(windowsOf(electron)).toHaveLength(1);
    const window = windowAt(electron);
    expect(window.urls).toEqual([APP_PAGE]);
    expect(window.options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false });
  });

  it('quits at once, opening nothing, when another instance holds the lock', async () => {
    vi.resetModules();
    const electron = createFakeElectron();
    electron.app.hasLock = false;
    vi.doMock('electron', () => electron);
    await import('#main/index');
    electron.app.becomeReady();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(electron.app.quitCalls).toBe(1);
    expect(windowsOf(electron)).toHaveLength(0);
    expect(electron.ipcMain.handlers.size).toBe(0);
  });

  it('opens a plan named by a second launch in a window of its own, resolved against that launch’s folder', async () => {
    const electron = await launch();
    const dir = folder();
    planFile('budget.leadsheet', dir);
    electron.app.emit('second-instance', fakeEvent(), ['/opt/Leadsheet/leadsheet', '--no-sandbox', 'budget.leadsheet'], dir, {});
    await vi.waitFor(() => expect(windowsOf(electron)).toHaveLength(2));
    const second = windowAt(electron, 1);
    const documentId = documentParam(second);
    expect(documentId).toEqual(expect.any(String));
    const opened = await call<{ file: { path: string; name: string } }>(electron, second, 'document:summary', { documentId });
    expect(opened.file).toMatchObject({ path: join(dir, 'budget.leadsheet'), name: 'budget.leadsheet' });
    expect(second.title).toBe('budget.leadsheet — Leadsheet');
  });

  it('shows a plan from a second launch in place of an untouched new plan', async () => {
    const electron = await launch();
    const window = windowAt(electron);
    await call(electron, window, 'document:create', {});
    const path = planFile('budget.leadsheet');
    electron.app.emit('second-instance', fakeEvent(), ['/opt/Leadsheet/leadsheet', path], '/', {});
    await vi.waitFor(() => expect(window.webContents.commands()).toEqual([{ type: 'show', documentId: expect.any(String) }]));
    expect(windowsOf(electron)).toHaveLength(1);
    expect(window.title).toBe('budget.leadsheet — Leadsheet');
  });

  it('brings the window forward when a second launch names no file', async () => {
    const electron = await launch();
    const window = windowAt(electron);
    window.minimized = true;
    electron.app.emit('second-instance', fakeEvent(), ['/opt/Leadsheet/leadsheet'], '/', {});
    expect(window.minimized).toBe(false);
    expect(electron.BrowserWindow.getFocusedWindow()).toBe(window);
  });

  it('holds a file the OS sends before the app is ready, then opens it instead of a blank window', async () => {
    const path = planFile('early.leadsheet');
    const openFile = fakeEvent();
    const electron = await launch({ beforeReady: (early) => early.app.emit('open-file', openFile, path) });
    expect(openFile.defaultPrevented).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(windowsOf(electron)).toHaveLength(1);
    const window = windowAt(electron);
    const opened = await call<{ file: { path: string } }>(electron, window, 'document:summary', { documentId: documentParam(window) });
    expect(opened.file.path).toBe(path);
  });

  it('opens a plan named on its own command line in the first window', async () => {
    const path = planFile('argv.leadsheet');
    const electron = await launch({ argv: [path] });
    expect(windowsOf(electron)).toHaveLength(1);
    expect(documentParam(windowAt(electron))).toEqual(expect.any(String));
  });

  it('names a refused file and the reason in an error box, and opens no window for it', async () => {
    const electron = await launch();
    const path = join(folder(), 'broken.leadsheet');
    writeFileSync(path, '{ not json');
    electron.app.emit('second-instance', fakeEvent(), ['/opt/Leadsheet/leadsheet', path], '/', {});
    await vi.waitFor(() => expect(electron.dialog.shown).toHaveLength(1));
    const [box] = electron.dialog.shown;
    expect(box?.options.type).toBe('error');
    expect(box?.options.message).toMatch(/Could not open "broken\.leadsheet": .+/);
    expect(windowsOf(electron)).toHaveLength(1);
  });

  it('titles the window after its document, marking it once edited through the IPC handler', async () => {
    const electron = await launch();
    const window = windowAt(electron);
    const { documentId } = await call<{ documentId: string }>(electron, window, 'document:create', {});
    expect(window.title).toBe('Untitled — Leadsheet');
    await call(electron, window, 'document:edit', { documentId, edits: [EDIT] });
    expect(window.title).toBe('• Untitled — Leadsheet');
  });

  describe('a window closing with unsaved changes', () => {
    /** An edited new plan in the first window, and the event its page's held unload sends. */
    async function unsaved(answer: number): Promise<{ electron: FakeElectron; window: FakeWindow; unload: ReturnType<typeof fakeEvent> }> {
      const electron = await launch();
      const window = windowAt(electron);
      const { documentId } = await call<{ documentId: string }>(electron, window, 'document:create', {});
      await call(electron, window, 'document:edit', { documentId, edits: [EDIT] });
      electron.dialog.messageBoxAnswers.push(answer);
      const unload = fakeEvent();
      window.webContents.emit('will-prevent-unload', unload);
      return { electron, window, unload };
    }

    it('asks, as a sheet on the window, whether to save the file by name', async () => {
      const { electron, window } = await unsaved(2);
      expect(electron.dialog.shown).toEqual([
        {
          window,
          sync: true,
          options: expect.objectContaining({
            buttons: ['Save', "Don't Save", 'Cancel'],
            defaultId: 0,
            cancelId: 2,
            message: 'Do you want to save the changes you made to "Untitled"?',
            detail: "Your changes will be lost if you don't save them.",
          }),
        },
      ]);
    });

    it('on Save, asks the page to save and close, and keeps the page until it has', async () => {
      const { window, unload } = await unsaved(0);
      expect(window.webContents.commands()).toEqual([{ type: 'saveAndClose' }]);
      expect(unload.defaultPrevented).toBe(false);
    });

    it("on Don't Save, lets the page unload", async () => {
      const { window, unload } = await unsaved(1);
      expect(unload.defaultPrevented).toBe(true);
      expect(window.webContents.commands()).toEqual([]);
    });

    it('on Cancel, keeps the page and sends it nothing', async () => {
      const { window, unload } = await unsaved(2);
      expect(unload.defaultPrevented).toBe(false);
      expect(window.webContents.commands()).toEqual([]);
    });
  });

  it('closes a closed window’s documents, deleting their autosaves, and saves its place, all before quitting on Linux', async () => {
    const userData = folder();
    const electron = await launch({ userData });
    const window = windowAt(electron);
    const { documentId } = await call<{ documentId: string }>(electron, window, 'document:create', {});
    await call(electron, window, 'document:edit', { documentId, edits: [EDIT] });
    await vi.waitFor(() => expect(autosaves(userData)).toEqual([expect.stringContaining(documentId)]), { timeout: 5000 });
    let atExit: { autosaves: string[]; windowState: boolean } | undefined;
    electron.app.on('quit', () => (atExit = { autosaves: autosaves(userData), windowState: existsSync(join(userData, WINDOW_STATE_NAME)) }));
    window.contents.preventsUnload = true;
    electron.dialog.messageBoxAnswers.push(1);
    window.close();
    expect(window.isDestroyed()).toBe(true);
    await vi.waitFor(() => expect(electron.app.exited).toBe(true));
    expect(atExit).toEqual({ autosaves: [], windowState: true });
  });

  it('writes pending autosaves when asked to quit, before any window asks about unsaved work', async () => {
    const userData = folder();
    const electron = await launch({ userData });
    const window = windowAt(electron);
    const { documentId } = await call<{ documentId: string }>(electron, window, 'document:create', {});
    await call(electron, window, 'document:edit', { documentId, edits: [EDIT] });
    expect(autosaves(userData)).toEqual([]);
    window.contents.preventsUnload = true;
    electron.dialog.messageBoxAnswers.push(2);
    electron.app.quit();
    // The prompt comes only once the quit resumes, well before the autosave's own one-second timer.
    await vi.waitFor(() => expect(electron.dialog.shown).toHaveLength(1), { timeout: 500 });
    expect(autosaves(userData)).toEqual([expect.stringContaining(documentId)]);
    expect(window.isDestroyed()).toBe(false);
    expect(electron.app.exited).toBe(false);
  });

  describe('quitting with unsaved plans', () => {
    /** Two windows, each with an edited plan its page holds its unload for: a new plan, and one opened from a file. */
    async function twoUnsaved(): Promise<{ electron: FakeElectron; first: FakeWindow; second: FakeWindow; firstId: string; secondPath: string }> {
      // On macOS, where closing the last window does not quit: only the quit itself can.
      const electron = await launch({ platform: 'darwin' });
      const first = windowAt(electron);
      const { documentId: firstId } = await call<{ documentId: string }>(electron, first, 'document:create', {});
      await call(electron, first, 'document:edit', { documentId: firstId, edits: [EDIT] });
      const secondPath = planFile('second.leadsheet');
      electron.app.emit('second-instance', fakeEvent(), ['/opt/Leadsheet/leadsheet', secondPath], '/', {});
      await vi.waitFor(() => expect(windowsOf(electron)).toHaveLength(2));
      const second = windowAt(electron, 1);
      await call(electron, second, 'document:edit', { documentId: documentParam(second), edits: [FILE_EDIT] });
      first.contents.preventsUnload = true;
      second.contents.preventsUnload = true;
      return { electron, first, second, firstId, secondPath };
    }

    /** Quits, answering the close prompts in turn, and waits until they have been asked. */
    async function quitAnswering(electron: FakeElectron, answers: readonly number[]): Promise<void> {
      electron.dialog.messageBoxAnswers.push(...answers);
      electron.app.quit();
      await vi.waitFor(() => expect(electron.dialog.shown).toHaveLength(answers.length), { timeout: 2000 });
    }

    /** What the page does on saveAndClose once its save worked: it no longer holds its unload, and closes its window. */
    function pageClosesAfterSaving(window: FakeWindow): void {
      window.contents.preventsUnload = false;
      window.close();
    }

    it('on Save, quits once that window’s page has saved and closed it; the other window asked in turn and Don’t Save let it go', async () => {
      const { electron, first, second, firstId } = await twoUnsaved();
      await quitAnswering(electron, [0, 1]);
      expect(electron.dialog.shown.map((box) => box.window)).toEqual([first, second]);
      expect(first.webContents.commands()).toEqual([{ type: 'saveAndClose' }]);
      expect(second.isDestroyed()).toBe(true);
      expect(first.isDestroyed()).toBe(false);
      expect(electron.app.exited).toBe(false);

      electron.dialog.saveAnswers.push(join(folder(), 'first.leadsheet'));
      await call(electron, first, 'file:saveAs', { documentId: firstId });
      pageClosesAfterSaving(first);
      await vi.waitFor(() => expect(electron.app.exited).toBe(true));
    });

    it('on Save in both windows, waits for both pages to save and close before quitting', async () => {
      const { electron, first, second, firstId } = await twoUnsaved();
      await quitAnswering(electron, [0, 0]);
      electron.dialog.saveAnswers.push(join(folder(), 'first.leadsheet'));
      await call(electron, first, 'file:saveAs', { documentId: firstId });
      pageClosesAfterSaving(first);
      const quitsSoFar = electron.app.quitCalls;
      await call(electron, second, 'file:save', { documentId: documentParam(second), overwrite: false });
      expect(electron.app.quitCalls).toBe(quitsSoFar);
      pageClosesAfterSaving(second);
      await vi.waitFor(() => expect(electron.app.exited).toBe(true));
    });

    it('on Cancel in the other window, stops the quit: the saving window closes and the app keeps running', async () => {
      const { electron, first, second, firstId } = await twoUnsaved();
      await quitAnswering(electron, [0, 2]);
      const quitsSoFar = electron.app.quitCalls;
      electron.dialog.saveAnswers.push(join(folder(), 'first.leadsheet'));
      await call(electron, first, 'file:saveAs', { documentId: firstId });
      // A quit would start at once, as the window closes.
      pageClosesAfterSaving(first);
      expect(electron.app.quitCalls).toBe(quitsSoFar);
      expect(second.isDestroyed()).toBe(false);
      expect(electron.app.exited).toBe(false);
    });

    /** Ways the page's save ends without saving, played through main's handlers as the page calls them. */
    const failedSaves: [string, (electron: FakeElectron, window: FakeWindow, path: string) => Promise<unknown>][] = [
      [
        'its Save dialog is cancelled',
        (electron, window) => {
          electron.dialog.saveAnswers.push(null);
          return call(electron, window, 'file:saveAs', { documentId: documentParam(window) });
        },
      ],
      [
        'its file changed on disk',
        (electron, window, path) => {
          writeFileSync(path, serializePlan(smallPlan('changed by someone else')));
          return call(electron, window, 'file:save', { documentId: documentParam(window), overwrite: false }).catch(() => undefined);
        },
      ],
    ];

    it.each(failedSaves)('stops the quit when the page’s save fails because %s, and a later plain close of that window does not quit', async (_why, failSave) => {
      const { electron, first, second, secondPath } = await twoUnsaved();
      await quitAnswering(electron, [1, 0]);
      expect(first.isDestroyed()).toBe(true);
      expect(second.webContents.commands()).toEqual([{ type: 'saveAndClose' }]);
      await failSave(electron, second, secondPath);
      const quitsSoFar = electron.app.quitCalls;

      // Later the user opens another plan, saves this one over the file, and closes its window.
      electron.app.emit('second-instance', fakeEvent(), ['/opt/Leadsheet/leadsheet', planFile('third.leadsheet')], '/', {});
      await vi.waitFor(() => expect(windowsOf(electron)).toHaveLength(2));
      await call(electron, second, 'file:save', { documentId: documentParam(second), overwrite: true });
      pageClosesAfterSaving(second);
      expect(electron.app.quitCalls).toBe(quitsSoFar);
      expect(windowsOf(electron)).toHaveLength(1);
      expect(electron.app.exited).toBe(false);
    });
  });

  it('tells the window whose plan lost its recovery copy, in plain words, and that window alone when it has one again', async () => {
    const userData = folder();
    const electron = await launch({ userData });
    const first = windowAt(electron);
    // A saved plan here, so the next one gets a window of its own.
    const { documentId: firstId } = await call<{ documentId: string }>(electron, first, 'document:create', {});
    electron.dialog.saveAnswers.push(join(folder(), 'first.leadsheet'));
    await call(electron, first, 'file:saveAs', { documentId: firstId });
    electron.app.emit('second-instance', fakeEvent(), ['/opt/Leadsheet/leadsheet', planFile('second.leadsheet')], '/', {});
    await vi.waitFor(() => expect(windowsOf(electron)).toHaveLength(2));
    const second = windowAt(electron, 1);
    const documentId = documentParam(second);
    // Something where the autosave folder should be: no autosave can be written.
    const blocker = join(userData, 'autosave');
    writeFileSync(blocker, 'not a folder');
    const reports = (window: FakeWindow): unknown[] => window.contents.sent.filter((message) => message.channel === 'document:autosave').map((message) => message.payload);

    await call(electron, second, 'document:edit', { documentId, edits: [FILE_EDIT] });
    await vi.waitFor(() => expect(reports(second)).toHaveLength(1), { timeout: 5000 });
    expect(reports(second)).toEqual([{ documentId, ok: false, message: expect.stringMatching(/^Leadsheet could not keep a recovery copy of this plan: .+ save it \(Ctrl\+S\) to keep your changes\.$/) }]);

    rmSync(blocker);
    await call(electron, second, 'document:edit', { documentId, edits: [{ ...FILE_EDIT, value: 9100 }] });
    await vi.waitFor(() => expect(reports(second)).toHaveLength(2), { timeout: 5000 });
    expect(reports(second)[1]).toEqual({ documentId, ok: true });
    expect(reports(first)).toEqual([]);
  });

  it('denies every permission a page asks for', async () => {
    const electron = await launch();
    const granted = vi.fn();
    electron.session.defaultSession.lockDown.permissions?.(windowAt(electron).webContents, 'media', granted);
    expect(granted).toHaveBeenCalledWith(false);
  });

  it('cancels requests for remote content and lets the app’s own files through', async () => {
    const electron = await launch();
    const answer = (url: string): unknown => {
      const callback = vi.fn();
      electron.session.defaultSession.lockDown.requests?.({ url }, callback);
      return callback.mock.calls[0]?.[0];
    };
    expect(answer('https://example.com/track.js')).toEqual({ cancel: true });
    expect(answer(APP_PAGE)).toEqual({ cancel: false });
  });

  it('lists a plan under Open Recent once it is saved', async () => {
    const electron = await launch();
    expect(recentMenu(electron)[0]).toMatchObject({ id: 'noRecent', enabled: false });
    const window = windowAt(electron);
    const { documentId } = await call<{ documentId: string }>(electron, window, 'document:create', {});
    const path = join(folder(), 'saved.leadsheet');
    electron.dialog.saveAnswers.push(path);
    await call(electron, window, 'file:saveAs', { documentId });
    expect(recentMenu(electron)[0]).toMatchObject({ label: 'saved.leadsheet', toolTip: path });
    expect(window.title).toBe('saved.leadsheet — Leadsheet');
    expect(electron.app.recentDocuments).toEqual([path]);
  });

  it('reads the recent files at start; Open Recent opens one as the OS would, and Clear Recent empties the menu', async () => {
    const userData = folder();
    const path = planFile('recent.leadsheet');
    await writeRecentFiles(userData, [path]);
    const electron = await launch({ userData });
    const [first] = recentMenu(electron);
    expect(first).toMatchObject({ toolTip: path });
    click(first);
    await vi.waitFor(() => expect(windowsOf(electron)).toHaveLength(2));
    expect(documentParam(windowAt(electron, 1))).toEqual(expect.any(String));
    click(recentMenu(electron).find((item) => item.id === 'clearRecent'));
    await vi.waitFor(() => expect(recentMenu(electron)[0]).toMatchObject({ id: 'noRecent' }));
    expect(electron.app.recentDocuments).toEqual([]);
  });

  it('sends other menu commands to the window in use', async () => {
    const electron = await launch();
    const window = windowAt(electron);
    click(menuItems((electron.Menu.applied.at(-1)?.template ?? []) as MenuItemConstructorOptions[]).find((item) => item.id === 'save'));
    expect(window.webContents.commands()).toEqual([{ type: 'save' }]);
  });
});
