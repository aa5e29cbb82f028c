import type { ApiHandlers, MethodName } from '../../shared/api/contract';
import { methodMap } from '../../shared/api/method-map';

/** A handler seen only as "takes its input, answers something". */
type Forwarder = (input: never) => Promise<unknown>;

/**
 * The contract's methods, answered once `ready` resolves: the browser shell
 * listens while its library is still opening, so the page loads meanwhile,
 * and its first calls wait for the library. If the library cannot be opened
 * every call fails with that error (the shell then stops).
 */
export function handlersWhenReady(ready: Promise<ApiHandlers>): ApiHandlers {
  const forwarders = methodMap<Record<MethodName, Forwarder>>((name) => async (input) => (await ready)[name](input));
  // Each forwarder passes its input to the same method of a real ApiHandlers, so it has that method's type.
  return forwarders as unknown as ApiHandlers;
}
