import { mkdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { BRIEF_SCHEMA_VERSION, type Brief } from '../shared/model/brief';
import { countWords } from '../shared/model/word-count';
import { LibraryStore } from '../main/services/library/library-store';
import { heroPng, pngAssetId } from './hero-png';
import { prng } from './prng';
import { type SyntheticBriefShape, syntheticBrief, TYPICAL_BRIEF } from './synthetic-brief';

/** Id of the `index`-th synthetic brief: fixed, so runs are comparable. */
export const benchBriefId = (index: number): string => `bench-${String(index).padStart(6, '0')}`;

/** The brief files of a library built in one pass. */
export interface BuiltLibrary {
  dataDir: string;
  ids: string[];
  /** How long LibraryStore took to build index.db from the brief files (0 for a library written through the store). */
  indexMs: number;
  /** The CPU time (user + system) of that, ms. */
  indexCpuMs: number;
}

/** The word count of a synthetic brief's body: the store's own countWords (linear in the text). */
export function syntheticWordCount(brief: Pick<Brief, 'body'>): number {
  return countWords(brief.body);
}

/** Timestamps one minute apart, the newest last, ending at a fixed date. */
function stampOf(index: number, count: number): string {
  return new Date(Date.UTC(2026, 0, 1) - (count - index) * 60_000).toISOString();
}

/**
 * Write a library of `count` synthetic briefs straight to disk, the way
 * LibraryStore lays it out — articles/<id>.json as lowdb writes them
 * (JSON, 2-space indent), assets/<sha256>.png — without the per-file fsyncs,
 * so 10,000 briefs take seconds; then open it once with LibraryStore, which
 * finds no index.db and builds it from the files (timed: the full rebuild).
 * `extra` briefs (e.g. a long one) are added after the typical ones, newest.
 */
export async function writeLibraryFast(
  dataDir: string,
  count: number,
  seed: number,
  extra: Omit<SyntheticBriefShape, 'heroAsset'>[] = [],
): Promise<BuiltLibrary> {
  const articles = join(dataDir, 'articles');
  await mkdir(articles, { recursive: true });
  await mkdir(join(dataDir, 'assets'), { recursive: true });
  const png = heroPng();
  const heroAsset = pngAssetId(png);
  await writeFile(join(dataDir, 'assets', heroAsset), png);

  const random = prng(seed);
  const shapes = [...Array.from({ length: count }, () => TYPICAL_BRIEF), ...extra];
  const ids: string[] = [];
  const BATCH = 64;
  for (let start = 0; start < shapes.length; start += BATCH) {
    const batch = shapes.slice(start, start + BATCH).map((shape, offset): Brief => {
      const index = start + offset;
      const stamp = stampOf(index, shapes.length);
      return {
        ...syntheticBrief(random, { ...shape, heroAsset }),
        schemaVersion: BRIEF_SCHEMA_VERSION,
        id: benchBriefId(index),
        revision: 0,
        createdAt: stamp,
        updatedAt: stamp,
        trashedAt: null,
      };
    });
    await Promise.all(batch.map((brief) => writeFile(join(articles, `${brief.id}.json`), JSON.stringify(brief, null, 2))));
    ids.push(...batch.map((brief) => brief.id));
  }
  return { dataDir, ids, ...(await timeIndexBuild(dataDir)) };
}

/** Open a library with LibraryStore, which builds index.db from the brief files when it has none, and close it: wall clock and CPU time (user + system), ms. */
export async function timeIndexBuild(dataDir: string): Promise<{ indexMs: number; indexCpuMs: number }> {
  const started = performance.now();
  const cpu = process.cpuUsage();
  const store = await LibraryStore.open(dataDir);
  const indexMs = performance.now() - started;
  const used = process.cpuUsage(cpu);
  await store.close();
  return { indexMs, indexCpuMs: (used.user + used.system) / 1000 };
}

/** Write a library of `count` synthetic briefs through LibraryStore (addImage, createFrom), durably. */
export async function writeLibraryThroughStore(dataDir: string, count: number, seed: number): Promise<BuiltLibrary> {
  const store = await LibraryStore.open(dataDir);
  try {
    const random = prng(seed);
    const hero = await store.addImage('hero.png', heroPng());
    const ids: string[] = [];
    for (let index = 0; index < count; index += 1) {
      const brief = await store.createFrom(syntheticBrief(random, { ...TYPICAL_BRIEF, heroAsset: hero.id }));
      ids.push(brief.id);
    }
    return { dataDir, ids, indexMs: 0, indexCpuMs: 0 };
  } finally {
    await store.close();
  }
}

/** What opening a fast-written library showed. */
export interface OpenCheck {
  briefs: number;
  damaged: number;
  /** index.db was used as it was: the store found every row matching its file and read none of them again. */
  indexKept: boolean;
  openMs: number;
}

/**
 * Open a library with LibraryStore (the index checked against the files)
 * and close it again: how many briefs it lists, how many files it found
 * damaged, and whether it used index.db as it was (no file read again).
 */
export async function checkLibraryOpens(dataDir: string): Promise<OpenCheck> {
  const started = performance.now();
  const store = await LibraryStore.open(dataDir);
  const openMs = performance.now() - started;
  const listing = store.list({ limit: 1 });
  const progress = store.indexProgress();
  await store.close();
  return {
    briefs: listing.total,
    damaged: listing.damaged.length,
    indexKept: progress.state === 'ready' && progress.total === 0 && (await stat(join(dataDir, 'index.db'))).size > 0,
    openMs,
  };
}
