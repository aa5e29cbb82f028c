import type { BriefdeskBridge, MethodInput, MethodName } from '../../shared/api/contract';
import type { WireResult } from '../../shared/api/dispatch';
import { serviceUnavailable } from './service-unavailable';
import type { Transport } from './transport';

/** Calls go through the desktop preload's `window.briefdesk`. */
export function bridgeTransport(bridge: BriefdeskBridge): Transport {
  return async <M extends MethodName>(name: M, input: MethodInput<M>): Promise<WireResult> => {
    const call: (input: MethodInput<M>) => Promise<WireResult> = bridge[name];
    try {
      return await call(input);
    } catch (error) {
      throw serviceUnavailable(error);
    }
  };
}
