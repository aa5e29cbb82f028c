import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where the build puts the files the desktop shell loads. */
export interface BuiltPaths {
  /** The built renderer (dist/renderer). */
  rendererDir: string;
  /** The bundled, sandboxed preload (dist/desktop/preload.cjs). */
  preload: string;
}

/**
 * Paths relative to the compiled main file: the build bundles
 * main/desktop/main.ts to dist/desktop/main.js, the preload beside it and
 * the renderer to dist/renderer. Works inside app.asar too.
 */
export function builtPaths(mainFileUrl: string): BuiltPaths {
  const here = path.dirname(fileURLToPath(mainFileUrl));
  return {
    rendererDir: path.resolve(here, '../renderer'),
    preload: path.join(here, 'preload.cjs'),
  };
}
