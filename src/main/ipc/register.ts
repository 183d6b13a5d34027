import { CHANNEL_NAMES } from '#shared/ipc/channels';
import type { Router } from './router';

/** The part of Electron's ipcMain the registry uses, so tests can pass a fake. */
export interface IpcMainLike {
  handle(channel: string, listener: (event: { senderFrame?: { url: string } | null }, payload: unknown) => Promise<unknown>): void;
}

/** Registers one ipcMain handler per channel of the map, each going through the router's checks. */
export function registerIpc(ipcMain: IpcMainLike, router: Router): void {
  for (const channel of CHANNEL_NAMES) {
    ipcMain.handle(channel, (event, payload) => router.handle(channel, payload, { url: event.senderFrame?.url ?? '' }));
  }
}
