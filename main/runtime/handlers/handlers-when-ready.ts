import { type ApiHandlers, methodNames } from '../../../shared/api/contract';
import { forwardMethods } from './forward-methods';

/**
 * The contract's methods, answered once `ready` resolves: a shell can take
 * calls while its library is still opening (the browser shell's page loads
 * meanwhile), and those calls wait for the library. If the library cannot
 * be opened every call fails with that error.
 */
export function handlersWhenReady(ready: Promise<ApiHandlers>): ApiHandlers {
  return forwardMethods(methodNames, () => ready);
}
