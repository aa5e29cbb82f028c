import { readFile, readdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BriefContent } from '../../../../../shared/model/brief';
import { Revision, RevisionSummary } from '../../../../../shared/revisions/revision';
import { contentWithBody, desk, para, takeaways } from '../../../support/body-fixtures';
import { allFiles, DAY, MINUTE, manualClock, revisionFiles } from '../../../support/revisions-fixtures';
import { sampleContent, storeFixture } from '../../../support/store-fixtures';

const fixture = storeFixture();

/** A store on a fresh folder with a clock the test moves, and one brief in it. */
async function storeWithBrief() {
  const dir = await fixture.tempDir();
  const clock = manualClock();
  const store = await fixture.open(dir, { now: clock.now });
  const brief = await store.create();
  return { dir, clock, store, id: brief.id };
}

const draft = (words: number): BriefContent =>
  sampleContent('Harbour tariffs after the merger', Array.from({ length: words }, (_, i) => `word${i}`).join(' '));

describe('revisions: automatic cadence', () => {
  it('saving every minute for 20 minutes keeps 5 automatic revisions, not 21, five minutes apart', async () => {
    const { dir, clock, store, id } = await storeWithBrief();
    for (let minute = 0; minute <= 20; minute += 1) {
      await store.save(id, draft(minute + 1));
      clock.advance(MINUTE);
    }
    const revisions = await store.revisions.list(id);
    expect(revisions).toHaveLength(5);
    expect(revisions.every((revision) => revision.kind === 'auto')).toBe(true);
    const times = revisions.map((revision) => Date.parse(revision.createdAt));
    expect(times.slice(1).map((time, index) => (times[index] ?? 0) - time)).toEqual([5, 5, 5, 5].map((m) => m * MINUTE));
    // Each keeps the content that was saved at that moment (the new content of that save).
    expect(revisions.map((revision) => revision.briefRevision)).toEqual([21, 16, 11, 6, 1]);
    expect(revisions.map((revision) => revision.wordCount)).toEqual([21, 16, 11, 6, 1]);
    expect(await revisionFiles(dir, id)).toHaveLength(5);
  });

  it('a save with no revision due writes no revision file', async () => {
    const { dir, clock, store, id } = await storeWithBrief();
    expect(await revisionFiles(dir, id)).toEqual([]);
    await store.save(id, draft(3));
    const first = await revisionFiles(dir, id);
    expect(first).toHaveLength(1);
    const firstStat = await stat(join(dir, 'revisions', id, first[0] ?? ''));

    clock.advance(4 * MINUTE);
    await store.save(id, draft(4));
    clock.advance(59_000);
    await store.save(id, draft(5));
    expect(await revisionFiles(dir, id)).toEqual(first);
    expect((await stat(join(dir, 'revisions', id, first[0] ?? ''))).mtimeMs).toBe(firstStat.mtimeMs);

    clock.advance(1000);
    await store.save(id, draft(6));
    expect(await revisionFiles(dir, id)).toHaveLength(2);
  });

  it('after reopening, the cadence continues from the newest revision on disk', async () => {
    const { dir, clock, store, id } = await storeWithBrief();
    await store.save(id, draft(1));
    await fixture.close(store);

    clock.advance(2 * MINUTE);
    const reopened = await fixture.open(dir, { now: clock.now });
    await reopened.save(id, draft(2));
    expect(await revisionFiles(dir, id)).toHaveLength(1);
    clock.advance(3 * MINUTE);
    await reopened.save(id, draft(3));
    expect(await revisionFiles(dir, id)).toHaveLength(2);
  });
});

