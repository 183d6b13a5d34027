import { contextBridge, ipcRenderer, webUtils } from 'electron';
import { buildApi, type LeadsheetApi } from '../shared/ipc/api';

// Only the named functions built from the channel map cross into the page: never ipcRenderer itself.
const api: LeadsheetApi = buildApi(
  (channel, request) => ipcRenderer.invoke(channel, request),
  (event, listener) => {
    const handler = (_event: unknown, payload: unknown): void => listener(payload);
    ipcRenderer.on(event, handler);
    return () => ipcRenderer.removeListener(event, handler);
  },
  // A dropped File carries its path only through webUtils since Electron 32.
  (file) => webUtils.getPathForFile(file as File),
);

contextBridge.exposeInMainWorld('leadsheet', api);
