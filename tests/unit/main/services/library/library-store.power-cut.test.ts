import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { beforeEach, describe, expect, it } from 'vitest';
import { useDurableFs } from '../../../../../main/services/library/durable-fs';
import { LibraryStore } from '../../../../../main/services/library/library-store';
import { harbourDesk } from '../../../support/body-fixtures';
import type { CrashFile, FolderSnapshot } from '../../../support/power-cut/crash-states';
import { replayPowerCuts, snapshotFolder } from '../../../support/power-cut/power-cut-replay';
import { RecordingFs } from '../../../support/power-cut/recording-fs';
import { sampleContent, steppingClock, storeFixture, TINY_PNG } from '../../../support/store-fixtures';

const fixture = storeFixture();

function jsonOf(file: CrashFile | undefined): unknown {
  return file ? JSON.parse(file.data.toString('utf8')) : undefined;
}

function idsOf(file: CrashFile | undefined): string[] {
  const value = jsonOf(file);
  if (typeof value !== 'object' || value === null || !('items' in value) || !Array.isArray(value.items)) return [];
  return value.items.flatMap((item: unknown) => (typeof item === 'object' && item !== null && 'id' in item ? [String(item.id)] : []));
}

/**
 * Open the library a power cut left in `dir` and compare what it shows with
 * the files: nothing set aside as damaged, every brief file listed with its
 * own headline and date and read back as it is, templates and desk blocks
 * loaded — the index and journal having repaired themselves.
 */
async function libraryShowsItsFiles(dir: string, files: ReadonlyMap<string, CrashFile>): Promise<string[]> {
  const store = await LibraryStore.open(dir, { now: steppingClock() });
  const problems: string[] = [];
  try {
    const live = store.list();
    const rows = [...live.briefs, ...store.list({ trash: true }).briefs];
    if (live.damaged.length > 0) problems.push(`files set aside as damaged: ${live.damaged.map((entry) => entry.id).join(', ')}`);
    const quarantined = await readdir(join(dir, 'quarantine')).catch(() => []);
    if (quarantined.length > 0) problems.push(`quarantine/ holds ${quarantined.join(', ')}`);

    const ids = [...files.keys()].flatMap((path) => /^articles\/([^/.][^/]*)\.json$/.exec(path)?.[1] ?? []).sort();
    const listed = rows.map((row) => row.id).sort();
    if (!isDeepStrictEqual(listed, ids)) problems.push(`the list shows [${listed.join(', ')}] but articles/ holds [${ids.join(', ')}]`);
    for (const id of ids) {
      const onDisk = jsonOf(files.get(`articles/${id}.json`));
      const row = rows.find((candidate) => candidate.id === id);
      if (!isDeepStrictEqual(await store.get(id), onDisk)) problems.push(`brief ${id} does not read back as its file`);
      if (row && !isDeepStrictEqual(row, { ...row, ...pick(onDisk, ['headline', 'updatedAt', 'trashedAt']) })) {
        problems.push(`the list row of ${id} is stale`);
      }
    }
    const templates = store.templates.list().map((template) => template.id);
    const missingTemplates = idsOf(files.get('templates.json')).filter((id) => !templates.includes(id));
    if (missingTemplates.length > 0) problems.push(`templates not loaded: ${missingTemplates.join(', ')}`);
    const blocks = store.deskLibrary.list().map((block) => block.id);
    const missingBlocks = idsOf(files.get('desk-library.json')).filter((id) => !blocks.includes(id));
    if (missingBlocks.length > 0) problems.push(`desk blocks not loaded: ${missingBlocks.join(', ')}`);
  } finally {
    await store.close();
  }
  return problems;
}

function pick(value: unknown, keys: string[]): Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return {};
  return Object.fromEntries(keys.map((key) => [key, Reflect.get(value, key)]));
}

/**
 * A library with two briefs, closed; then, recorded, what an analyst's
 * session does: open, save, a new brief, an image and a hero, a template,
 * a desk block, the Trash, a purge, another save, close.
 */
