import { type HandlersOf, methodNamesOf, type Section } from '../../../shared/api/contract';
import { forwardMethods } from './forward-methods';

/** Runs `load` once; a failed load is tried again on the next call. */
function loadOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | null = null;
  return () => {
    loading ??= load().catch((error: unknown) => {
      loading = null;
      throw error;
    });
    return loading;
  };
}

/**
 * The methods of a section of the contract, implemented by a module loaded
 * on the first call of any of them (`load` runs once; a failed load is tried
 * again on the next call). Keeps heavy modules (jsdom, fflate, mammoth, …)
 * out of a shell's start: Node reads them only when a request needs them.
 */
export function lazySection<S extends Section>(section: S, load: () => Promise<HandlersOf<S>>): HandlersOf<S> {
  return forwardMethods(methodNamesOf(section), loadOnce(load));
}

/** A function of a module loaded on its first call (see lazySection). */
export function lazyFunction<A extends unknown[], R>(load: () => Promise<(...args: A) => Promise<R>>): (...args: A) => Promise<R> {
  const loaded = loadOnce(load);
  return async (...args: A): Promise<R> => (await loaded())(...args);
}
