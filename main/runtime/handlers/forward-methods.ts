import type { HandlersOf, Section } from '../../../shared/api/contract';
import { mapNames } from '../../../shared/api/method-map';

/**
 * Handlers for `names` that pass each call on to the same method of the
 * handlers `target` answers at the time of the call: a module loaded on
 * first use, the library open now, the library once it has opened.
 */
export function forwardMethods<S extends Section>(
  names: readonly (keyof S & string)[],
  target: () => HandlersOf<S> | Promise<HandlersOf<S>>,
): HandlersOf<S> {
  return mapNames<keyof S & string, HandlersOf<S>>(names, (name) => async (input) => (await target())[name](input));
}
