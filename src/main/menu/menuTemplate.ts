import { posix, win32 } from 'node:path';
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand as RendererCommand } from '#shared/ipc/events';

/**
 * What a menu item asks the app to do. Undo and redo are here, not Electron roles, because the
 * history lives in the renderer's store: a role would only undo typing in the focused text field.
 */
export type MenuCommand = RendererCommand | { readonly type: 'openRecent'; readonly path: string } | { readonly type: 'clearRecent' };

/** What the menu depends on; everything comes in, so the template is built and tested without Electron. */
export interface MenuTemplateOptions {
  readonly platform: NodeJS.Platform;
  readonly appName: string;
  /** Shown in the Help menu; the app has no remote help to link to. */
  readonly version: string;
  /** Packaged builds have no reload and no developer tools. */
  readonly isPackaged: boolean;
  /** Full paths, newest first, as readRecentFiles returns them. */
  readonly recent: readonly string[];
  readonly send: (command: MenuCommand) => void;
}

type Item = MenuItemConstructorOptions;

const separator: Item = { type: 'separator' };

/** `&` marks a mnemonic in Electron labels (and is dropped on macOS), so a literal one is doubled. */
function literal(text: string): string {
  return text.replaceAll('&', '&&');
}

/** A top-level title with an Alt-key mnemonic on Windows and Linux; macOS menus have none. */
function title(label: string, platform: NodeJS.Platform): string {
  return platform === 'darwin' ? label : `&${label}`;
}

function command(id: string, label: string, accelerator: string | undefined, send: (command: MenuCommand) => void, sent: MenuCommand): Item {
  return { id, label, ...(accelerator === undefined ? {} : { accelerator }), click: () => send(sent) };
}

/**
 * The Open Recent entries: file names, with the folder added where two share a name, so the
 * list stays readable while each click still carries the full path.
 */
function recentItems(options: MenuTemplateOptions): Item[] {
  const { recent, platform, send } = options;
  if (recent.length === 0) {
    return [{ id: 'noRecent', label: 'No recent files', enabled: false }, separator, { id: 'clearRecent', label: 'Clear Recent', enabled: false }];
  }
  const path = platform === 'win32' ? win32 : posix;
  const names = recent.map((file) => path.basename(file));
  const items = recent.map((file, i): Item => {
    const name = path.basename(file);
    const shared = names.filter((other) => other === name).length > 1;
    const label = shared ? `${name} — ${path.basename(path.dirname(file))}` : name;
    return { id: `openRecent:${i}`, label: literal(label), toolTip: file, click: () => send({ type: 'openRecent', path: file }) };
  });
  return [...items, separator, command('clearRecent', 'Clear Recent', undefined, send, { type: 'clearRecent' })];
}

function appMenu(appName: string): Item {
  return {
    id: 'appMenu',
    label: appName,
    submenu: [
      { role: 'about', label: `About ${literal(appName)}` },
      separator,
      { role: 'services' },
      separator,
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      separator,
      { role: 'quit' },
    ],
  };
}

function fileMenu(options: MenuTemplateOptions): Item {
  const { platform, send } = options;
  const mac = platform === 'darwin';
  return {
    id: 'fileMenu',
    label: title('File', platform),
    submenu: [
      command('new', 'New', 'CmdOrCtrl+N', send, { type: 'new' }),
      command('open', 'Open…', 'CmdOrCtrl+O', send, { type: 'open' }),
      { id: 'openRecent', label: 'Open Recent', submenu: recentItems(options) },
      separator,
      command('save', 'Save', 'CmdOrCtrl+S', send, { type: 'save' }),
      command('saveAs', 'Save As…', 'CmdOrCtrl+Shift+S', send, { type: 'saveAs' }),
      separator,
      command('importQuotes', 'Import Quotes…', 'CmdOrCtrl+I', send, { type: 'importQuotes' }),
      command('exportExcel', 'Export to Excel…', 'CmdOrCtrl+E', send, { type: 'exportExcel' }),
      separator,
      { id: 'close', role: 'close', label: 'Close Window', accelerator: 'CmdOrCtrl+W' },
      // macOS quits from the app menu; Windows calls it Exit and gives it no shortcut (Alt+F4 closes the window).
      ...(mac ? [] : [platform === 'win32' ? ({ id: 'quit', role: 'quit', label: 'Exit' } satisfies Item) : ({ id: 'quit', role: 'quit', label: 'Quit', accelerator: 'Ctrl+Q' } satisfies Item)]),
    ],
  };
}

