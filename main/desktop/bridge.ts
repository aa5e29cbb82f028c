import type { BriefdeskBridge } from '../../shared/api/contract';
import { ipcChannel, type MethodName, methodNames } from '../../shared/api/method-names';
import type { WireResult } from '../../shared/api/dispatch';

/** Sends one call to the main process (ipcRenderer.invoke in the preload). */
export type Invoke = (channel: string, input: unknown) => Promise<WireResult>;

type BridgeMethod = (input: unknown) => Promise<WireResult>;

function hasEveryMethod(methods: Partial<Record<MethodName, BridgeMethod>>): methods is Record<MethodName, BridgeMethod> {
  return methodNames.every((name) => typeof methods[name] === 'function');
}

/**
 * The object the preload puts on `window.briefdesk`: exactly the contract's
 * methods, each sending its one input on its own channel. No channel names,
 * no ipcRenderer, nothing else.
 */
export function createBridge(invoke: Invoke): BriefdeskBridge {
  const methods: Partial<Record<MethodName, BridgeMethod>> = {};
  for (const name of methodNames) {
    const channel = ipcChannel(name);
    methods[name] = (input) => invoke(channel, input);
  }
  if (!hasEveryMethod(methods)) throw new Error('The desktop bridge is missing a contract method.');
  return Object.freeze(methods);
}