describe('revisions: named versions, snapshots and the list', () => {
  it('saves named versions and snapshots of every kind, listed newest first without content', async () => {
    const { clock, store, id } = await storeWithBrief();
    await store.save(id, draft(2));
    clock.advance(MINUTE);
    const named = await store.revisions.saveVersion(id, '  Sent to the desk editor  ');
    expect(named).toMatchObject({ kind: 'named', name: 'Sent to the desk editor', briefRevision: 1, wordCount: 2 });
    for (const kind of ['export', 'publish', 'before-import', 'before-pull'] as const) {
      clock.advance(MINUTE);
      expect(await store.revisions.snapshot(id, kind)).toMatchObject({ kind, briefRevision: 1 });
    }

    const listed = await store.revisions.list(id);
    expect(listed.map((revision) => revision.kind)).toEqual(['before-pull', 'before-import', 'publish', 'export', 'named', 'auto']);
    for (const summary of listed) {
      expect(RevisionSummary.strict().safeParse(summary).success).toBe(true);
      expect(summary).not.toHaveProperty('content');
    }
    const whole = Revision.parse(await store.revisions.get(id, named.id));
    expect(whole.content).toEqual(BriefContent.parse(await store.get(id)));
  });

  it('refuses an empty version name and unknown briefs or revisions', async () => {
    const { store, id } = await storeWithBrief();
    await expect(store.revisions.saveVersion(id, '   ')).rejects.toMatchObject({ code: 'invalid_input' });
    await expect(store.revisions.saveVersion('unknown-brief-id', 'A name')).rejects.toMatchObject({ code: 'not_found' });
    await expect(store.revisions.list('unknown-brief-id')).rejects.toMatchObject({ code: 'not_found' });
    await expect(store.revisions.get(id, '20250303T090000000Z-auto-abcdef')).rejects.toMatchObject({ code: 'not_found' });
  });

  it('a duplicate starts without history', async () => {
    const { dir, store, id } = await storeWithBrief();
    await store.save(id, draft(2));
    await store.revisions.saveVersion(id, 'Before the copy');
    const copy = await store.duplicate(id);
    expect(await store.revisions.list(copy.id)).toEqual([]);
    expect(await revisionFiles(dir, copy.id)).toEqual([]);
    expect(await store.revisions.list(id)).toHaveLength(2);
  });
});

describe('revisions: restore', () => {
  it('restores a revision and undoes the restore, content deep-equal both ways', async () => {
    const { clock, store, id } = await storeWithBrief();
    const first = contentWithBody(
      'First take',
      takeaways('Tariffs rise in spring.', 'Two ports disagree.'),
      desk({}, para('Watch the spring tender.')),
    );
    await store.save(id, first);
    const [early] = await store.revisions.list(id);
    clock.advance(2 * MINUTE);
    const second = contentWithBody('Second take', takeaways('Tariffs rise in autumn.'), para('A new paragraph.'));
    const saved = await store.save(id, { ...second, status: 'review', tags: ['ports'] });
    const current = BriefContent.parse(await store.get(id));

    const { brief, undoRevisionId } = await store.revisions.restore(id, early?.id ?? '');
    expect(brief.revision).toBe(saved.revision + 1);
    expect(BriefContent.parse(brief)).toEqual(first);
    expect(BriefContent.parse(await store.get(id))).toEqual(first);
    const undo = await store.revisions.get(id, undoRevisionId);
    expect(undo).toMatchObject({ kind: 'before-restore', briefRevision: saved.revision });
    expect(undo.content).toEqual(current);

    // An editor still holding the revision before the restore gets a conflict.
    await expect(store.save(id, second, saved.revision)).rejects.toMatchObject({ code: 'conflict' });

    clock.advance(MINUTE);
    const undone = await store.revisions.restore(id, undoRevisionId);
    expect(BriefContent.parse(undone.brief)).toEqual(current);
    expect(BriefContent.parse(await store.get(id))).toEqual(current);
    expect(undone.brief.revision).toBe(saved.revision + 2);
    expect((await store.revisions.list(id)).filter((revision) => revision.kind === 'before-restore')).toHaveLength(2);
  });

  it('refuses to restore content the editor can no longer open, and changes nothing', async () => {
    const { dir, store, id } = await storeWithBrief();
    await store.save(id, draft(4));
    const [only] = await store.revisions.list(id);
    await fixture.close(store);
    const path = join(dir, 'revisions', id, `${only?.id}.json`);
    const stored: { content: { body: unknown } } = JSON.parse(await readFile(path, 'utf8'));
    stored.content.body = { type: 'doc', content: [{ type: 'marquee' }] };
    await writeFile(path, JSON.stringify(stored));

    const reopened = await fixture.open(dir);
    const before = await reopened.get(id);
    await expect(reopened.revisions.restore(id, only?.id ?? '')).rejects.toMatchObject({
      code: 'invalid_input',
      message: expect.stringMatching(/^This revision cannot be restored\. /),
    });
    expect(await reopened.get(id)).toEqual(before);
    expect(await revisionFiles(dir, id)).toEqual([`${only?.id}.json`]);
  });

  it('keeps a trashed brief in the Trash when restoring a revision of it', async () => {
    const { store, id } = await storeWithBrief();
    await store.save(id, draft(4));
    const [only] = await store.revisions.list(id);
    await store.trash(id);
    const { brief } = await store.revisions.restore(id, only?.id ?? '');
    expect(brief.trashedAt).not.toBeNull();
    expect(store.list({ trash: true }).briefs.map((row) => row.id)).toEqual([id]);
  });
});

