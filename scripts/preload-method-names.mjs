// The desktop preload is bundled on its own and stays small: of the contract it
// needs the method names only, not zod and the schemas. These read the names
// from the contract itself at build time and give the preload the bare list in
// place of shared/api/method-names.ts — the contract stays the one list.
import { build } from 'esbuild';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The contract's method names (the keys of `contract`), read by bundling shared/api/contract and loading it. */
export async function contractMethodNames() {
  const bundled = await build({
    entryPoints: [path.join(root, 'shared/api/contract/index.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    write: false,
    logLevel: 'warning',
  });
  const { methodNames } = await import(`data:text/javascript;base64,${Buffer.from(bundled.outputFiles[0].text).toString('base64')}`);
  return [...methodNames];
}

/** An esbuild plugin: shared/api/method-names.ts becomes `export const methodNames = [the names]`. */
export function methodNamesOnly(names) {
  return {
    name: 'method-names-only',
    setup(builder) {
      builder.onLoad({ filter: /[\\/]shared[\\/]api[\\/]method-names\.ts$/ }, () => ({
        contents: `export const methodNames = Object.freeze(${JSON.stringify(names)});\n`,
        loader: 'js',
      }));
    },
  };
}

/** Throws when a bundle's metafile shows zod in it (something imported the contract's schemas). */
export function assertNoZod(metafile, bundleName) {
  const zodInputs = Object.keys(metafile.inputs).filter((input) => /node_modules[\\/]zod[\\/]/.test(input));
  if (zodInputs.length > 0) throw new Error(`${bundleName} must not bundle zod; it imports the contract's schemas somewhere.`);
}
