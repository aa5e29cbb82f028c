import type { BriefdeskBridge } from '../../shared/api/contract';
import { ipcChannel } from '../../shared/api/ipc-channel';
import { methodMap } from '../../shared/api/method-map';
import type { WireResult } from '../../shared/api/wire-result';

/** Sends one call to the main process (ipcRenderer.invoke in the preload). */
export type Invoke = (channel: string, input: unknown) => Promise<WireResult>;

/**
 * The object the preload puts on `window.briefdesk`: exactly the contract's
 * methods, each sending its one input on its own channel. No channel names,
 * no ipcRenderer, nothing else.
 */
export function createBridge(invoke: Invoke): BriefdeskBridge {
  return Object.freeze(
    methodMap<BriefdeskBridge>((name) => {
      const channel = ipcChannel(name);
      return (input: unknown): Promise<WireResult> => invoke(channel, input);
    }),
  );
}
