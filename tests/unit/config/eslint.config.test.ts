// The boundaries of ARCHITECTURE.md as eslint.config.js checks them: each rule fires on code that
// crosses one and stays quiet on the import it allows. The code is linted as if it sat in a small
// tree of the target layout (main/runtime/, renderer/app/, renderer/ui/…) made in a temp folder
// with a copy of the config, so the checks do not depend on where today's files are.
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ESLint } from 'eslint';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../../..');

/** The files the linted code imports, one per part of the tree. */
const targets: Record<string, string> = {
  'shared/model/brief.ts': 'export const brief = 1;',
  'main/services/store.ts': 'export const store = 1;',
  'main/runtime/runtime.ts': 'export const runtime = 1;',
  'main/desktop/window.ts': 'export const openWindow = 1;',
  'main/web/server.ts': 'export const server = 1;',
  'renderer/app/App.tsx': 'export const App = 1;',
  'renderer/ui/Button.tsx': 'export const Button = 1;',
  'renderer/desk/desk.ts': 'export const desk = 1;',
};

let tree = '';
let eslint: ESLint;

beforeAll(() => {
  tree = mkdtempSync(path.join(tmpdir(), 'briefdesk-lint-'));
  copyFileSync(path.join(root, 'eslint.config.js'), path.join(tree, 'eslint.config.js'));
  symlinkSync(path.join(root, 'node_modules'), path.join(tree, 'node_modules'), 'dir');
  for (const [file, text] of Object.entries(targets)) {
    mkdirSync(path.dirname(path.join(tree, file)), { recursive: true });
    writeFileSync(path.join(tree, file), `${text}\n`);
  }
  eslint = new ESLint({ cwd: tree });
});

afterAll(() => {
  rmSync(tree, { recursive: true, force: true });
});

/** The rules that fire on `code` placed at `file`, each once, sorted. */
async function rulesFired(file: string, code: string): Promise<string[]> {
  const results = await eslint.lintText(`${code}\n`, { filePath: path.join(tree, file) });
  const rules = results.flatMap((result) => result.messages.map((message) => message.ruleId ?? `parse error: ${message.message}`));
  return [...new Set(rules)].sort();
}

describe('shared/', () => {
  it('imports no Node built-in, neither main/ nor renderer/', async () => {
    expect(await rulesFired('shared/model/a.ts', "import { readFileSync } from 'node:fs';\nexport const a = readFileSync;")).toEqual([
      'boundaries/dependencies',
    ]);
    expect(await rulesFired('shared/model/a.ts', "import path from 'path';\nexport const a = path;")).toEqual(['boundaries/dependencies']);
    expect(await rulesFired('shared/model/a.ts', "export { store } from '../../main/services/store';")).toEqual([
      'boundaries/dependencies',
    ]);
    expect(await rulesFired('shared/model/a.ts', "export { desk } from '../../renderer/desk/desk';")).toEqual(['boundaries/dependencies']);
    expect(await rulesFired('shared/model/a.ts', "export { brief } from './brief';")).toEqual([]);
  });

  it('uses no DOM global, but may use a window or document it is handed', async () => {
    expect(await rulesFired('shared/render/a.ts', 'export const title = (): string => document.title;')).toEqual(['no-restricted-globals']);
    expect(await rulesFired('shared/render/a.ts', 'export const width = (): number => window.innerWidth;')).toEqual([
      'no-restricted-globals',
    ]);
    expect(await rulesFired('shared/render/a.ts', 'export const title = (win: Window): string => win.document.title;')).toEqual([]);
  });
});

