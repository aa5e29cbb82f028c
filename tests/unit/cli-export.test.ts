import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { briefdesk } from './cli-runner';
import { parseExportArgs, UsageError } from '../../main/cli/export-command';
import type { LibraryStore } from '../../main/services/library-store';
import { createFixtureLibrary } from '../fixtures/briefs/fixture-library';

describe('briefdesk export', () => {
  let work: string;
  let dataDir: string;
  let store: LibraryStore;
  let ids: Record<string, string>;
  const id = (name: string): string => ids[name] ?? '';

  beforeAll(async () => {
    work = await mkdtemp(path.join(os.tmpdir(), 'briefdesk-cli-export-'));
    dataDir = path.join(work, 'library');
    // The library stays open (locked) for the whole suite, as when the app is running.
    ({ store, ids } = await createFixtureLibrary(dataDir));
  });

  afterAll(async () => {
    await store.close();
    await rm(work, { recursive: true, force: true });
  });

  it('writes one standalone page per id into a new folder and says so, while the app has the library open', async () => {
    const out = path.join(work, 'out-html', 'nested');
    const result = await briefdesk('export', id('full'), id('rtl-arabic'), '--format', 'html', '--out', out, '--data', dataDir);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const fullFile = 'green-corridor-or-bottleneck-northern-ports-race-to-electrify-before-the-2028.html';
    const arabicFile = 'sdwd-almnbe-wmkhawf-almsb-mfawdat-tqasm-almyah-tdkhl-mrhlt-hasmt.html';
    expect(result.stdout).toBe(
      `Wrote ${path.join(out, fullFile)} (${id('full')})\nWrote ${path.join(out, arabicFile)} (${id('rtl-arabic')})\n`,
    );
    expect((await readdir(out)).sort()).toEqual([fullFile, arabicFile]);
    const html = await readFile(path.join(out, fullFile), 'utf8');
    expect(html).toMatch(/^<!doctype html>\n<html lang="en-GB" dir="ltr">/);
    expect(html).toContain('<meta name="generator" content="Briefdesk 0.1.0">');
    expect(html).toContain('src="data:image/jpeg;base64,');
  });

  it('exports --all as lossless JSON', async () => {
    const out = path.join(work, 'out-json');
    const result = await briefdesk('export', '--all', '--format', 'json', '--out', out, '--data', dataDir);
    expect(result.code).toBe(0);
    expect(result.stdout.trim().split('\n')).toHaveLength(Object.keys(ids).length);
    const files = await readdir(out);
    expect(files).toHaveLength(Object.keys(ids).length);
    const line = result.stdout.split('\n').find((entry) => entry.endsWith(`(${id('full')})`)) ?? '';
    const file = /^Wrote (.+) \(/.exec(line)?.[1] ?? '';
    const exported: unknown = JSON.parse(await readFile(file, 'utf8'));
    expect(exported).toMatchObject({ format: 'briefdesk-brief', version: 1, brief: await store.get(id('full')) });
  });

  it('puts images in a folder beside the page with --images folder', async () => {
    const out = path.join(work, 'out-folder');
    const result = await briefdesk('export', id('full'), '--format', 'html', '--images', 'folder', '--out', out, '--data', dataDir);
    expect(result.code).toBe(0);
    const stem = 'green-corridor-or-bottleneck-northern-ports-race-to-electrify-before-the-2028';
    expect((await readdir(out)).sort()).toEqual([`${stem}-assets`, `${stem}.html`]);
    expect(await readdir(path.join(out, `${stem}-assets`))).toHaveLength(2);
    expect(await readFile(path.join(out, `${stem}.html`), 'utf8')).toContain(`src="${stem}-assets/`);
  });

  it('exports Markdown with front matter and its images beside it', async () => {
    const out = path.join(work, 'out-md');
    const result = await briefdesk('export', id('full'), '--format', 'md', '--out', out, '--data', dataDir);
    const stem = 'green-corridor-or-bottleneck-northern-ports-race-to-electrify-before-the-2028';
    expect(result).toMatchObject({ code: 0, stderr: '', stdout: `Wrote ${path.join(out, `${stem}.md`)} (${id('full')})\n` });
    expect((await readdir(out)).sort()).toEqual([`${stem}-assets`, `${stem}.md`]);
    expect(await readdir(path.join(out, `${stem}-assets`))).toHaveLength(2);
    const markdown = await readFile(path.join(out, `${stem}.md`), 'utf8');
    expect(markdown).toMatch(/^---\nid: "[^"]+"\ntitle: "Green Corridor or Bottleneck: /);
    expect(markdown).toContain('\n## Key Takeaways\n\n1. ');
    expect(markdown).toContain(`](${stem}-assets/`);
  });

  it('fails with exit code 1 on an unknown id, writing nothing', async () => {
    const out = path.join(work, 'out-missing');
    const result = await briefdesk('export', id('full'), 'no-such-brief', '--format', 'html', '--out', out, '--data', dataDir);
    expect(result).toMatchObject({ code: 1, stdout: '', stderr: 'briefdesk: No brief with id no-such-brief\n' });
    expect(existsSync(out)).toBe(false);
  });

  it('fails with exit code 2 and the usage when called wrongly', async () => {
    const result = await briefdesk('export', 'abc', '--format', 'pdf', '--out', 'x');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('briefdesk: --format pdf is not available yet; use html, md or json\n');
    expect(result.stderr).toContain('export (ID… | --all) --format html|md|json --out DIR');
  });
});

describe('parseExportArgs', () => {
  it('reads ids, format, folder, library and image mode', () => {
    expect(parseExportArgs(['a1', 'b2', '--format', 'html', '--out', 'out', '--images', 'folder', '--data', 'lib'], 'default')).toEqual({
      ids: ['a1', 'b2'],
      all: false,
      format: 'html',
      out: 'out',
      data: 'lib',
      images: 'folder',
    });
    expect(parseExportArgs(['--all', '--format', 'json', '--out', 'out'], 'default')).toMatchObject({ all: true, data: 'default', images: 'embed' });
  });

  it.each([
    [['--format', 'html', '--out', 'x'], 'export needs brief ids or --all'],
    [['abc', '--out', 'x'], 'export needs --format html|md|json'],
    [['abc', '--format', 'html'], 'export needs --out DIR'],
    [['abc', '--format', 'pdf', '--out', 'x'], '--format pdf is not available yet; use html, md or json'],
    [['abc', '--format', 'docx', '--out', 'x'], 'unknown format "docx"; use html, md or json'],
    [['abc', '--format', 'md', '--images', 'folder', '--out', 'x'], '--images applies to --format html only'],
    [['abc', '--format', 'html', '--images', 'inline', '--out', 'x'], 'unknown --images "inline"; use embed or folder'],
    [['abc', '--format', 'json', '--images', 'folder', '--out', 'x'], '--images applies to --format html only'],
    [['--all', 'abc', '--format', 'html', '--out', 'x'], 'give brief ids or --all, not both'],
  ])('rejects %j', (args, message) => {
    expect(() => parseExportArgs(args, 'default')).toThrow(new UsageError(message));
  });
});
