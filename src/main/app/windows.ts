import type { BrowserWindow, Dialog } from 'electron';
import type { AutosaveReport } from '#shared/ipc/events';
import type { FileStatus } from '#shared/ipc/fileChannels';
import { sendEvent } from '../ipc/events';
import { createAppWindow } from '../window/createWindow';
import { windowTitle } from '../window/title';
import { loadWindowState, placeWindow, saveWindowState, type DisplayArea, type WindowState } from '../window/windowState';
import { askToSaveChanges } from './unsavedPrompt';

/** How far a new window sits below and right of the current one, so both title bars show. */
const CASCADE_STEP = 24;
const FIRST_RUN_STATE: WindowState = { width: 1280, height: 800, maximized: false };

/** What the windows need: the page and its preload, the user-data folder, the screens, a message box, and what to do as one closes. */
export interface WindowsHost {
  readonly appUrl: string;
  readonly preload: string;
  readonly isAppUrl: (url: string) => boolean;
  readonly userData: string;
  readonly platform: NodeJS.Platform;
  /** Primary first, as `placeWindow` takes them. */
  readonly displays: () => readonly DisplayArea[];
  readonly dialog: Pick<Dialog, 'showMessageBoxSync'>;
  /**
   * A window closed. `owner` is its page's key (the webContents id, as documents are owned);
   * `documentIds` are those main sent it, which its page may not have claimed yet.
   */
  readonly onClosed: (owner: string, documentIds: readonly string[]) => Promise<unknown>;
  /** Quits the app (Electron's `app.quit`): a quit that waited for pages to save goes on with it. */
  readonly quit: () => void;
}

/** The app's windows, one per plan: each opened on a document, titled after its file, and asking before unsaved work is lost. */
export interface Windows {
  /** A new window: on `documentId` (its page asks for it with `?document=`), or on a new plan its page makes itself. */
  open(documentId?: string): Promise<BrowserWindow>;
  /**
   * Shows a document main opened (from the OS, Open Recent): in the current window if that holds
   * an untouched new plan, else in one of its own. Resolves once the window is there.
   */
  present(documentId: string, file: FileStatus): Promise<void>;
  /** Brings forward the window showing a document; false when none does. */
  focusDocument(documentId: string, path: string | null): boolean;
  /** The window the user worked in last, for menu commands. */
  current(): BrowserWindow | undefined;
  /** Brings the current window forward (a second launch with no file), or opens one when there is none (the Dock icon clicked). */
  raise(): void;
  /** A document's file status changed: the title of the window owning it follows. */
  fileStatus(owner: string, status: FileStatus): void;
  /** A document's recovery copy was lost or is back: the page owning it shows or clears its banner. */
  autosave(owner: string, report: AutosaveReport): void;
  /** A quit began (`before-quit`): windows that ask about unsaved work now answer for it. */
  quitting(): void;
  /** A page's save ended without saving: a quit waiting for its window to close stops, and the window stays open. */
  saveFailed(owner: string): void;
  /** Resolves when what closed windows left running (documents closing, bounds being saved) has finished. */
  settled(): Promise<void>;
}

interface Shown {
  readonly window: BrowserWindow;
  /** Documents main sent this window: opened on, or swapped in for an untouched plan. */
  readonly documentIds: Set<string>;
  /** The file status last reported for what it shows; none until its page has a document. */
  status: FileStatus | undefined;
}

