import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LibraryStore } from '../../../../../main/services/library/library-store';
import { quarantineFile } from '../../../../../main/services/library/quarantine';
import { populate } from '../../backup-fixtures';
import { revisionFiles } from '../../../support/revisions-fixtures';
import { storeFixture } from '../../../support/store-fixtures';

const fixture = storeFixture();

/** Ways a file gets damaged outside Briefdesk: each turns the file's bytes into damaged ones. */
const DAMAGE: Record<string, (original: Buffer) => Buffer> = {
  'invalid JSON': () => Buffer.from('{"schemaVersion": 1, "items": [oops'),
  'a schema failure': (original) => Buffer.from(JSON.stringify({ schemaVersion: JSON.parse(original.toString('utf8')).schemaVersion })),
  truncation: (original) => original.subarray(0, Math.floor(original.length / 2)),
  'zero bytes': () => Buffer.alloc(0),
  'NUL bytes': (original) => {
    const copy = Buffer.from(original);
    copy.fill(0, Math.floor(copy.length / 3), Math.min(copy.length, Math.floor(copy.length / 3) + 64));
    return copy;
  },
};

/** A closed library with a bit of everything; the ids of its briefs. */
async function library(): Promise<{ dir: string; ids: string[] }> {
  const dir = await fixture.tempDir();
  const store = await fixture.open(dir);
  const ids = await populate(store);
  await fixture.close(store);
  return { dir, ids };
}

/** Overwrite a file of the library with damaged bytes; resolves to them. */
async function damage(path: string, kind: string): Promise<Buffer> {
  const damaged = DAMAGE[kind]?.(await readFile(path)) ?? Buffer.alloc(0);
  await writeFile(path, damaged);
  return damaged;
}

/** The file was moved to quarantine/ byte for byte and is gone from where it was. */
async function expectQuarantined(dir: string, originalPath: string, movedTo: string, bytes: Buffer): Promise<void> {
  expect(movedTo).toMatch(/^quarantine[/\\]/);
  expect((await readFile(join(dir, movedTo))).equals(bytes)).toBe(true);
  await expect(stat(originalPath)).rejects.toMatchObject({ code: 'ENOENT' });
}

async function quarantineHolding(dir: string, prefix: string): Promise<string> {
  const name = (await readdir(join(dir, 'quarantine'))).find((file) => file.startsWith(prefix));
  if (!name) throw new Error(`nothing starting with ${prefix} in quarantine/`);
  return join('quarantine', name);
}

function headlines(store: LibraryStore): string[] {
  return store
    .list()
    .briefs.map((brief) => brief.headline)
    .sort();
}

const LIVE = ['Harbour dredging resumes after the spring tides', 'Rail freight volumes slip for a third quarter'];

describe.each(Object.keys(DAMAGE))('a library file damaged by %s', (kind) => {
  it('a brief file: listed as damaged on open, moved to quarantine, the rest of the library works', async () => {
    const { dir, ids } = await library();
    const [victim = '', other = ''] = ids;
    const path = join(dir, 'articles', `${victim}.json`);
    const bytes = await damage(path, kind);
    const store = await fixture.open(dir);
    const [entry, ...more] = store.list().damaged;
    expect(more).toEqual([]);
    expect(entry).toMatchObject({ id: victim, reason: expect.stringMatching(/^(Not valid JSON|Does not match the brief format)/) });
    await expectQuarantined(dir, path, entry?.movedTo ?? '', bytes);
    expect(headlines(store)).toEqual([LIVE[1]]);
    expect((await store.get(other)).headline).toBe(LIVE[1]);
  });

  it('library.json: moved to quarantine on open, the briefs all still listed', async () => {
    const { dir } = await library();
    const path = join(dir, 'library.json');
    const bytes = await damage(path, kind);
    const store = await fixture.open(dir);
    expect(headlines(store)).toEqual(LIVE);
    expect(store.list({ trash: true }).briefs).toHaveLength(1);
    const movedTo = await quarantineHolding(dir, 'library.');
    expect((await readFile(join(dir, movedTo))).equals(bytes)).toBe(true);
    expect(JSON.parse(await readFile(path, 'utf8')).schemaVersion).toBe(3);
  });

  it.each([
    ['templates.json', (store: LibraryStore) => store.templates.list().map((template) => template.name), ['Standard brief']],
    ['desk-library.json', (store: LibraryStore) => store.deskLibrary.list().map((block) => block.name), []],
  ] as const)('%s: listed as damaged on open, moved to quarantine, that part starts empty', async (file, names, left) => {
    const { dir } = await library();
    const path = join(dir, file);
    const bytes = await damage(path, kind);
    const store = await fixture.open(dir);
    const entry = store.list().damaged.find((item) => item.id === file);
    expect(entry?.reason).toMatch(/^(Not valid JSON|Does not match the)/);
    await expectQuarantined(dir, path, entry?.movedTo ?? '', bytes);
    expect(names(store)).toEqual(left);
    expect(headlines(store)).toEqual(LIVE);
  });

  it('a revision file: listed as damaged when the history is read, moved to quarantine, the other revisions kept', async () => {
    const { dir, ids } = await library();
    const [briefId = ''] = ids;
    const files = await revisionFiles(dir, briefId);
    expect(files.length).toBeGreaterThanOrEqual(2);
    const [victim = '', ...kept] = files;
    const path = join(dir, 'revisions', briefId, victim);
    const bytes = await damage(path, kind);
    const store = await fixture.open(dir);
    const history = await store.revisions.list(briefId);
    expect(history.map((revision) => `${revision.id}.json`).sort()).toEqual(kept);
    const entry = store.list().damaged.find((item) => item.id === `${briefId}/${victim.replace(/\.json$/, '')}`);
    await expectQuarantined(dir, path, entry?.movedTo ?? '', bytes);
  });
});

describe('quarantine file names', () => {
  it('names a quarantined file after the moment it was set aside, in a name every file system takes', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'briefdesk-quarantine-'));
    try {
      await writeFile(join(dir, 'outbox.json'), '{');
      const movedTo = await quarantineFile(dir, join(dir, 'outbox.json'), 'outbox', new Date('2025-03-01T09:15:00.123Z'));
      expect(movedTo).toBe(join('quarantine', 'outbox.2025-03-01T09-15-00-123Z.json'));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('reports a file it could not move (gone meanwhile) instead of saying where it went', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'briefdesk-quarantine-'));
    try {
      const missing = join(dir, 'briefs', 'b-gone.json');
      await expect(quarantineFile(dir, missing, 'b-gone', new Date('2025-03-01T09:15:00.123Z'))).rejects.toMatchObject({
        code: 'io',
        message: expect.stringContaining(missing),
      });
      expect(await readdir(join(dir, 'quarantine'))).toEqual([]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
