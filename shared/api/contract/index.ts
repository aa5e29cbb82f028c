import type { z } from 'zod';
import type { WireResult } from '../wire-result';
import { appContract } from './app';
import { backupContract } from './backup';
import { briefsContract } from './briefs';
import { deskContract } from './desk';
import { exportContract } from './export';
import { importContract } from './import';
import { libraryContract } from './library';
import { type HandlersOf, methodNamesOf } from './method';
import { publishContract } from './publish';
import { recoveryContract } from './recovery';
import { replaceContract } from './replace';
import { revisionsContract } from './revisions';
import { templatesContract } from './templates';

export * from './app';
export * from './backup';
export * from './briefs';
export * from './desk';
export * from './export';
export * from './import';
export * from './library';
export * from './publish';
export * from './recovery';
export * from './replace';
export * from './revisions';
export * from './templates';
export { type HandlersOf, type Method, type Section, methodNamesOf } from './method';
export { ipcChannel } from '../ipc-channel';

/**
 * The API contract: every method a shell offers the renderer, with the zod
 * schema of its input (validated in main, whichever shell it came through)
 * and of its output, composed from one section per feature. The method
 * names, the preload, IPC registration, the HTTP router, the lazily loaded
 * handler groups and the renderer's client are all derived from this map:
 * adding a method is one entry in its section and its handler.
 */
export const contract = {
  ...libraryContract,
  ...briefsContract,
  ...templatesContract,
  ...deskContract,
  ...exportContract,
  ...importContract,
  ...revisionsContract,
  ...recoveryContract,
  ...backupContract,
  ...appContract,
  ...publishContract,
  ...replaceContract,
};

export type Contract = typeof contract;
export type MethodName = keyof Contract & string;

/** Every method name of the contract (its keys). */
export const methodNames: readonly MethodName[] = methodNamesOf(contract);

export type MethodInput<M extends MethodName> = z.input<Contract[M]['input']>;
export type MethodParsedInput<M extends MethodName> = z.output<Contract[M]['input']>;
export type MethodOutput<M extends MethodName> = z.output<Contract[M]['output']>;

/** The object the renderer talks to (window.briefdesk on the desktop, HTTP in the browser). */
export type BriefdeskApi = {
  [M in MethodName]: (input: MethodInput<M>) => Promise<MethodOutput<M>>;
};

/** Server-side implementation of the contract; inputs arrive parsed. */
export type ApiHandlers = HandlersOf<Contract>;

/** Whether `name` is one of the contract's methods. */
export function isMethodName(name: string): name is MethodName {
  return Object.hasOwn(contract, name);
}

/**
 * What the desktop preload puts on `window.briefdesk`: the contract's methods,
 * each answering with the wire result (errors cross contextBridge as data,
 * since thrown errors lose their code there). The renderer's client unwraps it.
 */
export type BriefdeskBridge = {
  [M in MethodName]: (input: MethodInput<M>) => Promise<WireResult>;
};
