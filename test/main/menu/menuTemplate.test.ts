import { readFileSync } from 'node:fs';
import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { menuTemplate, type MenuCommand, type MenuTemplateOptions } from '#main/menu/menuTemplate';

const PLATFORMS = ['darwin', 'win32', 'linux'] as const;

/** A template for `platform`, with the commands its clicks send collected in `sent`. */
function build(overrides: Partial<MenuTemplateOptions> = {}): { template: MenuItemConstructorOptions[]; sent: MenuCommand[] } {
  const sent: MenuCommand[] = [];
  const template = menuTemplate({ platform: 'linux', appName: 'Leadsheet', version: '1.2.3', isPackaged: true, recent: [], send: (command) => sent.push(command), ...overrides });
  return { template, sent };
}

/** Every item at every depth. */
function walk(items: readonly MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? walk(item.submenu) : [])]);
}

function byId(template: readonly MenuItemConstructorOptions[], id: string): MenuItemConstructorOptions {
  const found = walk(template).find((item) => item.id === id);
  if (!found) throw new Error(`no menu item "${id}"`);
  return found;
}

function submenu(item: MenuItemConstructorOptions): MenuItemConstructorOptions[] {
  if (!Array.isArray(item.submenu)) throw new Error(`"${item.id ?? item.label}" has no submenu`);
  return item.submenu;
}

/** Clicks an item as Electron would; the arguments are unused by the template. */
function click(item: MenuItemConstructorOptions): void {
  if (!item.click) throw new Error(`"${item.id ?? item.label}" has no click`);
  item.click(undefined as never, undefined, undefined as never);
}

/** product.md's commands: id, the accelerator and what a click sends (or the role that does the work). */
const COMMANDS = [
  { id: 'new', accelerator: 'CmdOrCtrl+N', sends: { type: 'new' } },
  { id: 'open', accelerator: 'CmdOrCtrl+O', sends: { type: 'open' } },
  { id: 'save', accelerator: 'CmdOrCtrl+S', sends: { type: 'save' } },
  { id: 'saveAs', accelerator: 'CmdOrCtrl+Shift+S', sends: { type: 'saveAs' } },
  { id: 'importQuotes', accelerator: 'CmdOrCtrl+I', sends: { type: 'importQuotes' } },
  { id: 'exportExcel', accelerator: 'CmdOrCtrl+E', sends: { type: 'exportExcel' } },
  { id: 'undo', accelerator: 'CmdOrCtrl+Z', sends: { type: 'undo' } },
  { id: 'redo', accelerator: 'CmdOrCtrl+Shift+Z', sends: { type: 'redo' } },
] as const;

const ROLES = [
  { id: 'cut', role: 'cut', accelerator: 'CmdOrCtrl+X' },
  { id: 'copy', role: 'copy', accelerator: 'CmdOrCtrl+C' },
  { id: 'paste', role: 'paste', accelerator: 'CmdOrCtrl+V' },
  { id: 'selectAll', role: 'selectAll', accelerator: 'CmdOrCtrl+A' },
] as const;

