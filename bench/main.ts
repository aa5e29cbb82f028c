import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { launchChromium } from './chromium';
import { benchExport } from './export-bench';
import { benchGrowth, growthTable, type GrowthRow } from './growth-bench';
import { checkLibraryOpens, writeLibraryFast, writeLibraryThroughStore } from './library-builder';
import { openOnce, type OpenRun } from './open-bench';
import { benchPaste } from './paste-bench';
import { benchSaves } from './save-bench';
import { benchSearch, type SearchTimings } from './search-bench';
import { spread } from './stats';
import { LONG_BRIEF } from './synthetic-brief';
import { markdownTable, ms, type ResultRow } from './table';
import { residentMb } from './shell-process';
import { benchTyping } from './typing-bench';

/** Sizes and sample counts of one run. */
interface Plan {
  name: 'quick' | 'full';
  briefs: number;
  saveSamples: number;
  naiveSamples: number;
  naiveSmallSamples: number;
  openRuns: number;
  searchSamples: number;
  typingSamples: number;
  exportBriefs: number;
  pasteSamples: number;
}

const PLANS: Record<Plan['name'], Plan> = {
  quick: {
    name: 'quick',
    briefs: 1_000,
    saveSamples: 30,
    naiveSamples: 3,
    naiveSmallSamples: 20,
    openRuns: 2,
    searchSamples: 30,
    typingSamples: 40,
    exportBriefs: 50,
    pasteSamples: 3,
  },
  full: {
    name: 'full',
    briefs: 10_000,
    saveSamples: 100,
    naiveSamples: 3,
    naiveSmallSamples: 50,
    openRuns: 3,
    searchSamples: 100,
    typingSamples: 100,
    exportBriefs: 1_000,
    pasteSamples: 10,
  },
};

const SEED = 20_261_126;

/** The paste the issue measured: a web page's report of this many paragraphs. */
const PASTED_PARAGRAPHS = 1_500;

/** The parts of a run, for `--only save,search` (default: all). */
const PARTS = ['save', 'export', 'open', 'search', 'typing', 'paste'] as const;
type Part = (typeof PARTS)[number];

const startedAt = performance.now();

function log(message: string): void {
  process.stderr.write(`bench [${((performance.now() - startedAt) / 1000).toFixed(0)} s]: ${message}\n`);
}

/** The 1-minute load average, as text: other work on the machine inflates every figure. */
const load = (): string => loadavg()[0]?.toFixed(1) ?? '?';

