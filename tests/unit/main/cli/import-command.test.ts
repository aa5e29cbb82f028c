import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { briefdesk } from './cli-runner';
import { parseImportArgs } from '../../../../main/cli/import-command';
import { UsageError } from '../../../../main/cli/export-command';
import { exportBriefJson } from '../../../../main/services/export/export-brief-json';
import { assetIdsOf, prepareForExport } from '../../../../main/services/export/prepare-for-export';
import { LibraryStore } from '../../../../main/services/library/library-store';
import { createFixtureLibrary, FIXTURE_NAMES } from '../../../fixtures/briefs/fixture-library';
import { TINY_PNG } from '../../support/store-fixtures';
import { buildDocx, buildJunkZip } from '../docx-builder';
import { MAX_IMPORT_BYTES } from '../../../../shared/api/contract';
import { mapEditorsDesks, resolveSyncedDesks } from '../../../../shared/editor/nodes/editors-desk';
import { bodySchema } from '../../../../shared/editor/body-extensions';
import type { BodyDoc } from '../../../../shared/model/brief';

describe('briefdesk import', () => {
  let work: string;
  let files: Record<string, string>;
  let headlines: Record<string, string>;
  const file = (name: string): string => files[name] ?? '';

  beforeAll(async () => {
    work = await mkdtemp(path.join(os.tmpdir(), 'briefdesk-cli-import-'));
    const inbox = path.join(work, 'inbox');
    await mkdir(inbox);
    const { store, ids } = await createFixtureLibrary(path.join(work, 'source'));
    files = {};
    headlines = {};
    const write = async (name: string, bytes: Uint8Array | string): Promise<void> => {
      files[name] = path.join(inbox, name);
      await writeFile(path.join(inbox, name), bytes);
    };
    try {
      for (const name of FIXTURE_NAMES) {
        const exported = await exportBriefJson(await prepareForExport(store, ids[name] ?? ''));
        headlines[name] = exported.brief.headline;
        await write(`${name}.json`, JSON.stringify(exported));
      }
      const full = await exportBriefJson(await prepareForExport(store, ids.full ?? ''));
      const hero = full.brief.hero?.asset ?? '';
      await write('tampered.json', JSON.stringify({ ...full, assets: { ...full.assets, [hero]: TINY_PNG.toString('base64') } }));
    } finally {
      await store.close();
    }
    await write('empty.json', '');
    await write('binary.json', TINY_PNG);
    await write('latin1.json', Buffer.from('{"headline": "caf\xe9"}', 'latin1'));
    await write('truncated.json', '{"format": "briefdesk-brief", "version": 1, "brief": {');
    await write('other.json', JSON.stringify({ format: 'something-else', version: 1 }));
    await write('notes.md', '# A brief\n');
    // Builds the CLI first if the sources changed, so the build's output is not mixed into a test's.
    await briefdesk('--help');
  }, 180_000);

  afterAll(async () => {
    await rm(work, { recursive: true, force: true });
  });

  it('imports each good file, reports each bad one, and exits 1', async () => {
    const dataDir = path.join(work, 'mixed');
    const order = [
      'empty.json',
      'full.json',
      'binary.json',
      'latin1.json',
      'truncated.json',
      'other.json',
      'tampered.json',
      'notes.md',
      'unicode.json',
    ];
    const result = await briefdesk('import', ...order.map(file), '--data', dataDir);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('');
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(order.length);
    const imported = (line: string | undefined, name: string): string => {
      const match = /^Imported (.+) as ([A-Za-z0-9_-]+) “(.*)” \(json\): Headline, (.*)$/.exec(line ?? '');
      expect(match?.slice(1, 2)).toEqual([file(`${name}.json`)]);
      expect(match?.[3]).toBe(headlines[name]);
      return match?.[2] ?? '';
    };
    const fullId = imported(lines[1], 'full');
    const unicodeId = imported(lines[8], 'unicode');
    expect(lines[0]).toBe(`Failed ${file('empty.json')}: The file is empty: there is nothing to import.`);
    expect(lines[2]).toBe(`Failed ${file('binary.json')}: This is a binary file, not a Briefdesk JSON export.`);
    expect(lines[3]).toBe(`Failed ${file('latin1.json')}: The file is not valid UTF-8 text, so it cannot be a Briefdesk JSON export.`);
    expect(lines[4]).toMatch(
      new RegExp(`^Failed ${file('truncated.json')}: The file is not valid JSON \\(.+\\)\\. It may be truncated or damaged\\.$`),
    );
    expect(lines[5]).toBe(
      `Failed ${file('other.json')}: This JSON is not a Briefdesk brief export (it has no "format": "briefdesk-brief" marker).`,
    );
    expect(lines[6]).toMatch(new RegExp(`^Failed ${file('tampered.json')}: The image [a-f0-9]{64}\\.jpg does not match its bytes`));
    const notesId = /^Imported .+ as ([A-Za-z0-9_-]+) “A brief” \(markdown\): Headline$/.exec(lines[7] ?? '')?.[1];
    expect(notesId).toBeDefined();

    const store = await LibraryStore.open(dataDir, { readOnly: true });
    try {
      expect(
        store
          .list()
          .briefs.map((row) => row.id)
          .sort(),
      ).toEqual([fullId, unicodeId, notesId].sort());
      expect((await store.get(fullId)).headline).toBe(headlines.full);
    } finally {
      await store.close();
    }
  });

  it('exits 0 when every file imports', async () => {
    const names = FIXTURE_NAMES.map((name) => file(`${name}.json`));
    const result = await briefdesk('import', ...names, '--data', path.join(work, 'all-good'));
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(
      result.stdout
        .trimEnd()
        .split('\n')
        .map((line) => line.split(' as ')[0]),
    ).toEqual(names.map((name) => `Imported ${name}`));
  });

  it('refuses a library open in another Briefdesk, importing nothing (exit 1)', async () => {
    const dataDir = path.join(work, 'locked');
    const app = await LibraryStore.open(dataDir);
    try {
      const result = await briefdesk('import', file('full.json'), '--data', dataDir);
      expect(result.code).toBe(1);
      expect(result.stdout).toBe('');
      expect(result.stderr).toBe(
        `briefdesk: This library is open in another Briefdesk (process ${process.pid}). Close it there, or choose another library folder.\n`,
      );
      expect(app.list().briefs).toEqual([]);
    } finally {
      await app.close();
    }
  });

  it('exits 2 with the usage when no file is given', async () => {
    const result = await briefdesk('import', '--data', path.join(work, 'unused'));
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('briefdesk: import needs one or more files\n');
    expect(result.stderr).toContain('import FILE… [--data DIR]');
  });
});

