import type { ApiHandlers, MethodName } from '../../../shared/api/contract';
import { methodMap } from '../../../shared/api/method-names';
import { createHandlers, type ShellInfo } from '../handlers';
import type { LibraryStore } from '../library/library-store';
import type { LibraryHolder } from './library-holder';

/** A handler seen only as "takes its input, answers something". */
type Forwarder = (input: never) => Promise<unknown>;

/**
 * The contract's methods on whatever library `holder` has open now: the
 * handlers are made for the current store and made again after a switch to
 * a restored library, so the shells keep one handler object for their life.
 */
export function switchableHandlers(holder: LibraryHolder, info: Omit<ShellInfo, 'library'>): ApiHandlers {
  let made: { store: LibraryStore; handlers: ApiHandlers } | null = null;
  const current = (): ApiHandlers => {
    if (made?.store !== holder.current) made = { store: holder.current, handlers: createHandlers(holder.current, { ...info, library: holder }) };
    return made.handlers;
  };
  const forwarders = methodMap<Record<MethodName, Forwarder>>((name) => (input) => current()[name](input));
  // Each forwarder passes its input to the same method of a real ApiHandlers, so it has that method's type.
  return forwarders as unknown as ApiHandlers;
}
