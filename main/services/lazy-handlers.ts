import type { ApiHandlers } from '../../shared/api/contract';

/** A handler seen only as "takes its input, answers something". */
type Forwarder = (input: never) => Promise<unknown>;

/**
 * Some of the contract's methods, implemented by a module loaded on the
 * first call of any of them (`load` runs once; a failed load is tried again
 * on the next call). Keeps heavy modules (jsdom, fflate, mammoth, …) out of
 * a shell's start: Node reads them only when a request needs them.
 */
export function lazyHandlers<K extends keyof ApiHandlers>(
  names: readonly K[],
  load: () => Promise<Pick<ApiHandlers, K>>,
): Pick<ApiHandlers, K> {
  let loading: Promise<Pick<ApiHandlers, K>> | null = null;
  const loaded = (): Promise<Pick<ApiHandlers, K>> => {
    loading ??= load().catch((error: unknown) => {
      loading = null;
      throw error;
    });
    return loading;
  };
  const forwarders: Partial<Record<K, Forwarder>> = {};
  for (const name of names) {
    forwarders[name] = async (input) => {
      const handlers = await loaded();
      return (handlers[name] as unknown as Forwarder)(input);
    };
  }
  // Each forwarder passes its input to the same method of the loaded handlers, so it has that method's type.
  return forwarders as unknown as Pick<ApiHandlers, K>;
}

/** A function of a module loaded on its first call (see lazyHandlers). */
export function lazyFunction<A extends unknown[], R>(load: () => Promise<(...args: A) => Promise<R>>): (...args: A) => Promise<R> {
  let loading: Promise<(...args: A) => Promise<R>> | null = null;
  return async (...args: A): Promise<R> => {
    loading ??= load().catch((error: unknown) => {
      loading = null;
      throw error;
    });
    return (await loading)(...args);
  };
}