describe('parseImportArgs', () => {
  it('reads the files and the library folder', () => {
    expect(parseImportArgs(['a.json', 'b.json', '--data', 'lib'], 'default')).toEqual({
      files: ['a.json', 'b.json'],
      data: 'lib',
      wholePage: false,
      keepEmpty: false,
    });
    expect(parseImportArgs(['a.html', '--whole-page', '--keep-empty'], 'default')).toEqual({
      files: ['a.html'],
      data: 'default',
      wholePage: true,
      keepEmpty: true,
    });
    expect(() => parseImportArgs([], 'default')).toThrow(new UsageError('import needs one or more files'));
  });
});

describe('briefdesk import of every format', () => {
  const fixtures = path.resolve(import.meta.dirname, '../../../fixtures/import');
  let work: string;

  beforeAll(async () => {
    work = await mkdtemp(path.join(os.tmpdir(), 'briefdesk-cli-formats-'));
    await briefdesk('--help');
  }, 180_000);

  afterAll(async () => {
    await rm(work, { recursive: true, force: true });
  });

  it('imports Markdown, HTML, Word and text, reports bad files, and exits 1', async () => {
    const inbox = path.join(work, 'inbox');
    await mkdir(inbox);
    const at = (name: string): string => path.join(inbox, name);
    for (const name of ['seed-shaped-brief.txt', 'brief.md', 'foreign-article.html']) await copyFile(path.join(fixtures, name), at(name));
    await writeFile(
      at('talks.docx'),
      buildDocx([{ style: 'Title', runs: [{ text: 'Basin Talks Resume' }] }, { runs: [{ text: 'A first paragraph.' }] }]),
    );
    await writeFile(at('junk.docx'), buildJunkZip());
    await writeFile(at('empty.txt'), '');
    await writeFile(at('huge.md'), '');
    await truncate(at('huge.md'), MAX_IMPORT_BYTES + 1);
    const order = ['seed-shaped-brief.txt', 'junk.docx', 'brief.md', 'empty.txt', 'foreign-article.html', 'huge.md', 'talks.docx'];
    const dataDir = path.join(work, 'library');
    const result = await briefdesk('import', ...order.map(at), '--data', dataDir);
    expect(result.code).toBe(1);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines).toEqual([
      expect.stringMatching(
        new RegExp(
          `^Imported ${at('seed-shaped-brief.txt')} as [A-Za-z0-9_-]+ “Shared River, Split Ledger: Velmara Basin Talks Turn on Drought-Year Releases” \\(text\\): ` +
            "Headline, Standfirst, Tags \\(3\\), Key Takeaways \\(5 points\\), Editor's Desk “Strategic Analysis” with sign-off, Body \\(7 paragraphs\\)$",
        ),
      ),
      `Failed ${at('junk.docx')}: This is not a Word document (.docx): the zip package holds no Word text (word/document.xml).`,
      expect.stringMatching(
        / “Cold Storage, Hot Politics: The Fight Over the Northern Grain Reserve” \(markdown\): Headline, Standfirst, Section, Byline, Tags \(3\), Key Takeaways \(3 points\), /,
      ),
      `Failed ${at('empty.txt')}: The file is empty: there is nothing to import.`,
      expect.stringMatching(
        / “Ferry operators brace for a winter of shorter crossings” \(html\): Headline, Standfirst, Section, Byline, Tags \(3\), Key Takeaways \(3 points\), /,
      ),
      `Failed ${at('huge.md')}: The file is 100.0 MB; Briefdesk imports files of up to 100 MB.`,
      expect.stringMatching(/ “Basin Talks Resume” \(docx\): Headline, Standfirst$/),
    ]);
    expect(result.stderr.trimEnd().split('\n')).toEqual([
      expect.stringMatching(
        new RegExp(`^briefdesk: ${at('seed-shaped-brief.txt')}: The line “Wide brown river .*” reads like a picture's description`),
      ),
      `briefdesk: ${at('brief.md')}: Unrecognised front-matter keys kept in the body: cover_colour.`,
      `briefdesk: ${at('foreign-article.html')}: 1 link is relative to a site Briefdesk does not know: “/transport/archive”. It was kept as written; give it its full address before publishing.`,
      `briefdesk: ${at('foreign-article.html')}: 1 web image was left out (Briefdesk does not fetch from the network): “https://images.example.net/ferry.jpg”; the description is kept as text.`,
    ]);
    const store = await LibraryStore.open(dataDir, { readOnly: true });
    try {
      expect(
        store
          .list()
          .briefs.map((row) => row.headline)
          .sort(),
      ).toEqual([
        'Basin Talks Resume',
        'Cold Storage, Hot Politics: The Fight Over the Northern Grain Reserve',
        'Ferry operators brace for a winter of shorter crossings',
        'Shared River, Split Ledger: Velmara Basin Talks Turn on Drought-Year Releases',
      ]);
    } finally {
      await store.close();
    }
  });

  it('brings back HTML pages exported with their images in a folder, and Markdown with its images', async () => {
    const source = path.join(work, 'source');
    const { store, ids } = await createFixtureLibrary(source);
    const original = await store.get(ids.full ?? '');
    const shown = resolveSyncedDesks(original.body, (id) => store.deskLibrary.lookup(id)).body;
    await store.close();
    const out = path.join(work, 'exported');
    for (const format of ['html', 'md']) {
      const images = format === 'html' ? ['--images', 'folder'] : [];
      const exported = await briefdesk(
        'export',
        ids.full ?? '',
        '--format',
        format,
        ...images,
        '--out',
        path.join(out, format),
        '--data',
        source,
      );
      expect(exported.code).toBe(0);
    }
    const pages = await Promise.all(
      ['html', 'md'].map(async (format) => {
        const [page] = (await readdir(path.join(out, format))).filter((name) => name.endsWith(`.${format}`));
        return path.join(out, format, page ?? '');
      }),
    );
    const dataDir = path.join(work, 'round-trip');
    const result = await briefdesk('import', ...pages, '--data', dataDir);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const htmlId = new RegExp(`^Imported ${pages[0] ?? ''} as ([A-Za-z0-9_-]+) .* \\(html\\): `, 'm').exec(result.stdout)?.[1];
    const target = await LibraryStore.open(dataDir, { readOnly: true });
    try {
      const rows = target.list().briefs;
      expect(rows).toHaveLength(2);
      // The page comes back exactly (its synced desk as a detached copy of the text it shows).
      const detached = mapEditorsDesks(shown, (desk) => ({ ...desk, attrs: { ...desk.attrs, libraryRef: null } }));
      const normalised = (body: BodyDoc): unknown => bodySchema().nodeFromJSON(body).toJSON();
      expect(normalised((await target.get(htmlId ?? '')).body)).toEqual(normalised(detached));
      for (const row of rows) {
        const brief = await target.get(row.id);
        expect(brief).toMatchObject({ headline: original.headline, hero: original.hero, tags: original.tags, byline: original.byline });
        for (const asset of assetIdsOf(original)) {
          expect(await readFile(target.assetPath(asset) ?? '')).toEqual(await readFile(path.join(source, 'assets', asset)));
        }
        const desk = (brief.body.content ?? []).find((node) => node.type === 'editorsDesk');
        expect(desk?.content).toEqual(shown.content?.find((node) => node.type === 'editorsDesk')?.content);
      }
    } finally {
      await target.close();
    }
  }, 120_000);
});
