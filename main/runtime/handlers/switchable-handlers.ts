import { type ApiHandlers, methodNames } from '../../../shared/api/contract';
import type { LibraryStore } from '../../services/library/library-store';
import type { LibraryHolder } from '../library-holder';
import type { ShellInfo } from '../shell-info';
import { createHandlers } from './create-handlers';
import { forwardMethods } from './forward-methods';

/**
 * The contract's methods on whatever library `holder` has open now: the
 * handlers are made for the current store and made again after a switch to
 * a restored library, so the shells keep one handler object for their life.
 */
export function switchableHandlers(holder: LibraryHolder, info: Omit<ShellInfo, 'library'>): ApiHandlers {
  let made: { store: LibraryStore; handlers: ApiHandlers } | null = null;
  return forwardMethods(methodNames, () => {
    if (made?.store !== holder.current)
      made = { store: holder.current, handlers: createHandlers(holder.current, { ...info, library: holder }) };
    return made.handlers;
  });
}
