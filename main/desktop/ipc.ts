import { BrowserWindow, ipcMain, type IpcMainInvokeEvent } from 'electron';
import { type ApiHandlers, ipcChannel, methodNames } from '../../shared/api/contract';
import { dispatch, type WireResult } from '../../shared/api/dispatch';
import { FULL_SCREEN_CHANNEL } from '../../shared/api/window-controls';
import { isAppUrl } from './app-url';

/** The answer to a call from a frame that is not one of the app's pages. */
export const REFUSED_SENDER: WireResult = {
  ok: false,
  error: { code: 'forbidden', message: 'Refused: request from an unknown frame' },
};

/** The IPC side of the contract, while it is registered. */
export interface IpcRegistration {
  /** Stops taking calls, then waits for the calls already under way (before the store closes). */
  close: () => Promise<void>;
}

/** Whether an IPC call comes from one of the app's own pages (briefdesk://app/…). */
export function isTrustedSender(event: Pick<IpcMainInvokeEvent, 'senderFrame'>): boolean {
  const frame = event.senderFrame;
  return frame !== null && isAppUrl(frame.url);
}

/**
 * Registers one ipcMain handler per contract method. Each checks the sender,
 * then validates the input against the contract and runs the handler
 * (`dispatch`); failures come back as wire results, never as thrown errors.
 * The only place in the app that touches ipcMain.
 */
export function setupIpc(handlers: ApiHandlers): IpcRegistration {
  const inFlight = new Set<Promise<WireResult>>();
  for (const name of methodNames) {
    ipcMain.handle(ipcChannel(name), (event, input: unknown) => {
      if (!isTrustedSender(event)) return REFUSED_SENDER;
      const call = dispatch(handlers, name, input);
      inFlight.add(call);
      void call.finally(() => inFlight.delete(call));
      return call;
    });
  }
  return {
    close: async () => {
      for (const name of methodNames) ipcMain.removeHandler(ipcChannel(name));
      await Promise.allSettled([...inFlight]);
    },
  };
}

/**
 * Full screen for focus mode (`WindowControls.setFullScreen`): `true` makes
 * the window that asked full screen, `false` leaves it — only when it was
 * this call that entered it, so a window the analyst had made full screen
 * before stays so. Answers whether the call was taken (an app page, a
 * boolean, a live window).
 */
export function setupWindowIpc(): void {
  const enteredForFocus = new WeakSet<BrowserWindow>();
  ipcMain.handle(FULL_SCREEN_CHANNEL, (event, on: unknown) => {
    if (!isTrustedSender(event) || typeof on !== 'boolean') return false;
    const window = BrowserWindow.fromWebContents(event.sender);
    if (window === null || window.isDestroyed()) return false;
    if (on && !window.isFullScreen()) {
      enteredForFocus.add(window);
      window.once('leave-full-screen', () => enteredForFocus.delete(window));
      window.setFullScreen(true);
    } else if (!on && enteredForFocus.has(window)) {
      enteredForFocus.delete(window);
      window.setFullScreen(false);
    }
    return true;
  });
}
