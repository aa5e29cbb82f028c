import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { validateConfiguration } from 'app-builder-lib/out/util/config/config';
import type { Configuration } from 'app-builder-lib';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../../..');
const parsed: unknown = load(readFileSync(path.join(root, 'electron-builder.yml'), 'utf8'));
const packageJson: unknown = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));

/** The debug logger validateConfiguration wants, switched off. */
const quietLogger = { isEnabled: false, data: new Map<string, unknown>(), add: () => undefined, save: async () => undefined };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function section(name: string): Record<string, unknown> {
  const value = isRecord(parsed) ? parsed[name] : undefined;
  if (!isRecord(value)) throw new Error(`electron-builder.yml has no "${name}" section`);
  return value;
}

function asConfiguration(value: unknown): Configuration {
  if (!isRecord(value)) throw new Error('electron-builder.yml is not a mapping');
  return value;
}

/** Minimal glob check for the patterns used in `files` ("dir/**", exact names). */
function matchesGlob(pattern: string, file: string): boolean {
  if (pattern.endsWith('/**')) return file.startsWith(pattern.slice(0, -2));
  return pattern === file;
}

describe('electron-builder.yml', () => {
  it("passes electron-builder's own schema validation", async () => {
    await expect(validateConfiguration(asConfiguration(parsed), quietLogger)).resolves.toBeUndefined();
  });

  it('the schema check is live: a misspelt option fails it', async () => {
    const misspelt = { ...asConfiguration(parsed), linx: { target: ['deb'] } };
    await expect(validateConfiguration(misspelt, quietLogger)).rejects.toThrow(/linx/);
  });

  it('names the app and puts installers in release/', () => {
    expect(parsed).toMatchObject({
      appId: 'app.briefdesk.desktop',
      productName: 'Briefdesk',
      asar: true,
      directories: { output: 'release', buildResources: 'build' },
    });
  });

  it('packs the build output, package.json and the main entry — not sources or tests', () => {
    const files = isRecord(parsed) ? parsed.files : undefined;
    if (!Array.isArray(files)) throw new Error('files must be a list');
    const include = files.filter((entry): entry is string => typeof entry === 'string' && !entry.startsWith('!'));
    const main = isRecord(packageJson) ? packageJson.main : undefined;
    expect(main).toBe('dist/desktop/main.js');
    for (const file of ['package.json', 'dist/desktop/main.js', 'dist/desktop/preload.cjs', 'dist/renderer/index.html']) {
      expect(
        include.some((pattern) => matchesGlob(pattern, file)),
        file,
      ).toBe(true);
    }
    for (const file of ['main/desktop/main.ts', 'tests/unit/main/desktop/ipc.test.ts', 'shared/api/contract.ts', 'renderer/main.tsx']) {
      expect(
        include.some((pattern) => matchesGlob(pattern, file)),
        file,
      ).toBe(false);
    }
    expect(include.every((pattern) => pattern === 'package.json' || pattern.startsWith('dist/'))).toBe(true);
  });

  it('builds AppImage and deb, an NSIS per-user installer with a choice, and a dmg', () => {
    expect(section('linux')).toMatchObject({ target: ['AppImage', 'deb'], category: 'Office' });
    expect(String(section('linux').maintainer)).toMatch(/\S+ <\S+@\S+>/);
    expect(String(section('linux').synopsis).length).toBeGreaterThan(10);
    expect(section('win')).toMatchObject({ target: ['nsis'] });
    expect(section('nsis')).toMatchObject({ oneClick: false, perMachine: false });
    expect(section('mac')).toMatchObject({
      target: ['dmg'],
      category: 'public.app-category.productivity',
      hardenedRuntime: true,
    });
  });

  it('flips the unused fuses off and the hardening fuses on', () => {
    expect(section('electronFuses')).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('points at icons that exist', () => {
    for (const [platform, icon] of [
      ['linux', 'build/icon.png'],
      ['win', 'build/icon.ico'],
      ['mac', 'build/icon.icns'],
    ] as const) {
      expect(section(platform).icon).toBe(icon);
      expect(existsSync(path.join(root, icon)), icon).toBe(true);
    }
  });
});
