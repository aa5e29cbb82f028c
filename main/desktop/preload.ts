// The sandboxed preload, bundled to dist/desktop/preload.cjs. It exposes the
// contract's methods as window.briefdesk and nothing else.
import { contextBridge, ipcRenderer } from 'electron';
import { createBridge } from './bridge';

contextBridge.exposeInMainWorld(
  'briefdesk',
  createBridge((channel, input) => ipcRenderer.invoke(channel, input)),
);