describe('the application menu', () => {
  describe.each(PLATFORMS)('on %s', (platform) => {
    it('has every product.md command with its accelerator, and a click sends that command', () => {
      for (const { id, accelerator, sends } of COMMANDS) {
        const { template, sent } = build({ platform });
        const item = byId(template, id);
        expect(item.accelerator, id).toBe(accelerator);
        expect(item.role, id).toBeUndefined();
        click(item);
        expect(sent, id).toEqual([sends]);
      }
    });

    it('has Cut, Copy, Paste and Select All as Electron roles with their usual accelerators', () => {
      const { template } = build({ platform });
      for (const { id, role, accelerator } of ROLES) expect(byId(template, id)).toMatchObject({ role, accelerator });
    });

    it('has an Open Recent submenu in the File menu', () => {
      const { template } = build({ platform, recent: ['/plans/a.leadsheet'] });
      expect(submenu(byId(template, 'fileMenu')).map((item) => item.id)).toContain('openRecent');
    });

    it('lists File, Edit, View, Window and Help in that order, after the app menu on macOS only', () => {
      const ids = build({ platform }).template.map((item) => item.id);
      const menus = ['fileMenu', 'editMenu', 'viewMenu', 'windowMenu', 'helpMenu'];
      expect(ids).toEqual(platform === 'darwin' ? ['appMenu', ...menus] : menus);
    });

    it('gives no two visible items the same accelerator', () => {
      const accelerators = walk(build({ platform, isPackaged: false }).template)
        .filter((item) => item.accelerator !== undefined && item.visible !== false)
        .map((item) => item.accelerator);
      expect(new Set(accelerators).size).toBe(accelerators.length);
    });
  });

  it('sends undo and redo to the app instead of using the text-field roles, on every platform', () => {
    for (const platform of PLATFORMS) {
      const items = walk(build({ platform }).template);
      expect(items.some((item) => item.role === 'undo' || item.role === 'redo'), platform).toBe(false);
    }
  });

  it('shows the undo and redo shortcuts without taking the keys from the page, which undoes its own typing first', () => {
    for (const platform of ['darwin', 'linux', 'win32'] as const) {
      const { template, sent } = build({ platform });
      expect(byId(template, 'undo'), platform).toMatchObject({ accelerator: 'CmdOrCtrl+Z', registerAccelerator: false });
      expect(byId(template, 'redo'), platform).toMatchObject({ accelerator: 'CmdOrCtrl+Shift+Z', registerAccelerator: false });
      click(byId(template, 'redo'));
      expect(sent).toEqual([{ type: 'redo' }]);
    }
  });

  it('puts About, Services, Hide and Quit in the macOS app menu, and Quit in the File menu elsewhere', () => {
    const mac = build({ platform: 'darwin' }).template;
    expect(submenu(byId(mac, 'appMenu')).map((item) => item.role).filter(Boolean)).toEqual(['about', 'services', 'hide', 'hideOthers', 'unhide', 'quit']);
    expect(submenu(byId(mac, 'fileMenu')).some((item) => item.role === 'quit')).toBe(false);
    expect(byId(build({ platform: 'linux' }).template, 'quit')).toMatchObject({ role: 'quit', label: 'Quit', accelerator: 'Ctrl+Q' });
    expect(byId(build({ platform: 'win32' }).template, 'quit')).toMatchObject({ role: 'quit', label: 'Exit' });
  });

  it('ends the File menu with Close Window', () => {
    for (const platform of PLATFORMS) expect(byId(build({ platform }).template, 'close'), platform).toMatchObject({ role: 'close', accelerator: 'CmdOrCtrl+W' });
  });

  it('lists recent files by name, newest first, and a click sends the full path', () => {
    const recent = ['/home/ana/plans/board.leadsheet', '/home/ana/q3.leadsheet'];
    const { template, sent } = build({ recent });
    const items = submenu(byId(template, 'openRecent'));
    expect(items.map((item) => item.label)).toEqual(['board.leadsheet', 'q3.leadsheet', undefined, 'Clear Recent']);
    click(items[1]!);
    expect(sent).toEqual([{ type: 'openRecent', path: '/home/ana/q3.leadsheet' }]);
  });

  it('takes names from Windows paths on Windows', () => {
    const { template } = build({ platform: 'win32', recent: ['C:\\Users\\Ana\\Plans\\board.leadsheet'] });
    expect(submenu(byId(template, 'openRecent'))[0]!.label).toBe('board.leadsheet');
  });

  it('adds the folder to recent files that share a name, so they can be told apart', () => {
    const { template } = build({ recent: ['/a/2025/plan.leadsheet', '/a/2026/plan.leadsheet', '/a/other.leadsheet'] });
    expect(submenu(byId(template, 'openRecent')).slice(0, 3).map((item) => item.label)).toEqual(['plan.leadsheet — 2025', 'plan.leadsheet — 2026', 'other.leadsheet']);
  });

  it('shows an ampersand in a file name as itself, not as a mnemonic', () => {
    const { template } = build({ recent: ['/plans/R&D.leadsheet'] });
    expect(submenu(byId(template, 'openRecent'))[0]!.label).toBe('R&&D.leadsheet');
  });

  it('clears the recent list through a command', () => {
    const { template, sent } = build({ recent: ['/plans/a.leadsheet'] });
    click(byId(template, 'clearRecent'));
    expect(sent).toEqual([{ type: 'clearRecent' }]);
  });

  it('shows a disabled "No recent files" and a disabled Clear Recent when there are none', () => {
    const items = submenu(byId(build({ recent: [] }).template, 'openRecent'));
    expect(items[0]).toMatchObject({ label: 'No recent files', enabled: false });
    expect(items[0]!.click).toBeUndefined();
    expect(byId(items, 'clearRecent')).toMatchObject({ enabled: false });
  });

  it('has no developer tools or reload in a packaged build, and has them in development', () => {
    for (const platform of PLATFORMS) {
      const packaged = walk(build({ platform, isPackaged: true }).template).map((item) => item.role);
      expect(packaged, platform).not.toContain('toggleDevTools');
      expect(packaged, platform).not.toContain('reload');
      expect(packaged, platform).not.toContain('forceReload');
      expect(walk(build({ platform, isPackaged: false }).template).map((item) => item.role), platform).toContain('toggleDevTools');
    }
  });

  it('keeps full screen and zoom in the View menu', () => {
    const roles = submenu(byId(build().template, 'viewMenu')).map((item) => item.role);
    expect(roles).toEqual(expect.arrayContaining(['togglefullscreen', 'resetZoom', 'zoomIn', 'zoomOut']));
  });

  it('shows the version in Help and links nowhere', () => {
    for (const platform of PLATFORMS) {
      const help = submenu(byId(build({ platform }).template, 'helpMenu'));
      expect(help.map((item) => item.label), platform).toContain('Leadsheet 1.2.3');
    }
  });

  it('opens no URL from any item: no url fields, and every click only sends a command', () => {
    for (const platform of PLATFORMS) {
      for (const isPackaged of [true, false]) {
        const { template, sent } = build({ platform, isPackaged, recent: ['/plans/a.leadsheet', '/plans/b.leadsheet'] });
        const items = walk(template);
        for (const item of items) {
          expect(Object.keys(item), item.id ?? item.label ?? item.role).not.toContain('url');
          expect(String(item.click ?? ''), item.id).not.toMatch(/shell|openExternal|https?:/);
        }
        const clickable = items.filter((item) => item.click);
        clickable.forEach(click);
        expect(sent).toHaveLength(clickable.length);
      }
    }
  });

  it('is built without Electron at run time, so a click can reach nothing but send', () => {
    const source = readFileSync(new URL('../../../src/main/menu/menuTemplate.ts', import.meta.url), 'utf8');
    const imports = [...source.matchAll(/^import\s+(.*?)\s+from\s+'([^']+)'/gms)].map(([, what, from]) => ({ what: what!, from: from! }));
    expect(imports.filter(({ from }) => from.startsWith('electron')).every(({ what }) => what.startsWith('type '))).toBe(true);
    expect(imports.filter(({ what, from }) => !what.startsWith('type ') && !from.startsWith('electron')).map(({ from }) => from)).toEqual(['node:path']);
    expect(source).not.toMatch(/openExternal|https?:\/\//);
  });
});
