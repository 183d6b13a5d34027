import { CHANNEL_NAMES } from '#shared/ipc/channels';
import { sendEvent, type EventTarget } from './events';
import type { Router } from './router';

/** What the registry reads of an IPC event: the frame that called and the page it belongs to. */
export interface IpcEventLike {
  readonly senderFrame?: { readonly url: string } | null;
  readonly sender?: (EventTarget & { readonly id: number }) | null;
}

/** The part of Electron's ipcMain the registry uses, so tests can pass a fake. */
export interface IpcMainLike {
  handle(channel: string, listener: (event: IpcEventLike, payload: unknown) => Promise<unknown>): void;
}

/** Registers one ipcMain handler per channel of the map, each going through the router's checks. */
export function registerIpc(ipcMain: IpcMainLike, router: Router): void {
  for (const channel of CHANNEL_NAMES) {
    ipcMain.handle(channel, (event, payload) => {
      const page = event.sender;
      return router.handle(channel, payload, {
        url: event.senderFrame?.url ?? '',
        ...(page ? { key: String(page.id), emit: (name, body) => sendEvent(page, name, body) } : {}),
      });
    });
  }
}
