import type { MethodName } from './contract';
import { methodNames } from './method-names';

/**
 * An object with one entry per name, each made by `make`; throws if `make`
 * left one out (it cannot: the check is what lets the result have type T).
 */
export function mapNames<N extends string, T extends Record<N, unknown>>(names: readonly N[], make: <M extends N>(name: M) => T[M]): T {
  const entries: Partial<T> = {};
  for (const name of names) entries[name] = make(name);
  const complete = (candidate: Partial<T>): candidate is T => names.every((name) => candidate[name] !== undefined);
  if (!complete(entries)) throw new Error('A contract method is missing.');
  return entries;
}

/**
 * An object with one entry per contract method, each made by `make` — so a
 * method added to the contract is never forgotten in a hand-written list.
 */
export function methodMap<T extends Record<MethodName, unknown>>(make: <M extends MethodName>(name: M) => T[M]): T {
  return mapNames(methodNames, make);
}
