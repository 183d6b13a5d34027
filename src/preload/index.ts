import { contextBridge, ipcRenderer } from 'electron';
import { buildApi, type LeadsheetApi } from '../shared/ipc/api';

// Only the named functions built from the channel map cross into the page: never ipcRenderer itself.
const api: LeadsheetApi = buildApi(
  (channel, request) => ipcRenderer.invoke(channel, request),
  (event, listener) => {
    const handler = (_event: unknown, payload: unknown): void => listener(payload);
    ipcRenderer.on(event, handler);
    return () => ipcRenderer.removeListener(event, handler);
  },
);

contextBridge.exposeInMainWorld('leadsheet', api);
