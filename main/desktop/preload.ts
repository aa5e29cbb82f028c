// The sandboxed preload, bundled to dist/desktop/preload.cjs. It exposes the
// contract's methods as window.briefdesk, and full screen for focus mode as
// window.briefdeskWindow.
import { contextBridge, ipcRenderer } from 'electron';
import { FULL_SCREEN_CHANNEL, type WindowControls } from '../../shared/api/window-controls';
import { createBridge } from './bridge';

contextBridge.exposeInMainWorld(
  'briefdesk',
  createBridge((channel, input) => ipcRenderer.invoke(channel, input)),
);

const windowControls: WindowControls = {
  setFullScreen: async (on) => (await ipcRenderer.invoke(FULL_SCREEN_CHANNEL, on === true)) === true,
};
contextBridge.exposeInMainWorld('briefdeskWindow', Object.freeze(windowControls));
