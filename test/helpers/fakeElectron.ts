import { EventEmitter } from 'node:events';

/**
 * A stand-in for the `electron` module, for tests of main's wiring on a machine without Electron.
 * A fresh one per test: `vi.resetModules(); const electron = createFakeElectron();
 * vi.doMock('electron', () => electron);` and then import the code under test dynamically
 * (`vi.mock`'s factory runs once per file, so its fake would carry state from test to test).
 * It records what the app asked for and plays the events Electron would send; it does what
 * Electron does where the app depends on it (a closed window's webContents cannot be read; quitting
 * closes every window, a page holding its unload stops that; `window-all-closed` is not sent
 * during a quit).
 */

/** An event a listener may cancel, as Electron passes them. */
export interface FakeEvent {
  defaultPrevented: boolean;
  preventDefault(): void;
}

export function fakeEvent(): FakeEvent {
  const event = {
    defaultPrevented: false,
    preventDefault() {
      event.defaultPrevented = true;
    },
  };
  return event;
}

/** A message box the app showed: the window it was a sheet on (if any), and its options. */
export interface ShownMessageBox {
  readonly window: unknown;
  readonly options: { readonly type?: string; readonly message: string; readonly detail?: string; readonly buttons?: readonly string[]; readonly defaultId?: number; readonly cancelId?: number };
  readonly sync: boolean;
}

interface Bounds {
  x: number;
  y: number;
  width: number;
  height: number;
}

type IpcListener = (event: { sender: unknown; senderFrame: { url: string } }, payload: unknown) => Promise<unknown>;
type RequestListener = (details: { url: string }, callback: (response: { cancel: boolean }) => void) => void;
type PermissionHandler = (contents: unknown, permission: string, callback: (granted: boolean) => void) => void;

/** Splits Electron's `(window, options)` / `(options)` overloads. */
function withWindow<T>(args: readonly unknown[]): { window: unknown; options: T } {
  return args.length > 1 ? { window: args[0], options: args[1] as T } : { window: undefined, options: args[0] as T };
}

