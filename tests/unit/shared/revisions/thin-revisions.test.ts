import { describe, expect, it } from 'vitest';
import type { RevisionKind } from '../../../../shared/revisions/revision';
import { isoWeekKey, thinRevisions } from '../../../../shared/revisions/thin-revisions';
import { DAY, HOUR, manualClock, revisionFiles } from '../../support/revisions-fixtures';
import { sampleContent, storeFixture } from '../../support/store-fixtures';

const fixture = storeFixture();

interface Item {
  createdAt: string;
  kind: RevisionKind;
}

const NOW = Date.parse('2025-06-30T12:00:00.000Z');
const at = (time: number, kind: RevisionKind = 'auto'): Item => ({ createdAt: new Date(time).toISOString(), kind });

/** Checks the retention rules hold for what was kept at `now`. */
function expectRetention(kept: Item[], now: number): void {
  const byBucket = new Map<string, number>();
  for (const item of kept) {
    if (item.kind === 'named') continue;
    const time = Date.parse(item.createdAt);
    const age = now - time;
    if (age < 7 * DAY) continue;
    const bucket = age < 90 * DAY ? item.createdAt.slice(0, 10) : isoWeekKey(time);
    byBucket.set(bucket, (byBucket.get(bucket) ?? 0) + 1);
  }
  for (const [bucket, count] of byBucket) expect({ bucket, count }).toEqual({ bucket, count: 1 });
}

describe('thinRevisions (pure)', () => {
  it('keeps named versions and the last 7 days, the newest of each day to 90 days, the newest of each ISO week beyond', () => {
    const recent = [at(NOW - HOUR), at(NOW - 3 * DAY), at(NOW - 6 * DAY - 23 * HOUR)];
    const tenDaysOlder = at(Date.parse('2025-06-20T08:00:00.000Z'));
    const tenDaysNewer = at(Date.parse('2025-06-20T17:30:00.000Z'), 'export');
    // 2025-03-10 is a Monday, 2025-03-16 the Sunday of the same ISO week (W11); 2025-03-17 starts W12.
    const oldNamed = at(Date.parse('2025-03-12T09:00:00.000Z'), 'named');
    const weekEarly = at(Date.parse('2025-03-10T09:00:00.000Z'));
    const weekLate = at(Date.parse('2025-03-16T22:00:00.000Z'), 'before-restore');
    const nextWeek = at(Date.parse('2025-03-17T01:00:00.000Z'));
    const list = [...recent, tenDaysOlder, tenDaysNewer, oldNamed, weekEarly, weekLate, nextWeek];

    const { keep, drop } = thinRevisions(list, new Date(NOW));
    expect(drop).toEqual([tenDaysOlder, weekEarly]);
    expect(keep).toEqual([...recent, tenDaysNewer, oldNamed, weekLate, nextWeek]);
    expect(thinRevisions(keep, new Date(NOW)).drop).toEqual([]);
  });

  it('names ISO weeks the ISO way across a year end', () => {
    expect(isoWeekKey(Date.parse('2024-12-30T12:00:00Z'))).toBe('2025-W01');
    expect(isoWeekKey(Date.parse('2021-01-03T12:00:00Z'))).toBe('2020-W53');
    expect(isoWeekKey(Date.parse('2025-03-16T23:59:59Z'))).toBe('2025-W11');
    expect(isoWeekKey(Date.parse('2025-03-17T00:00:00Z'))).toBe('2025-W12');
  });

  it('200 days of a revision every hour, thinned after each new one, end as the rules say', () => {
    const start = NOW - 200 * DAY;
    let kept: Item[] = [];
    const named: Item[] = [];
    for (let time = start; time <= NOW; time += HOUR) {
      const kind: RevisionKind = (time - start) % (20 * DAY) === 0 ? 'named' : 'auto';
      const item = at(time, kind);
      if (kind === 'named') named.push(item);
      kept = thinRevisions([...kept, item], new Date(time)).keep;
    }

    expectRetention(kept, NOW);
    for (const item of named) expect(kept).toContain(item);
    const recent = kept.filter((item) => NOW - Date.parse(item.createdAt) < 7 * DAY);
    expect(recent).toHaveLength(7 * 24);
    const daily = kept.filter(
      (item) => item.kind !== 'named' && NOW - Date.parse(item.createdAt) >= 7 * DAY && NOW - Date.parse(item.createdAt) < 90 * DAY,
    );
    expect(new Set(daily.map((item) => item.createdAt.slice(0, 10))).size).toBe(daily.length);
    expect(daily.length).toBeGreaterThanOrEqual(82);
    expect(daily.length).toBeLessThanOrEqual(84);
    const weekly = kept.filter((item) => item.kind !== 'named' && NOW - Date.parse(item.createdAt) >= 90 * DAY);
    expect(weekly.length).toBeGreaterThanOrEqual(15);
    expect(weekly.length).toBeLessThanOrEqual(18);
    expect(kept.length).toBe(
      recent.length + daily.length + weekly.length + named.filter((item) => NOW - Date.parse(item.createdAt) >= 7 * DAY).length,
    );
    expect(thinRevisions(kept, new Date(NOW)).drop).toEqual([]);
  });
});

describe('retention in the store', () => {
  it('over 200 days of a save every 16 hours, the files on disk are thinned as each revision is taken', async () => {
    const dir = await fixture.tempDir();
    const clock = manualClock(NOW - 200 * DAY);
    const store = await fixture.open(dir, { now: clock.now });
    const { id } = await store.create();
    const named: string[] = [];
    for (let step = 0; step <= 300; step += 1) {
      await store.save(id, sampleContent(`Harbour tariffs, step ${step}`));
      if (step % 45 === 0) named.push((await store.revisions.saveVersion(id, `Step ${step}`)).id);
      if (step < 300) clock.advance(16 * HOUR);
    }
    expect(clock.time).toBe(NOW);
    const listed = await store.revisions.list(id);
    expect(listed.length).toBeLessThan(130);
    expectRetention(listed, NOW);
    expect(
      listed
        .filter((revision) => revision.kind === 'named')
        .map((revision) => revision.id)
        .sort(),
    ).toEqual(named.sort());
    // The last 7 days: one automatic revision per save (0, 16, … 160 hours old).
    expect(listed.filter((revision) => revision.kind === 'auto' && NOW - Date.parse(revision.createdAt) < 7 * DAY)).toHaveLength(11);
    expect(await revisionFiles(dir, id)).toEqual(listed.map((revision) => `${revision.id}.json`).sort());
  });
});