function editMenu(options: MenuTemplateOptions): Item {
  const { platform, send } = options;
  // Windows users also expect Ctrl+Y; an item holds one accelerator, so a hidden twin carries it.
  // The page handles these keys itself (and Ctrl+Y on Windows): a cell being typed in undoes its own
  // typing, the grid undoes whole changes. The menu shows the shortcut without taking the key from the page.
  const pageKey = { registerAccelerator: false } satisfies Item;
  return {
    id: 'editMenu',
    label: title('Edit', platform),
    submenu: [
      { ...command('undo', 'Undo', 'CmdOrCtrl+Z', send, { type: 'undo' }), ...pageKey },
      { ...command('redo', 'Redo', 'CmdOrCtrl+Shift+Z', send, { type: 'redo' }), ...pageKey },
      separator,
      { id: 'cut', role: 'cut', accelerator: 'CmdOrCtrl+X' },
      { id: 'copy', role: 'copy', accelerator: 'CmdOrCtrl+C' },
      { id: 'paste', role: 'paste', accelerator: 'CmdOrCtrl+V' },
      { id: 'selectAll', role: 'selectAll', accelerator: 'CmdOrCtrl+A' },
    ],
  };
}

function viewMenu(options: MenuTemplateOptions): Item {
  // A reload would drop unsaved work, and developer tools have no place in a user's build.
  const development: Item[] = options.isPackaged ? [] : [{ role: 'reload' }, { role: 'toggleDevTools' }, separator];
  return {
    id: 'viewMenu',
    label: title('View', options.platform),
    submenu: [...development, { role: 'resetZoom' }, { role: 'zoomIn' }, { role: 'zoomOut' }, separator, { role: 'togglefullscreen' }],
  };
}

function windowMenu(platform: NodeJS.Platform): Item {
  const mac = platform === 'darwin';
  return {
    id: 'windowMenu',
    label: title('Window', platform),
    // On macOS the `window` role makes this the system's Window menu, which lists open windows.
    ...(mac ? { role: 'window' } : {}),
    submenu: mac ? [{ role: 'minimize' }, { role: 'zoom' }, separator, { role: 'front' }] : [{ role: 'minimize' }],
  };
}

function helpMenu(options: MenuTemplateOptions): Item {
  const { platform, appName, version } = options;
  const mac = platform === 'darwin';
  return {
    id: 'helpMenu',
    label: title('Help', platform),
    ...(mac ? { role: 'help' } : {}),
    submenu: [
      // macOS has About in the app menu; elsewhere it lives here. Nothing in Help leaves the app.
      ...(mac ? [] : [{ id: 'about', role: 'about', label: `About ${literal(appName)}` } satisfies Item]),
      { id: 'version', label: `${literal(appName)} ${version}`, enabled: false },
    ],
  };
}

/**
 * The application menu for `platform`. Every app action is a `click` that calls `send` with a
 * {@link MenuCommand}; text editing and window chrome use Electron roles. No item opens a URL.
 */
export function menuTemplate(options: MenuTemplateOptions): MenuItemConstructorOptions[] {
  return [
    ...(options.platform === 'darwin' ? [appMenu(options.appName)] : []),
    fileMenu(options),
    editMenu(options),
    viewMenu(options),
    windowMenu(options.platform),
    helpMenu(options),
  ];
}
