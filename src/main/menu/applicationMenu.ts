import type { Menu } from 'electron';
import type { MenuCommand as RendererCommand } from '#shared/ipc/events';
import { menuTemplate, type MenuTemplateOptions } from './menuTemplate';

/** Where the menu's commands go: recent files to main, which owns the list; the rest to a window's renderer. */
export interface MenuHost extends Omit<MenuTemplateOptions, 'recent' | 'send'> {
  readonly menu: Pick<typeof Menu, 'buildFromTemplate' | 'setApplicationMenu'>;
  readonly openRecent: (path: string) => void;
  readonly clearRecent: () => void;
  /** The renderer of the window in use carries out the command (it owns the document and its undo history). */
  readonly toWindow: (command: RendererCommand) => void;
}

/** Sets the application menu with `recent` (newest first) under Open Recent; set it again whenever the list changes. */
export function setApplicationMenu(host: MenuHost, recent: readonly string[]): void {
  const { menu, openRecent, clearRecent, toWindow, ...options } = host;
  const template = menuTemplate({
    ...options,
    recent,
    send: (command) => {
      if (command.type === 'openRecent') openRecent(command.path);
      else if (command.type === 'clearRecent') clearRecent();
      else toWindow(command);
    },
  });
  menu.setApplicationMenu(menu.buildFromTemplate(template));
}