const count = (value: number): string => value.toLocaleString('en-US');

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      quick: { type: 'boolean' },
      root: { type: 'string' },
      keep: { type: 'boolean' },
      only: { type: 'string', multiple: true },
      growth: { type: 'string' },
      rebuild: { type: 'boolean' },
    },
  });
  if (values.growth !== undefined) {
    await growth(values.growth, values.root ?? process.cwd(), values.quick === true, values.rebuild === true);
    return;
  }
  const only = new Set((values.only ?? []).flatMap((part) => part.split(',')));
  const unknown = [...only].filter((part) => !(PARTS as readonly string[]).includes(part));
  if (unknown.length > 0) throw new Error(`Unknown --only part(s): ${unknown.join(', ')}. Parts: ${PARTS.join(', ')}.`);
  const wants = (part: Part): boolean => only.size === 0 || only.has(part);
  const plan = PLANS[values.quick ? 'quick' : 'full'];
  const root = values.root ?? process.cwd();
  const started = performance.now();
  const work = await mkdtemp(join(tmpdir(), 'briefdesk-bench-'));
  const rows: ResultRow[] = [];
  const notes: string[] = [];
  const n = count(plan.briefs);
  const loadBefore = load();
  try {
    log(`${plan.name} run in ${work}`);
    // Libraries: 10 briefs through the store; N briefs written fast, then checked through the store.
    const small = await writeLibraryThroughStore(join(work, 'lib-10'), 10, SEED);
    log(`writing ${n} briefs…`);
    const big = await writeLibraryFast(join(work, `lib-${plan.briefs}`), plan.briefs, SEED);
    const check = await checkLibraryOpens(big.dataDir);
    if (check.briefs !== plan.briefs || check.damaged !== 0 || !check.indexKept) {
      throw new Error(`The ${n}-brief library did not open as written: ${JSON.stringify(check)}`);
    }
    notes.push(
      `The ${n}-brief library opens in LibraryStore with every brief listed, none damaged and index.db used as it was (index built from the files: ${ms(big.indexMs)}; reopened and checked: ${ms(check.openMs)}).`,
    );
    const long = await writeLibraryFast(join(work, 'lib-long'), 5, SEED + 1, [LONG_BRIEF]);
    // The fast writes leave ~150 MB unflushed; without this the first fsyncs timed below would pay for them.
    log('flushing the written libraries to disk…');
    spawnSync('sync', { stdio: 'ignore' });

    let saveNotes = '';
    if (wants('save')) {
      // 1. Saves.
      const scratch = join(work, 'scratch');
      await mkdir(scratch);
      log('saves at 10 briefs…');
      const save10 = await benchSaves({
        dataDir: small.dataDir,
        ids: small.ids,
        workDir: scratch,
        samples: plan.saveSamples,
        naiveSamples: plan.naiveSmallSamples,
      });
      log(`saves at ${n} briefs…`);
      const saveN = await benchSaves({
        dataDir: big.dataDir,
        ids: big.ids,
        workDir: scratch,
        samples: plan.saveSamples,
        naiveSamples: plan.naiveSamples,
      });
      const noise = saveN.store.median <= save10.store.median * 1.25 + 1;
      const speedup = saveN.naive.median / saveN.store.median;
      const overFloor = saveN.store.median / saveN.floor.median;
      rows.push(
        {
          measure: 'save one brief, 10 briefs (LibraryStore)',
          median: ms(save10.store.median),
          p95: ms(save10.store.p95),
          budget: 'reference',
          met: null,
        },
        {
          measure: `save one brief, ${n} briefs (LibraryStore)`,
          median: ms(saveN.store.median),
          p95: ms(saveN.store.p95),
          budget: 'p95 < 10 ms',
          met: saveN.store.p95 < 10,
        },
        {
          measure: `… same as at 10 briefs within noise`,
          median: `×${(saveN.store.median / save10.store.median).toFixed(2)}`,
          p95: `×${(saveN.store.p95 / save10.store.p95).toFixed(2)}`,
          budget: 'median ≤ 1.25× + 1 ms',
          met: noise,
        },
        {
          measure: 'naive: one lowdb JSON file, 10 briefs',
          median: ms(save10.naive.median),
          p95: ms(save10.naive.p95),
          budget: 'baseline',
          met: null,
        },
        {
          measure: `naive: one lowdb JSON file, ${n} briefs`,
          median: ms(saveN.naive.median),
          p95: ms(saveN.naive.p95),
          budget: 'baseline',
          met: null,
        },
        {
          measure: `… store vs naive at ${n} briefs`,
          median: `${speedup.toFixed(0)}× faster`,
          p95: `${(saveN.naive.p95 / saveN.store.p95).toFixed(0)}× faster`,
          budget: '≥ 50× faster',
          met: speedup >= 50,
        },
        {
          measure: 'raw floor: write + fsync + rename, same bytes',
          median: ms(saveN.floor.median),
          p95: ms(saveN.floor.p95),
          budget: 'floor',
          met: null,
        },
        {
          measure: '… store vs raw floor',
          median: `×${overFloor.toFixed(2)}`,
          p95: `×${(saveN.store.p95 / saveN.floor.p95).toFixed(2)}`,
          budget: '≤ 3× the floor',
          met: overFloor <= 3,
        },
      );

      saveNotes = `Saves: ${save10.store.n} per library after 5 untimed; naive ${saveN.naive.n} writes at ${n} briefs, ${save10.naive.n} at 10. `;
      notes.push(
        `Of a save, counting the body's words for the index row (countWords) takes ${ms(saveN.wordCount.median)} (median) for a ~1,200-word brief.`,
      );
    }

    if (wants('export')) {
      // 5. Export (in this process, through a read-only store).
      log(`exporting ${count(plan.exportBriefs)} briefs to HTML…`);
      const exported = await benchExport(big.dataDir, big.ids, plan.exportBriefs, join(work, 'export'));
      if (exported.files < exported.briefs) throw new Error(`The export wrote ${exported.files} pages for ${exported.briefs} briefs.`);
      const exportBudget = 10_000 * (plan.exportBriefs / 1_000);
      rows.push({
        measure: `export ${count(exported.briefs)} briefs to HTML (exportBriefs)`,
        median: ms(exported.ms),
        p95: '–',
        budget: `< ${ms(exportBudget)}`,
        met: exported.ms < exportBudget,
      });
    }

    // 2, 3, 6: the browser shell on the N-brief library.
    const needsBrowser = wants('open') || wants('search') || wants('typing') || wants('paste');
    if (needsBrowser) log('launching Chromium…');
    const browser = needsBrowser ? await launchChromium() : null;
    try {
      const runs: OpenRun[] = [];
      let search: SearchTimings | null = null;
      let indexedRssMb: number | null = null;
      if (browser) {
        const openRuns = wants('open') ? plan.openRuns : wants('search') ? 1 : 0;
        for (let run = 0; run < openRuns; run += 1) {
          log(`opening the ${n}-brief library in the browser shell (${run + 1}/${openRuns})…`);
          runs.push(
            await openOnce(browser, root, big.dataDir, async (shell) => {
              if (run === 0 && wants('search')) {
                log('search queries…');
                search = await benchSearch(shell, plan.searchSamples);
                // The queries waited for the search index: the shell now holds it whole.
                indexedRssMb = await residentMb(shell.pid);
              }
            }),
          );
        }
        if (wants('open')) {
          const up = spread(runs.map((run) => run.serverUpMs));
          const shown = spread(runs.map((run) => run.listShownMs));
          const rss = spread(runs.map((run) => run.rssMb));
          rows.push(
            {
              measure: `open ${n} briefs: process start → server up`,
              median: ms(up.median),
              p95: ms(up.p95),
              budget: 'part of the next',
              met: null,
            },
            {
              measure: `open ${n} briefs: process start → list shown in Chromium`,
              median: ms(shown.median),
              p95: ms(shown.p95),
              budget: '< 500 ms',
              met: shown.median < 500,
            },
          );
          notes.push(
            `Open: ${plan.openRuns} starts (n=${shown.n}); the list showed ${count(runs[0]?.rows ?? 0)} rows. Chromium is started before the clock; each start uses a fresh browser context.`,
          );
          rows.push({
            measure: `memory: browser shell RSS, ${n} briefs, list shown`,
            median: `${rss.median.toFixed(0)} MB`,
            p95: `${rss.p95.toFixed(0)} MB`,
            budget: '< 300 MB',
            met: rss.median < 300,
          });
        }
        const found = search as SearchTimings | null;
        if (found) {
          rows.push({
            measure: `search ${n} briefs (${found.path} over HTTP)`,
            median: ms(found.timings.median),
            p95: ms(found.timings.p95),
            budget: 'p95 < 10 ms',
            met: found.timings.p95 < 10,
          });
          notes.push(
            `Search: ${found.timings.n} queries (a common word, a prefix, two words, a word with a typo), one at a time, the first 100 results with snippets each; ` +
              `a query matched ${count(Math.round(found.meanTotal))} briefs on average, ${(found.broadShare * 100).toFixed(0)} % of them at least half the library.`,
          );
        }
        const indexedMb = indexedRssMb as number | null;
        if (indexedMb !== null) {
          rows.push({
            measure: `memory: browser shell RSS, ${n} briefs, search index built`,
            median: `${indexedMb.toFixed(0)} MB`,
            p95: '–',
            budget: '< 300 MB',
            met: indexedMb < 300,
          });
        }

        // 4 and 6: typing in the long brief.
        if (wants('typing')) {
          log('typing in the 20,000-word brief…');
          const typing = await benchTyping(browser, root, long.dataDir, plan.typingSamples);
          const withOn: typeof rows = [];
          for (const [mode, label] of [
            ['find', '… with Find open on a word matched all over the brief'],
            ['focus', '… in focus mode, typewriter scrolling and dimming on'],
          ] as const) {
            log(`typing in the 20,000-word brief, ${mode === 'find' ? 'Find open' : 'focus mode'}…`);
            const timed = await benchTyping(browser, root, long.dataDir, plan.typingSamples, mode);
            withOn.push({
              measure: label,
              median: ms(timed.timings.median),
              p95: ms(timed.timings.p95),
              budget: 'p95 < 16 ms',
              met: timed.timings.p95 < 16,
            });
          }
          rows.push(
            {
              measure: 'typing, 20,000 words + 10 takeaways + 5 desks: key → next paint',
              median: ms(typing.timings.median),
              p95: ms(typing.timings.p95),
              budget: 'p95 < 16 ms',
              met: typing.timings.p95 < 16,
            },
            ...withOn,
            {
              measure: '… floor: the same probe on a bare contenteditable',
              median: ms(typing.floor.median),
              p95: ms(typing.floor.p95),
              budget: 'floor',
              met: null,
            },
            {
              measure: 'memory: renderer JS heap, long brief open',
              median: `${typing.rendererHeapMb.toFixed(0)} MB`,
              p95: '–',
              budget: 'reported',
              met: null,
            },
          );
          notes.push(
            `Typing: ${typing.timings.n} keys, each after a random wait of up to one frame (keys land anywhere in the display's 16.7 ms frame, so even an empty page waits up to a frame for its paint: the floor row); Event Timing reported ${typing.slowEvents} keydowns ≥ 16 ms (key → paint)` +
              (typing.slowEvents > 0 ? ` (longest ${ms(typing.longestEventMs)}).` : '.'),
          );
        }

        if (wants('paste')) {
          log('pasting 1,500 paragraphs from a web page…');
          const pasted = await benchPaste(browser, root, small.dataDir, PASTED_PARAGRAPHS, plan.pasteSamples);
          rows.push(
            {
              measure: `paste ${count(PASTED_PARAGRAPHS)} paragraphs from a web page (an image each, dropped) → next paint`,
              median: ms(pasted.timings.median),
              p95: ms(pasted.timings.p95),
              budget: '< 1,000 ms',
              met: pasted.timings.p95 < 1_000,
            },
            {
              measure: '… Ctrl+Z presses that undo it',
              median: String(pasted.undoSteps),
              p95: '–',
              budget: '1',
              met: pasted.undoSteps === 1 && pasted.paragraphs >= PASTED_PARAGRAPHS,
            },
          );
          notes.push(
            `Paste: ${pasted.timings.n} pastes into a brief's body, each undone before the next; each added ${count(pasted.paragraphs)} paragraphs.`,
          );
        }
      }
    } finally {
      await browser?.close();
    }
    notes.push(
      saveNotes +
        `Machine: ${cpus().length} cores, Node ${process.versions.node}, load average ${loadBefore} at the start and ${load()} at the end. Whole run: ${((performance.now() - started) / 1000).toFixed(0)} s.`,
    );
    const met = rows.filter((row) => row.met === true).length;
    const budgets = rows.filter((row) => row.met !== null).length;
    process.stdout.write(
      `\n## Benchmark (${plan.name}: ${n} briefs)\n\n${markdownTable(rows)}\n\n${notes.map((note) => `- ${note}`).join('\n')}\n\nBudgets met: ${met} of ${budgets}.\n`,
    );
  } finally {
    if (values.keep) log(`kept ${work}`);
    else await rm(work, { recursive: true, force: true });
  }
}

/**
 * `--growth 1000,10000,100000`: the growth table — open, first search,
 * search and save spreads, RSS, index size and full rebuild at each size,
 * on libraries cached between runs (see growth-bench.ts). With `--rebuild`
 * the full rebuild is timed again on a copy of each (else the cache's figure).
 */
async function growth(sizes: string, root: string, quick: boolean, rebuild: boolean): Promise<void> {
  const counts = sizes.split(',').map((size) => Number(size.replaceAll('_', '')));
  if (counts.some((size) => !Number.isInteger(size) || size < 10)) throw new Error(`--growth wants sizes such as 1000,10000: ${sizes}`);
  const loadBefore = load();
  const rows: GrowthRow[] = [];
  for (const size of counts) rows.push(await benchGrowth(root, size, SEED, quick ? 30 : 100, log, { rebuild }));
  process.stdout.write(
    `\n## Growth\n\n${growthTable(rows)}\n\n- Machine: ${cpus().length} cores, Node ${process.versions.node}, load average ${loadBefore} at the start and ${load()} at the end.\n`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
