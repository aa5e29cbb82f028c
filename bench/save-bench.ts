import { open, readFile, rename } from 'node:fs/promises';
import { join } from 'node:path';
import { Low } from 'lowdb';
import { JSONFile } from 'lowdb/node';
import type { Brief, BriefContent } from '../shared/model/brief';
import { LibraryStore } from '../main/services/library/library-store';
import { countWords } from '../shared/model/word-count';
import { prng } from './prng';
import { type Spread, spread, timeEach } from './stats';
import { sentence } from './synthetic-brief';

/** The three ways of saving one brief, timed in one library. */
export interface SaveTimings {
  briefs: number;
  store: Spread;
  /** The whole library in one lowdb JSON file: change one brief, db.write(). */
  naive: Spread;
  /** write + fsync + rename of the brief file's bytes with plain fs. */
  floor: Spread;
  /** Of a save: counting the saved body's words for its index row (countWords, as indexRowOf does). */
  wordCount: Spread;
}

/**
 * The next version of a brief as an analyst's edit makes it: the last
 * paragraph of `original` with a new sentence at its end. Each version is
 * about as long as the original, so the timings do not drift with size.
 */
function edited(original: BriefContent, random: () => number): BriefContent {
  const blocks = structuredClone(original.body.content ?? []);
  const index = blocks.findLastIndex((node) => node.type === 'paragraph');
  const last = blocks[index];
  const text = last?.content?.map((node) => node.text ?? '').join('') ?? '';
  blocks[index] = { type: 'paragraph', content: [{ type: 'text', text: `${text} ${sentence(random)}` }] };
  return { ...original, body: { type: 'doc', content: blocks } };
}

function contentOf(brief: Brief): BriefContent {
  const { section, headline, standfirst, byline, tags, status, language, hero, related, body } = brief;
  return { section, headline, standfirst, byline, tags, status, language, hero, related, body };
}

/** LibraryStore.save of the newest brief, `samples` times after `warmup` untimed saves (each an edit of the same size). */
export async function timeStoreSaves(
  dataDir: string,
  samples: number,
  warmup: number,
): Promise<{ timings: number[]; bytes: Buffer; wordCount: number[] }> {
  const store = await LibraryStore.open(dataDir);
  try {
    const id = store.list().briefs[0]?.id;
    if (id === undefined) throw new Error(`The library in ${dataDir} is empty.`);
    const random = prng(99);
    const brief = await store.get(id);
    const original = contentOf(brief);
    let revision = brief.revision;
    // The analyst's edits are made before the clock starts: only the save is timed.
    const versions = Array.from({ length: warmup + samples }, () => edited(original, random));
    const saveOnce = async (index: number): Promise<void> => {
      const version = versions[index];
      if (version === undefined) throw new Error(`No edit number ${index}.`);
      revision = (await store.save(id, version, revision)).revision;
    };
    await timeEach(warmup, saveOnce);
    const timings = await timeEach(samples, (index) => saveOnce(warmup + index));
    const saved = (await store.get(id)).body;
    const wordCount = await timeEach(Math.min(samples, 20), async () => countWords(saved));
    return { timings, bytes: await readFile(join(dataDir, 'articles', `${id}.json`)), wordCount };
  } finally {
    await store.close();
  }
}

/**
 * The naive way: every brief in one lowdb JSON file (JSONFile, as lowdb's
 * docs use it), read once, then per save one brief changed and db.write().
 */
async function timeNaiveSaves(dataDir: string, ids: readonly string[], workDir: string, samples: number): Promise<number[]> {
  const path = join(workDir, `naive-${ids.length}.json`);
  const seed = new Low<{ briefs: Brief[] }>(new JSONFile(path), { briefs: [] });
  for (const id of ids) seed.data.briefs.push(JSON.parse(await readFile(join(dataDir, 'articles', `${id}.json`), 'utf8')) as Brief);
  await seed.write();
  seed.data.briefs = [];

  const db = new Low<{ briefs: Brief[] }>(new JSONFile(path), { briefs: [] });
  await db.read();
  const random = prng(98);
  const last = db.data.briefs.length - 1;
  const first = db.data.briefs[last];
  const original = first ? contentOf(first) : undefined;
  await db.write(); // warm-up
  return timeEach(samples, async () => {
    const brief = db.data.briefs[last];
    if (!brief || !original) throw new Error('The naive library is empty.');
    db.data.briefs[last] = { ...brief, ...edited(original, random), revision: brief.revision + 1 };
    await db.write();
  });
}

/** The floor: the same bytes written to a temp file, fsynced, renamed over the target. */
async function timeFloor(workDir: string, bytes: Buffer, samples: number): Promise<number[]> {
  const target = join(workDir, 'floor.json');
  const temp = join(workDir, '.floor.json.tmp');
  const once = async (): Promise<void> => {
    const handle = await open(temp, 'w');
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, target);
  };
  await timeEach(5, once);
  return timeEach(samples, once);
}

/** Options of benchSaves. */
export interface SaveBenchOptions {
  dataDir: string;
  ids: readonly string[];
  /** Scratch folder for the naive file and the floor's file (same file system). */
  workDir: string;
  samples: number;
  naiveSamples: number;
}

/** Time saving one brief three ways in one library. */
export async function benchSaves(options: SaveBenchOptions): Promise<SaveTimings> {
  const { timings, bytes, wordCount } = await timeStoreSaves(options.dataDir, options.samples, 5);
  const floor = await timeFloor(options.workDir, bytes, options.samples);
  const naive = await timeNaiveSaves(options.dataDir, options.ids, options.workDir, options.naiveSamples);
  return { briefs: options.ids.length, store: spread(timings), naive: spread(naive), floor: spread(floor), wordCount: spread(wordCount) };
}