describe('revisions: files on disk', () => {
  it('sets a damaged revision file aside in quarantine/ and lists the rest', async () => {
    const { dir, clock, store, id } = await storeWithBrief();
    await store.save(id, draft(1));
    clock.advance(10 * MINUTE);
    await store.save(id, draft(2));
    const [newest, oldest] = await store.revisions.list(id);
    await fixture.close(store);
    const victim = join(dir, 'revisions', id, `${newest?.id}.json`);
    const garbage = '{"id": "cut short';
    await writeFile(victim, garbage);

    const reopened = await fixture.open(dir, { now: clock.now });
    expect((await reopened.revisions.list(id)).map((revision) => revision.id)).toEqual([oldest?.id]);
    const damaged = reopened.list().damaged;
    expect(damaged).toEqual([expect.objectContaining({ id: `${id}/${newest?.id}`, reason: expect.stringMatching(/^Not valid JSON/) })]);
    expect(await readFile(join(dir, damaged[0]?.movedTo ?? ''), 'utf8')).toBe(garbage);
    expect(await revisionFiles(dir, id)).toEqual([`${oldest?.id}.json`]);
    await expect(reopened.revisions.get(id, newest?.id ?? '')).rejects.toMatchObject({ code: 'not_found' });
  });

  it('a revision file that is JSON but not a revision is damaged, and get says so', async () => {
    const { dir, store, id } = await storeWithBrief();
    await store.save(id, draft(1));
    const [only] = await store.revisions.list(id);
    await fixture.close(store);
    const path = join(dir, 'revisions', id, `${only?.id}.json`);
    const stored: Record<string, unknown> = JSON.parse(await readFile(path, 'utf8'));
    await writeFile(path, JSON.stringify({ ...stored, kind: 'named' }));

    const reopened = await fixture.open(dir);
    await expect(reopened.revisions.get(id, only?.id ?? '')).rejects.toMatchObject({
      code: 'damaged',
      message: expect.stringContaining('does not match its file name'),
    });
    expect(await readdir(join(dir, 'quarantine'))).toEqual([expect.stringMatching(new RegExp(`^revision-${id}-`))]);
  });

  it('deleting a brief for good deletes its revisions folder', async () => {
    const { dir, store, id } = await storeWithBrief();
    await store.save(id, draft(1));
    await store.revisions.saveVersion(id, 'Keep me');
    expect(await revisionFiles(dir, id)).toHaveLength(2);
    await store.trash(id);
    await store.purge(id);
    await expect(stat(join(dir, 'revisions', id))).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('a read-only library lists and reads revisions but writes nothing', async () => {
    const { dir, clock, store, id } = await storeWithBrief();
    await store.save(id, draft(1));
    const version = await store.revisions.saveVersion(id, 'Checked');
    await fixture.close(store);
    const damagedPath = join(dir, 'revisions', id, '20250101T000000000Z-auto-zzzzzz.json');
    await writeFile(damagedPath, 'not json');
    const before = await allFiles(dir);

    clock.advance(DAY);
    const readOnly = await fixture.open(dir, { readOnly: true, now: clock.now });
    expect((await readOnly.revisions.list(id)).map((revision) => revision.id)).toContain(version.id);
    expect(readOnly.list().damaged).toEqual([
      expect.objectContaining({ movedTo: join('revisions', id, '20250101T000000000Z-auto-zzzzzz.json') }),
    ]);
    expect((await readOnly.revisions.get(id, version.id)).name).toBe('Checked');
    await expect(readOnly.revisions.saveVersion(id, 'Nope')).rejects.toMatchObject({ code: 'io' });
    await expect(readOnly.revisions.snapshot(id, 'export')).rejects.toMatchObject({ code: 'io' });
    await expect(readOnly.revisions.restore(id, version.id)).rejects.toMatchObject({ code: 'io' });
    await expect(readOnly.save(id, draft(2))).rejects.toMatchObject({ code: 'io' });
    await fixture.close(readOnly);
    expect(await allFiles(dir)).toEqual(before);
  });
});
