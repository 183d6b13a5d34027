import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import type { MenuCommand } from '#shared/ipc/events';
import { setApplicationMenu, type MenuHost } from '#main/menu/applicationMenu';
import { createFakeElectron } from '#test/helpers/fakeElectron';

function items(list: readonly MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return list.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? items(item.submenu) : [])]);
}

/** Sets the menu with `recent` on a fake Menu, recording where each command went. */
function install(recent: readonly string[]): { click: (id: string) => void; toWindow: MenuCommand[]; opened: string[]; cleared: number; applied: number } {
  const { Menu } = createFakeElectron();
  const record = { toWindow: [] as MenuCommand[], opened: [] as string[], cleared: 0 };
  const host: MenuHost = {
    menu: Menu as unknown as MenuHost['menu'],
    platform: 'linux',
    appName: 'Leadsheet',
    version: '0.1.0',
    isPackaged: true,
    openRecent: (path) => void record.opened.push(path),
    clearRecent: () => void (record.cleared += 1),
    toWindow: (command) => void record.toWindow.push(command),
  };
  setApplicationMenu(host, recent);
  const all = items((Menu.applied.at(-1)?.template ?? []) as MenuItemConstructorOptions[]);
  return Object.assign(record, {
    applied: Menu.applied.length,
    click: (id: string) => (all.find((item) => item.id === id)?.click as (() => void) | undefined)?.(),
  });
}

describe('the application menu', () => {
  it('is set once, from the template with the recent files', () => {
    const menu = install(['/plans/q3.leadsheet']);
    expect(menu.applied).toBe(1);
  });

  it('opens a recent file and clears the list in main, which owns it', () => {
    const menu = install(['/plans/q3.leadsheet', '/plans/q4.leadsheet']);
    menu.click('openRecent:1');
    menu.click('clearRecent');
    expect(menu.opened).toEqual(['/plans/q4.leadsheet']);
    expect(menu.cleared).toBe(1);
    expect(menu.toWindow).toEqual([]);
  });

  it('sends every other command to the window in use', () => {
    const menu = install([]);
    menu.click('new');
    menu.click('undo');
    expect(menu.toWindow).toEqual([{ type: 'new' }, { type: 'undo' }]);
  });
});
