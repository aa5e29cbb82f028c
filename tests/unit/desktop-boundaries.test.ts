// The lint rules of the desktop shell, as a test (the project has no ESLint):
// raw ipcMain/ipcRenderer only in their wrappers, and `electron` only in the
// desktop shell.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.(ts|tsx|mts|cts)$/.test(entry.name))
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'));
}

/** The code of a file without its comments (good enough for these checks). */
function code(file: string): string {
  return readFileSync(path.join(root, file), 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:])\/\/.*$/gm, '$1');
}

const appSources = ['shared', 'main', 'renderer'].flatMap(sourceFiles);
const importsElectron = /from\s+['"]electron['"]|require\(\s*['"]electron['"]\s*\)|import\(\s*['"]electron['"]\s*\)/;

describe('desktop shell boundaries', () => {
  it('uses ipcMain only in main/desktop/ipc.ts and ipcRenderer only in the preload', () => {
    const offenders = appSources.filter((file) => {
      const text = code(file);
      if (/\bipcMain\b/.test(text) && file !== 'main/desktop/ipc.ts') return true;
      return /\bipcRenderer\b/.test(text) && file !== 'main/desktop/preload.ts';
    });
    expect(offenders).toEqual([]);
  });

  it('imports electron only in main/desktop/', () => {
    const offenders = appSources.filter(
      (file) => !file.startsWith('main/desktop/') && importsElectron.test(code(file)),
    );
    expect(offenders).toEqual([]);
  });

  it('writes no IPC channel string by hand: channels come from the contract', () => {
    const offenders = sourceFiles('main/desktop').filter((file) =>
      /['"`]briefdesk:[A-Za-z]/.test(code(file)),
    );
    expect(offenders).toEqual([]);
  });
});