async function recordSession(): Promise<{ initial: FolderSnapshot; recording: RecordingFs }> {
  const dir = await fixture.tempDir();
  const setup = await LibraryStore.open(dir, { now: steppingClock() });
  const kept = await setup.createFrom(sampleContent('Ports brace for a quieter season'));
  const binned = await setup.createFrom(sampleContent('A brief that goes to the Trash'));
  await setup.close();
  const initial = await snapshotFolder(dir);

  const recording = new RecordingFs(dir);
  const restore = useDurableFs(recording);
  try {
    const store = await LibraryStore.open(dir, { now: steppingClock(Date.parse('2025-04-01T08:00:00Z')) });
    recording.ack('open');
    await store.save(kept.id, sampleContent('Ports brace for a busier season'), 0);
    recording.ack('save');
    const created = await store.createFrom(sampleContent('Rail freight finds new routes'));
    recording.ack('new brief');
    const image = await store.addImage('chart.png', TINY_PNG);
    recording.ack('image');
    const withHero = {
      ...sampleContent('Rail freight finds new routes'),
      hero: { asset: image.id, alt: 'A chart', caption: '', credit: '' },
    };
    await store.save(created.id, withHero, 0);
    recording.ack('hero');
    await store.templates.saveFromBrief('Freight', await store.get(created.id));
    recording.ack('template');
    await store.deskLibrary.save(harbourDesk());
    recording.ack('desk block');
    await store.trash(binned.id);
    await store.purge(binned.id);
    recording.ack('purge');
    await store.save(kept.id, sampleContent('Ports brace for a busier season', 'A second paragraph, later.'), 1);
    recording.ack('second save');
    await store.close();
    recording.ack('close');
  } finally {
    restore();
  }
  return { initial, recording };
}

describe('power cuts', () => {
  let session: { initial: FolderSnapshot; recording: RecordingFs };
  // Recorded for each test, not once: what a test runs on must be run within it (mutation testing counts only that).
  beforeEach(async () => {
    session = await recordSession();
  });

  it('records the writes, fsyncs, renames and unlinks of the session', () => {
    const kinds = new Set(session.recording.ops.map((op) => op.kind));
    expect([...kinds].sort()).toEqual(['ack', 'fsync', 'fsyncDir', 'open', 'rename', 'unlink', 'write']);
    const renamed = session.recording.ops.flatMap((op) => (op.kind === 'rename' ? [op.to.replace(/\/.*$/, '/…')] : []));
    expect(new Set(renamed)).toEqual(new Set(['articles/…', 'assets/…', 'templates.json', 'desk-library.json', 'revisions/…']));
  });

  it('leaves every file old or new — never empty, partial or lost — and the library opens whole, at every step', async () => {
    const { problems, states } = await replayPowerCuts(session.initial, session.recording, libraryShowsItsFiles);
    expect(problems).toEqual([]);
    // Each durable write leaves states of its own: its temp file written, then renamed before and after the folder's fsync.
    const writes = session.recording.ops.filter((op) => op.kind === 'rename').length;
    expect(writes).toBeGreaterThanOrEqual(10);
    expect(states).toBeGreaterThan(2 * writes);
  });

  it('would see a file left empty if the temp file were not fsynced before its rename', async () => {
    const { problems } = await replayPowerCuts(session.initial, session.recording, async () => [], { faults: { skipFileFsync: true } });
    expect(problems).toContainEqual(expect.stringMatching(/articles\/[^ ]+\.json holds nothing \(empty\)/));
  });

  it('would see an acknowledged save lost if the folder were not fsynced after the rename', async () => {
    const { problems } = await replayPowerCuts(session.initial, session.recording, async () => [], { faults: { skipFolderFsync: true } });
    expect(problems).toContainEqual(
      expect.stringMatching(/articles\/[^ ]+\.json was written before "save" was acknowledged, but holds an older version/),
    );
  });
});