describe('main/', () => {
  it('keeps electron in main/desktop/', async () => {
    expect(await rulesFired('main/desktop/a.ts', "import { app } from 'electron';\nexport const a = app;")).toEqual([]);
    expect(await rulesFired('main/services/a.ts', "import { app } from 'electron';\nexport const a = app;")).toEqual([
      'boundaries/dependencies',
    ]);
    expect(await rulesFired('main/services/a.ts', "export const load = async (): Promise<unknown> => import('electron');")).toEqual([
      'boundaries/dependencies',
    ]);
    expect(await rulesFired('main/web/a.ts', "import { app } from 'electron';\nexport const a = app;")).toEqual([
      'boundaries/dependencies',
    ]);
  });

  it('lets services import neither the runtime nor a shell', async () => {
    expect(await rulesFired('main/services/a.ts', "export { runtime } from '../runtime/runtime';")).toEqual(['boundaries/dependencies']);
    expect(await rulesFired('main/services/a.ts', "export { openWindow } from '../desktop/window';")).toEqual(['boundaries/dependencies']);
    expect(await rulesFired('main/services/a.ts', "export { store } from './store';")).toEqual([]);
  });

  it('lets the runtime import services, and the shells the runtime, but not another shell', async () => {
    expect(await rulesFired('main/runtime/a.ts', "export { store } from '../services/store';")).toEqual([]);
    expect(await rulesFired('main/runtime/a.ts', "export { server } from '../web/server';")).toEqual(['boundaries/dependencies']);
    expect(await rulesFired('main/web/a.ts', "export { runtime } from '../runtime/runtime';")).toEqual([]);
    expect(await rulesFired('main/cli/a.ts', "export { store } from '../services/store';")).toEqual([]);
    expect(await rulesFired('main/web/a.ts', "export { openWindow } from '../desktop/window';")).toEqual(['boundaries/dependencies']);
  });

  it('uses ipcMain only in main/desktop/ipc.ts and ipcRenderer only in the preload', async () => {
    const useIpcMain = "import { ipcMain } from 'electron';\nexport const a = ipcMain;";
    const useIpcRenderer = "import { ipcRenderer } from 'electron';\nexport const a = ipcRenderer;";
    expect(await rulesFired('main/desktop/ipc.ts', useIpcMain)).toEqual([]);
    expect(await rulesFired('main/desktop/preload.ts', useIpcRenderer)).toEqual([]);
    expect(await rulesFired('main/desktop/window.ts', useIpcMain)).toEqual(['no-restricted-imports']);
    expect(await rulesFired('main/desktop/ipc.ts', useIpcRenderer)).toEqual(['no-restricted-imports']);
    expect(await rulesFired('main/desktop/window.ts', "import electron from 'electron';\nexport const a = electron.ipcRenderer;")).toEqual([
      'no-restricted-properties',
    ]);
  });

  it('writes no IPC channel string by hand in main/desktop/', async () => {
    expect(await rulesFired('main/desktop/a.ts', "export const channel = 'briefdesk:saveBrief';")).toEqual(['no-restricted-syntax']);
    expect(await rulesFired('main/desktop/a.ts', 'export const channel = (name: string): string => `briefdesk:${name}`;')).toEqual([
      'no-restricted-syntax',
    ]);
    expect(await rulesFired('main/desktop/a.ts', "export const channel = (name: string): string => 'briefdesk:' + name;")).toEqual([
      'no-restricted-syntax',
    ]);
    expect(await rulesFired('main/desktop/a.ts', "export const note = 'briefdesk: could not start';")).toEqual([]);
  });
});

describe('renderer/', () => {
  it('never imports main/', async () => {
    expect(await rulesFired('renderer/desk/a.ts', "export { store } from '../../main/services/store';")).toEqual([
      'boundaries/dependencies',
    ]);
  });

  it('keeps renderer/ui/ to itself and shared/', async () => {
    expect(await rulesFired('renderer/ui/a.tsx', "export { desk } from '../desk/desk';")).toEqual(['boundaries/dependencies']);
    expect(await rulesFired('renderer/ui/a.tsx', "export { App } from '../app/App';")).toEqual(['boundaries/dependencies']);
    expect(
      await rulesFired('renderer/ui/a.tsx', "export { Button } from './Button';\nexport { brief } from '../../shared/model/brief';"),
    ).toEqual([]);
  });

  it('lets feature folders use renderer/ui/ but not renderer/app/', async () => {
    expect(await rulesFired('renderer/desk/a.ts', "export { App } from '../app/App';")).toEqual(['boundaries/dependencies']);
    expect(await rulesFired('renderer/desk/a.ts', "export { Button } from '../ui/Button';")).toEqual([]);
    expect(await rulesFired('renderer/app/a.ts', "export { desk } from '../desk/desk';")).toEqual([]);
  });
});

describe('tests/', () => {
  it('commits no focused test', async () => {
    const focused = (test: string): string => `import { describe, it } from 'vitest';\n${test}`;
    expect(await rulesFired('tests/unit/a.test.ts', focused("describe('a', () => { it.only('runs alone', () => {}); });"))).toEqual([
      'no-restricted-syntax',
    ]);
    expect(await rulesFired('tests/unit/a.test.ts', focused("describe.only('a', () => { it('runs alone', () => {}); });"))).toEqual([
      'no-restricted-syntax',
    ]);
    expect(await rulesFired('tests/e2e/a.spec.ts', "import { test } from '@playwright/test';\ntest.describe.only('a', () => {});")).toEqual(
      ['no-restricted-syntax'],
    );
    expect(await rulesFired('tests/unit/a.test.ts', focused("describe('a', () => { it('runs with the rest', () => {}); });"))).toEqual([]);
  });
});
