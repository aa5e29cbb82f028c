import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { type ApiHandlers, ipcChannel, methodNames } from '../../shared/api/contract';
import { dispatch, type WireResult } from '../../shared/api/dispatch';
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