/** No windows yet. */
export function createWindows(host: WindowsHost): Windows {
  // Keyed by owner and kept in focus order: the last entry is the window used last.
  const shown = new Map<string, Shown>();
  const pending = new Set<Promise<unknown>>();
  /**
   * The quit under way, if any. Choosing Save in a window cancels Electron's quit (the page held its
   * unload), so the windows whose pages are saving are kept here, and once the last of them has
   * closed the quit starts again. Cancel, or a save that fails, ends it.
   */
  let quit: { readonly saving: Set<string> } | undefined;

  function track(work: Promise<unknown>): void {
    pending.add(work);
    void work.finally(() => pending.delete(work));
  }

  function last(): Shown | undefined {
    return [...shown.values()].at(-1);
  }

  function focus(window: BrowserWindow): void {
    if (window.isMinimized()) window.restore();
    window.focus();
  }

  function applyStatus(entry: Shown, status: FileStatus): void {
    entry.status = status;
    const { title, documentEdited, representedFilename } = windowTitle({ filePath: status.path, unsaved: status.unsaved, platform: host.platform });
    entry.window.setTitle(title);
    if (host.platform === 'darwin') {
      entry.window.setDocumentEdited(documentEdited);
      entry.window.setRepresentedFilename(representedFilename);
    }
  }

  /** The first window takes the place remembered from the last run; later ones cascade from the current one. */
  async function placement(): Promise<WindowState> {
    const from = last()?.window;
    if (!from) return loadWindowState(host.userData, host.displays(), FIRST_RUN_STATE);
    const { x, y, width, height } = from.getNormalBounds();
    return placeWindow({ x: x + CASCADE_STEP, y: y + CASCADE_STEP, width, height, maximized: false }, host.displays());
  }

  function pageUrl(documentId: string | undefined): string {
    const url = new URL(host.appUrl);
    if (documentId !== undefined) url.searchParams.set('document', documentId);
    return url.href;
  }

  async function open(documentId?: string): Promise<BrowserWindow> {
    const { maximized, ...bounds } = await placement();
    const window = createAppWindow(host.preload, bounds, host.isAppUrl);
    // Captured now: once the window has closed its webContents can no longer be read.
    const contents = window.webContents;
    const owner = String(contents.id);
    const entry: Shown = { window, documentIds: new Set(documentId === undefined ? [] : [documentId]), status: undefined };
    shown.set(owner, entry);

    // The title is main's, from the file status; the page's <title> must not replace it.
    window.on('page-title-updated', (event) => event.preventDefault());
    window.once('ready-to-show', () => {
      if (maximized) window.maximize();
      window.show();
    });
    window.on('focus', () => {
      shown.delete(owner);
      shown.set(owner, entry);
    });
    // The page holds its unload while its plan is unsaved (beforeunload); main asks the user.
    contents.on('will-prevent-unload', (event) => {
      const choice = askToSaveChanges(host.dialog, window, entry.status?.name ?? 'Untitled');
      if (choice === 'discard') event.preventDefault();
      if (choice === 'cancel') quit = undefined;
      // The page saves, then closes its window itself; a failed or cancelled save leaves it open.
      if (choice === 'save') {
        quit?.saving.add(owner);
        sendEvent(contents, 'menu:command', { type: 'saveAndClose' });
      }
    });
    window.on('close', () => {
      track(saveWindowState(host.userData, { ...window.getNormalBounds(), maximized: window.isMaximized() || window.isFullScreen() }));
    });
    window.on('closed', () => {
      shown.delete(owner);
      track(host.onClosed(owner, [...entry.documentIds]));
      if (quit?.saving.delete(owner) && quit.saving.size === 0) host.quit();
    });
    void window.loadURL(pageUrl(documentId));
    return window;
  }

  return {
    open,
    async present(documentId, file) {
      const entry = last();
      const untouched = entry?.status !== undefined && entry.status.path === null && !entry.status.unsaved;
      if (!entry || !untouched) {
        await open(documentId);
        return;
      }
      entry.documentIds.add(documentId);
      sendEvent(entry.window.webContents, 'menu:command', { type: 'show', documentId });
      // Now, not when the page claims it: a second file opened at once must not replace this one.
      applyStatus(entry, file);
      focus(entry.window);
    },
    focusDocument(documentId, path) {
      const entry = [...shown.values()].find((candidate) => candidate.documentIds.has(documentId) || (path !== null && candidate.status?.path === path));
      if (entry) focus(entry.window);
      return entry !== undefined;
    },
    current: () => last()?.window,
    raise() {
      const window = last()?.window;
      if (window) focus(window);
      else void open();
    },
    fileStatus(owner, status) {
      const entry = shown.get(owner);
      if (entry) applyStatus(entry, status);
    },
    autosave(owner, report) {
      const entry = shown.get(owner);
      if (entry) sendEvent(entry.window.webContents, 'document:autosave', report);
    },
    quitting() {
      quit ??= { saving: new Set() };
    },
    saveFailed(owner) {
      if (quit?.saving.has(owner)) quit = undefined;
    },
    async settled() {
      await Promise.allSettled([...pending]);
    },
  };
}
