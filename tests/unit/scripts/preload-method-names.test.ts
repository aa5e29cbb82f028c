import path from 'node:path';
import { runInNewContext } from 'node:vm';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { methodNames } from '../../../shared/api/contract';
import { assertNoZod, contractMethodNames, methodNamesOnly } from '../../../scripts/preload-method-names.mjs';

const root = path.resolve(import.meta.dirname, '../../..');

/** The preload as the build bundles it (one CommonJS file, electron external), in memory. */
async function bundlePreload(plugins: ReturnType<typeof methodNamesOnly>[]) {
  const result = await build({
    entryPoints: [path.join(root, 'main/desktop/preload.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    external: ['electron'],
    plugins,
    metafile: true,
    write: false,
    logLevel: 'silent',
  });
  const text = result.outputFiles[0]?.text ?? '';
  return { text, metafile: result.metafile };
}

describe('the preload build', () => {
  it('reads the method names from the contract', async () => {
    expect(await contractMethodNames()).toEqual([...methodNames]);
  });

  it('gives the preload the bare names: a small bundle without zod that exposes every method', async () => {
    const preload = await bundlePreload([methodNamesOnly(await contractMethodNames())]);
    expect(() => assertNoZod(preload.metafile, 'The preload')).not.toThrow();
    expect(preload.text.length).toBeLessThan(10_000);
    const exposed = new Map<string, unknown>();
    const electron = {
      contextBridge: { exposeInMainWorld: (key: string, value: unknown) => exposed.set(key, value) },
      ipcRenderer: { invoke: async () => ({ ok: true, value: null }) },
    };
    runInNewContext(preload.text, { require: (name: string) => (name === 'electron' ? electron : undefined), exports: {}, module: {} });
    const bridge = exposed.get('briefdesk');
    expect(Object.keys(bridge ?? {})).toEqual([...methodNames]);
  });

  it('fails a preload that would carry the contract’s schemas', async () => {
    const withSchemas = await bundlePreload([]);
    expect(() => assertNoZod(withSchemas.metafile, 'The preload')).toThrow('The preload must not bundle zod');
  });
});
