import { link, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { INDEX_FILES, INDEX_VERSION } from '../main/services/library/index-schema';
import { timeIndexBuild, writeLibraryFast } from './library-builder';
import { timeStoreSaves } from './save-bench';
import { benchSearch } from './search-bench';
import { callApi, residentMb, startShell } from './shell-process';
import { spread, type Spread } from './stats';

/** What one library size measured. */
export interface GrowthRow {
  briefs: number;
  /** Building index.db from the brief files (the full rebuild), ms; from the cache's record when the library was reused. */
  rebuildMs: number;
  /** The CPU time of that rebuild (user + system), ms; undefined in a cache recorded before it was kept. */
  rebuildCpuMs: number | undefined;
  /** Spawning the browser shell → the first window of the list (50 rows) answered over HTTP. */
  openMs: number;
  /** The first search right after that, over HTTP. */
  firstSearchMs: number;
  search: Spread;
  save: Spread;
  /** The shell's highest resident memory seen over the run (after open, after the first search, after all searches), MB. */
  rssMb: number;
  /** index.db's size against the brief files' text (their JSON bytes). */
  indexBytes: number;
  libraryBytes: number;
}

const Built = z.object({
  rebuildMs: z.number(),
  rebuildCpuMs: z.number().optional(),
  indexBytes: z.number(),
  libraryBytes: z.number(),
  indexVersion: z.number().optional(),
});

/** Sizes of the files in a folder, summed (not recursive). */
async function bytesIn(dir: string, pick: (name: string) => boolean): Promise<number> {
  let total = 0;
  for (const name of await readdir(dir)) if (pick(name)) total += (await stat(join(dir, name))).size;
  return total;
}

/** Delete a library's index.db and time LibraryStore building it again from the brief files (the full rebuild): wall clock and CPU, ms. */
async function timeRebuild(dataDir: string): Promise<{ indexMs: number; indexCpuMs: number }> {
  for (const name of INDEX_FILES) await rm(join(dataDir, name), { force: true });
  return timeIndexBuild(dataDir);
}

/**
 * Time a full rebuild on a copy of a cached library: its brief files hard-linked
 * into a new folder (no bytes copied; a rebuild only reads them, and a damaged
 * one would be moved within the copy), index.db built there from nothing, the
 * copy removed after. The cache is left as it was.
 */
async function timeRebuildOfCopy(dataDir: string): Promise<{ indexMs: number; indexCpuMs: number }> {
  const copy = await mkdtemp(join(tmpdir(), 'briefdesk-bench-rebuild-'));
  try {
    await mkdir(join(copy, 'articles'));
    const names = (await readdir(join(dataDir, 'articles'))).filter((name) => name.endsWith('.json'));
    for (const name of names) await link(join(dataDir, 'articles', name), join(copy, 'articles', name));
    return await timeIndexBuild(copy);
  } finally {
    await rm(copy, { recursive: true, force: true });
  }
}

/**
 * A library of `briefs` synthetic briefs in a cache folder kept between runs
 * (os.tmpdir()/briefdesk-bench-cache/lib-<n>-<seed>), written and indexed
 * once: a 100,000-brief library takes minutes to write.
 */
async function cachedLibrary(
  briefs: number,
  seed: number,
  log: (message: string) => void,
): Promise<{ dataDir: string } & z.infer<typeof Built>> {
  const dataDir = join(tmpdir(), 'briefdesk-bench-cache', `lib-${briefs}-${seed}`);
  const marker = join(dataDir, '.bench-built.json');
  let rebuild: { indexMs: number; indexCpuMs: number };
  try {
    const cached = Built.parse(JSON.parse(await readFile(marker, 'utf8')));
    if (cached.indexVersion === INDEX_VERSION) return { dataDir, ...cached };
    // The briefs are still good; index.db is of another layout: time building it again from the files.
    log(`building index.db of ${briefs.toLocaleString('en-US')} cached briefs again (index version ${INDEX_VERSION})…`);
    rebuild = await timeRebuild(dataDir);
  } catch {
    await rm(dataDir, { recursive: true, force: true });
    await mkdir(dataDir, { recursive: true });
    log(`writing ${briefs.toLocaleString('en-US')} briefs into the cache (once)…`);
    rebuild = await writeLibraryFast(dataDir, briefs, seed);
  }
  const record = {
    rebuildMs: rebuild.indexMs,
    rebuildCpuMs: rebuild.indexCpuMs,
    indexBytes: await bytesIn(dataDir, (name) => name.startsWith('index.db')),
    libraryBytes: await bytesIn(join(dataDir, 'articles'), (name) => name.endsWith('.json')),
    indexVersion: INDEX_VERSION,
  };
  await writeFile(marker, JSON.stringify(record));
  return { dataDir, ...record };
}

/**
 * One size of the growth table: the cached library, opened by the browser
 * shell (time to the list's first window, then a first search), `samples`
 * searches, then the shell stopped and `samples` saves through LibraryStore.
 */
export async function benchGrowth(
  root: string,
  briefs: number,
  seed: number,
  samples: number,
  log: (message: string) => void,
  options: { rebuild?: boolean } = {},
): Promise<GrowthRow> {
  const library = await cachedLibrary(briefs, seed, log);
  if (options.rebuild) {
    log(`growth: ${briefs.toLocaleString('en-US')} briefs, a full rebuild on a copy…`);
    const rebuilt = await timeRebuildOfCopy(library.dataDir);
    library.rebuildMs = rebuilt.indexMs;
    library.rebuildCpuMs = rebuilt.indexCpuMs;
  }
  log(`growth: ${briefs.toLocaleString('en-US')} briefs, opening…`);
  const shell = await startShell(root, library.dataDir);
  const opened = await (async () => {
    const listed = await callApi(shell, 'listBriefs', { limit: 50 });
    if (!listed.ok) throw new Error(`listBriefs failed: ${listed.message}`);
    const openMs = performance.now() - shell.spawnedAt;
    let rssMb = await residentMb(shell.pid);
    const started = performance.now();
    const first = await callApi(shell, 'searchBriefs', { query: 'harbour' });
    if (!first.ok) throw new Error(`searchBriefs failed: ${first.message}`);
    const firstSearchMs = performance.now() - started;
    rssMb = Math.max(rssMb, await residentMb(shell.pid));
    const search = (await benchSearch(shell, samples)).timings;
    rssMb = Math.max(rssMb, await residentMb(shell.pid));
    return { openMs, firstSearchMs, search, rssMb };
  })().finally(() => shell.stop());
  const { timings } = await timeStoreSaves(library.dataDir, samples, 5);
  return {
    briefs,
    rebuildMs: library.rebuildMs,
    rebuildCpuMs: library.rebuildCpuMs,
    ...opened,
    save: spread(timings),
    indexBytes: library.indexBytes,
    libraryBytes: library.libraryBytes,
  };
}

/** The growth table, in markdown: one line per size. */
export function growthTable(rows: readonly GrowthRow[]): string {
  const ms = (value: number): string => (value < 100 ? `${value.toFixed(1)} ms` : `${Math.round(value).toLocaleString('en-US')} ms`);
  const header = [
    '| briefs | open (spawn → first window) | first search | search p50 / p95 | save p50 / p95 | RSS (max) | index.db / brief files | full rebuild (CPU) |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  const lines = rows.map(
    (row) =>
      `| ${row.briefs.toLocaleString('en-US')} | ${ms(row.openMs)} | ${ms(row.firstSearchMs)} | ${ms(row.search.median)} / ${ms(row.search.p95)} | ` +
      `${ms(row.save.median)} / ${ms(row.save.p95)} | ${row.rssMb.toFixed(0)} MB | ` +
      `${(row.indexBytes / 2 ** 20).toFixed(0)} / ${(row.libraryBytes / 2 ** 20).toFixed(0)} MB (×${(row.indexBytes / row.libraryBytes).toFixed(2)}) | ` +
      `${(row.rebuildMs / 1000).toFixed(1)} s${row.rebuildCpuMs === undefined ? '' : ` (${(row.rebuildCpuMs / 1000).toFixed(1)} s)`} |`,
  );
  return [...header, ...lines].join('\n');
}