export function createFakeElectron() {
  let nextContentsId = 1;
  const focus: { window: FakeBrowserWindow | null } = { window: null };
  let quitting = false;
  const windows: FakeBrowserWindow[] = [];

  class FakeWebContents extends EventEmitter {
    readonly id = nextContentsId++;
    readonly sent: { channel: string; payload: unknown }[] = [];
    /** Set by a test to play a page whose beforeunload handler holds it (its plan is unsaved). */
    preventsUnload = false;
    destroyed = false;
    windowOpenHandler: ((details: { url: string }) => { action: string }) | undefined;

    send(channel: string, payload: unknown): void {
      if (this.destroyed) throw new Error('Object has been destroyed');
      this.sent.push({ channel, payload });
    }
    isDestroyed(): boolean {
      return this.destroyed;
    }
    setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
      this.windowOpenHandler = handler;
    }
    /** The menu commands sent to this page. */
    commands(): unknown[] {
      return this.sent.filter((message) => message.channel === 'menu:command').map((message) => message.payload);
    }
  }

  class FakeBrowserWindow extends EventEmitter {
    static getFocusedWindow(): FakeBrowserWindow | null {
      return focus.window;
    }
    static getAllWindows(): FakeBrowserWindow[] {
      return [...windows];
    }
    static fromWebContents(contents: unknown): FakeBrowserWindow | null {
      return windows.find((window) => window.contents === contents) ?? null;
    }

    readonly contents = new FakeWebContents();
    readonly urls: string[] = [];
    bounds: Bounds;
    title: string;
    documentEdited = false;
    representedFilename = '';
    visible = false;
    minimized = false;
    destroyed = false;

    constructor(readonly options: { x?: number; y?: number; width: number; height: number; title?: string; webPreferences?: Record<string, unknown> }) {
      super();
      this.bounds = { x: options.x ?? 100, y: options.y ?? 100, width: options.width, height: options.height };
      this.title = options.title ?? '';
      windows.push(this);
    }

    /** As in Electron, reading a closed window's webContents throws. */
    get webContents(): FakeWebContents {
      if (this.destroyed) throw new TypeError('Object has been destroyed');
      return this.contents;
    }
    loadURL(url: string): Promise<void> {
      this.urls.push(url);
      return Promise.resolve();
    }
    show(): void {
      this.visible = true;
      this.focus();
    }
    focus(): void {
      this.minimized = false;
      if (focus.window === this) return;
      focus.window = this;
      this.emit('focus');
    }
    maximize(): void {}
    isMaximized(): boolean {
      return false;
    }
    isFullScreen(): boolean {
      return false;
    }
    isMinimized(): boolean {
      return this.minimized;
    }
    restore(): void {
      this.minimized = false;
    }
    getNormalBounds(): Bounds {
      return { ...this.bounds };
    }
    setTitle(title: string): void {
      this.title = title;
    }
    setDocumentEdited(edited: boolean): void {
      this.documentEdited = edited;
    }
    setRepresentedFilename(path: string): void {
      this.representedFilename = path;
    }
    isDestroyed(): boolean {
      return this.destroyed;
    }
    /** Closes as Electron does: 'close' may be cancelled, then a page holding its unload asks main through 'will-prevent-unload'. */
    close(): void {
      if (this.destroyed) return;
      const close = fakeEvent();
      this.emit('close', close);
      if (close.defaultPrevented) return;
      if (this.contents.preventsUnload) {
        const unload = fakeEvent();
        this.contents.emit('will-prevent-unload', unload);
        if (!unload.defaultPrevented) return;
      }
      this.destroy();
    }
    destroy(): void {
      this.destroyed = true;
      this.contents.destroyed = true;
      windows.splice(windows.indexOf(this), 1);
      if (focus.window === this) focus.window = null;
      this.emit('closed');
      if (windows.length === 0 && !quitting) app.emit('window-all-closed');
    }
  }

  class FakeApp extends EventEmitter {
    readonly name = 'Leadsheet';
    readonly isPackaged = false;
    readonly paths = new Map<string, string>();
    /** What requestSingleInstanceLock answers: false plays a second launch. */
    hasLock = true;
    quitCalls = 0;
    /** The system's recent documents as the app left them, newest first. */
    readonly recentDocuments: string[] = [];
    /** True once a quit went through: every window closed and nothing held it. */
    exited = false;
    private ready = false;
    private readonly readyPromise: Promise<void>;
    private resolveReady: () => void = () => undefined;

    constructor() {
      super();
      this.readyPromise = new Promise((resolve) => {
        this.resolveReady = resolve;
      });
    }
    requestSingleInstanceLock(): boolean {
      return this.hasLock;
    }
    whenReady(): Promise<void> {
      return this.readyPromise;
    }
    isReady(): boolean {
      return this.ready;
    }
    /** Plays Electron finishing its start. */
    becomeReady(): void {
      this.ready = true;
      this.resolveReady();
      this.emit('ready');
    }
    getPath(name: string): string {
      const path = this.paths.get(name);
      if (path === undefined) throw new Error(`the fake app has no path '${name}'`);
      return path;
    }
    getVersion(): string {
      return '0.1.0';
    }
    addRecentDocument(path: string): void {
      this.recentDocuments.splice(0, this.recentDocuments.length, path, ...this.recentDocuments.filter((p) => p !== path));
    }
    clearRecentDocuments(): void {
      this.recentDocuments.length = 0;
    }
    quit(): void {
      this.quitCalls += 1;
      const beforeQuit = fakeEvent();
      this.emit('before-quit', beforeQuit);
      if (beforeQuit.defaultPrevented) return;
      quitting = true;
      for (const window of [...windows]) window.close();
      quitting = false;
      if (windows.length > 0) return;
      const willQuit = fakeEvent();
      this.emit('will-quit', willQuit);
      if (willQuit.defaultPrevented) return;
      this.exited = true;
      this.emit('quit');
    }
  }

  const app = new FakeApp();

  const handlers = new Map<string, IpcListener>();
  const ipcMain = {
    handlers,
    handle(channel: string, listener: IpcListener): void {
      if (handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
      handlers.set(channel, listener);
    },
    /** Calls a channel as a page would: `sender` is the page's webContents, `url` its frame's address. */
    invoke(channel: string, payload: unknown, sender: FakeWebContents, url: string): Promise<unknown> {
      const listener = handlers.get(channel);
      if (!listener) throw new Error(`no handler for '${channel}'`);
      return listener({ sender, senderFrame: { url } }, payload);
    },
  };

  const menus: { template: unknown[] }[] = [];
  const Menu = {
    /** Every menu the app set, oldest first. */
    applied: menus,
    buildFromTemplate: (template: unknown[]) => ({ template }),
    setApplicationMenu: (menu: { template: unknown[] }) => void menus.push(menu),
  };

  const shown: ShownMessageBox[] = [];
  const dialog = {
    shown,
    /** Button indexes the next message boxes answer with; an empty queue answers Cancel (or 0). */
    messageBoxAnswers: [] as number[],
    /** Paths the next save dialogs answer with; null (or an empty queue) cancels. */
    saveAnswers: [] as (string | null)[],
    openAnswers: [] as (string | null)[],
    showMessageBoxSync(...args: unknown[]): number {
      const { window, options } = withWindow<ShownMessageBox['options']>(args);
      shown.push({ window, options, sync: true });
      return dialog.messageBoxAnswers.shift() ?? options.cancelId ?? 0;
    },
    async showMessageBox(...args: unknown[]): Promise<{ response: number; checkboxChecked: boolean }> {
      const { window, options } = withWindow<ShownMessageBox['options']>(args);
      shown.push({ window, options, sync: false });
      return { response: dialog.messageBoxAnswers.shift() ?? 0, checkboxChecked: false };
    },
    async showSaveDialog(): Promise<{ canceled: boolean; filePath: string }> {
      const answer = dialog.saveAnswers.shift() ?? null;
      return { canceled: answer === null, filePath: answer ?? '' };
    },
    async showOpenDialog(): Promise<{ canceled: boolean; filePaths: string[] }> {
      const answer = dialog.openAnswers.shift() ?? null;
      return { canceled: answer === null, filePaths: answer === null ? [] : [answer] };
    },
  };

  const display = { workArea: { x: 0, y: 0, width: 1920, height: 1080 } };
  const screen = { getPrimaryDisplay: () => display, getAllDisplays: () => [display] };

  const lockDown: { requests?: RequestListener; permissions?: PermissionHandler } = {};
  const session = {
    defaultSession: {
      lockDown,
      webRequest: {
        onBeforeRequest: (listener: RequestListener) => {
          lockDown.requests = listener;
        },
      },
      setPermissionRequestHandler: (handler: PermissionHandler) => {
        lockDown.permissions = handler;
      },
    },
  };

  return { app, BrowserWindow: FakeBrowserWindow, ipcMain, Menu, dialog, screen, session };
}

/** The fake module, as a test gets it from `await import('electron')`. */
export type FakeElectron = ReturnType<typeof createFakeElectron>;

/** A window of the fake. */
export type FakeWindow = InstanceType<FakeElectron['BrowserWindow']>;
