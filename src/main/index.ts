import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain, Menu, screen, session } from 'electron';
import { showError } from './app/errorBox';
import { holdQuit } from './app/holdQuit';
import { createLaunchQueue, planFilesInArgv } from './app/launchFiles';
import { openPlanFile, type PlanFileOpener } from './app/openPlanFile';
import { createWindows } from './app/windows';
import { createWorkspace } from './document/workspace';
import { sendEvent } from './ipc/events';
import { createJobRunner } from './jobs/jobRunner';
import { fileMappingMemory } from './quotes/mappingMemory';
import { createPageJobs } from './jobs/pageJobs';
import { allHandlers } from './ipc/handlers';
import { registerIpc } from './ipc/register';
import { createRouter } from './ipc/router';
import { setApplicationMenu, type MenuHost } from './menu/applicationMenu';
import { nativeDialogs } from './window/nativeDialogs';
import { lockDownSession } from './window/secureSession';
import { appUrlMatcher, hardenContents } from './window/secureWindow';

// The Electron entry: wiring only. Each piece is tested in Node, and this file under a fake Electron (test/main/app).
if (app.requestSingleInstanceLock()) startApp();
// Another instance is running: it has this launch's files through 'second-instance'.
else app.quit();

function startApp(): void {
  const platform = process.platform;
  const devUrl = !app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined;
  const appUrl = devUrl ?? pathToFileURL(join(import.meta.dirname, '../renderer/index.html')).href;
  const isAppUrl = appUrlMatcher(appUrl);
  const userData = app.getPath('userData');
  // Files asked for before the workspace has started (macOS sends them before 'ready') wait here.
  const launches = createLaunchQueue();
  // The worker is its own entry in the build (electron.vite.config.ts), beside this file; it starts on the first job.
  const jobs = createJobRunner({ workerUrl: new URL('./worker.js', import.meta.url) });
  const pageJobs = createPageJobs();
  const dialogs = nativeDialogs(dialog, () => BrowserWindow.getFocusedWindow() ?? undefined);

  const windows = createWindows({
    appUrl,
    preload: join(import.meta.dirname, '../preload/index.cjs'),
    isAppUrl,
    userData,
    platform,
    displays: () => [screen.getPrimaryDisplay(), ...screen.getAllDisplays()],
    dialog,
    onClosed: async (owner, documentIds) => {
      pageJobs.cancelOwnedBy(owner);
      await workspace.closeOwnedBy(owner);
      await Promise.all(documentIds.map((documentId) => workspace.close(documentId)));
    },
    quit: () => app.quit(),
  });
  const refuse = (message: string): void => showError(dialog, windows.current(), message);
  const menu: MenuHost = {
    menu: Menu,
    platform,
    appName: app.name,
    version: app.getVersion(),
    isPackaged: app.isPackaged,
    openRecent: (path) => void openPlanFile(opener, path),
    clearRecent: () =>
      void workspace.clearRecent().then((cleared) => {
        if (!cleared.ok) refuse(cleared.error.message);
      }),
    toWindow: (command) => {
      const window = windows.current();
      if (window) sendEvent(window.webContents, 'menu:command', command);
      // With every window closed (macOS keeps running), New and Open still work.
      else if (command.type === 'new') void windows.open();
      else if (command.type === 'open') void openPlanFile(opener);
    },
  };
  const workspace = createWorkspace({
    userData,
    dialogs,
    platform,
    now: () => new Date(),
    openWindow: (documentId) => void windows.open(documentId),
    focusDocument: (documentId) => {
      const status = workspace.status(documentId);
      if (!windows.focusDocument(documentId, status.ok ? status.value.path : null)) void windows.open(documentId);
    },
    onFileStatus: (owner, status) => windows.fileStatus(owner, status),
    onRecentChanged: (files) => {
      setApplicationMenu(menu, files);
      // The system's own list follows (the Dock menu on macOS, the jump list on Windows; nothing on Linux).
      if (files[0] === undefined) app.clearRecentDocuments();
      else app.addRecentDocument(files[0]);
    },
    // The details (paths, what the system said) go to the log; the window of the plan tells the user in plain words.
    onAutosaveError: (message) => console.error(`Autosave failed: ${message}`),
    onAutosave: (owner, report) => windows.autosave(owner, report),
    onSaveFailed: (owner) => windows.saveFailed(owner),
  });
  const opener: PlanFileOpener = { workspace, windows, refuse };

  app.on('web-contents-created', (_event, contents) => hardenContents(contents, isAppUrl));
  app.on('open-file', (event, path) => {
    event.preventDefault();
    launches.add([path]);
  });
  app.on('second-instance', (_event, argv, workingDirectory) => {
    const files = planFilesInArgv(argv, workingDirectory);
    if (files.length > 0) launches.add(files);
    else if (app.isReady()) windows.raise();
  });

  void app.whenReady().then(async () => {
    lockDownSession(session.defaultSession, devUrl);
    // Before any page loads: the recovery offer lists what the last run left unsaved.
    await workspace.start();
    const today = (): string => new Date().toISOString().slice(0, 10);
    registerIpc(
      ipcMain,
      createRouter(allHandlers({ today, version: app.getVersion(), platform, workspace, dialogs, jobs, pageJobs, quoteMappings: fileMappingMemory(userData) }), { isTrustedSender: isAppUrl }),
    );
    setApplicationMenu(menu, await workspace.recent());
    launches.add(planFilesInArgv(process.argv, process.cwd()));
    await launches.start((path) => openPlanFile(opener, path));
    if (!windows.current()) await windows.open();
    app.on('activate', () => windows.raise());
  });

  app.on('window-all-closed', () => {
    if (platform !== 'darwin') app.quit();
  });
  // Windows asking about unsaved work from here on answer for the quit: Save lets it go on once that window has closed.
  app.on('before-quit', () => windows.quitting());
  // Pending autosaves are written while the windows are still open; an unsaved plan's window then asks before it closes.
  holdQuit(app, 'before-quit', () => workspace.flush());
  // What the windows started as they closed (documents and autosaves closing, bounds saved) finishes, and the worker ends, before the process does.
  holdQuit(app, 'will-quit', () => Promise.all([windows.settled(), jobs.dispose()]));
}
