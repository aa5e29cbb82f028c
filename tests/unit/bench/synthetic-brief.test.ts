import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BriefContent, type PmNodeJson } from '../../../shared/model/brief';
import { bodyProblem } from '../../../shared/editor/validate-body';
import { countWords } from '../../../shared/model/word-count';
import { LibraryStore } from '../../../main/services/library/library-store';
import { checkLibraryOpens, syntheticWordCount, writeLibraryFast } from '../../../bench/library-builder';
import { prng } from '../../../bench/prng';
import { LONG_BRIEF, syntheticBrief, TYPICAL_BRIEF } from '../../../bench/synthetic-brief';

const HERO = `${'a'.repeat(64)}.png`;
const blocksOf = (body: { content?: PmNodeJson[] }, type: string): PmNodeJson[] =>
  (body.content ?? []).filter((node) => node.type === type);

describe('the benchmark generator', () => {
  const dirs: string[] = [];
  afterEach(async () => {
    for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
  });

  it('writes a typical brief that validates: ~1,200 words, takeaways, a desk, a hero image', () => {
    const content = syntheticBrief(prng(7), { ...TYPICAL_BRIEF, heroAsset: HERO });
    expect(BriefContent.safeParse(content).success).toBe(true);
    expect(bodyProblem(content.body)).toBeNull();
    const words = countWords(content.body);
    expect(syntheticWordCount(content)).toBe(words);
    expect(words).toBeGreaterThan(1150);
    expect(words).toBeLessThan(1450);
    expect(blocksOf(content.body, 'keyTakeaways')).toHaveLength(1);
    expect(blocksOf(content.body, 'keyTakeaways')[0]?.content).toHaveLength(TYPICAL_BRIEF.takeaways);
    expect(blocksOf(content.body, 'editorsDesk')).toHaveLength(1);
    expect(content.hero?.asset).toBe(HERO);
    expect(content.headline).not.toBe('');
  });

  it('writes the long brief: 20,000 words, 10 takeaways, 5 desk blocks', () => {
    const content = syntheticBrief(prng(11), { ...LONG_BRIEF, heroAsset: null });
    expect(bodyProblem(content.body)).toBeNull();
    expect(syntheticWordCount(content)).toBeGreaterThan(20_000);
    expect(blocksOf(content.body, 'keyTakeaways')[0]?.content).toHaveLength(10);
    expect(blocksOf(content.body, 'editorsDesk')).toHaveLength(5);
  });

  it('gives the same brief for the same seed and another for another seed', () => {
    const shape = { ...TYPICAL_BRIEF, heroAsset: HERO };
    expect(syntheticBrief(prng(3), shape)).toEqual(syntheticBrief(prng(3), shape));
    expect(syntheticBrief(prng(3), shape).body).not.toEqual(syntheticBrief(prng(4), shape).body);
  });

  it('writes a library the store opens as written, every brief listed and readable', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'briefdesk-bench-test-'));
    dirs.push(dir);
    const built = await writeLibraryFast(dir, 12, 5);
    const check = await checkLibraryOpens(dir);
    expect(check).toMatchObject({ briefs: 12, damaged: 0, indexKept: true });
    const store = await LibraryStore.open(dir);
    try {
      const last = built.ids.at(-1) ?? '';
      expect(store.list().briefs[0]?.id).toBe(last);
      const brief = await store.get(last);
      expect(brief.hero).not.toBeNull();
      expect(store.assetPath(brief.hero?.asset ?? '')).not.toBeNull();
      expect(store.list().briefs[0]?.wordCount).toBe(countWords(brief.body));
    } finally {
      await store.close();
    }
  });
});
