import type { Metafile, Plugin } from 'esbuild';

/** The contract's method names (the keys of `contract`), read by bundling shared/api/contract and loading it. */
export function contractMethodNames(): Promise<string[]>;
/** An esbuild plugin: shared/api/method-names.ts becomes `export const methodNames = [the names]`. */
export function methodNamesOnly(names: readonly string[]): Plugin;
/** Throws when a bundle's metafile shows zod in it (something imported the contract's schemas). */
export function assertNoZod(metafile: Metafile, bundleName: string): void;
