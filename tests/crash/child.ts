// The crash harness's victim: once told to go (one GoLine on stdin), opens the
// library in <data dir> (its one argument) and edits it as fast as it can, in
// two concurrent workers, until it is killed. Each operation is announced
// ("begin") before it starts and acknowledged ("ack") once the store says it
// is done. It exits when its stdin closes (the harness is gone).
import { writeSync } from 'node:fs';
import { LibraryStore } from '../../main/services/library/library-store';
import { BriefContent, type BriefSummary } from '../../shared/model/brief';
import { editContent } from './edit-content';
import { between, pick, prng } from './prng';
import { type AckLine, type BeginLine, type ChildLine, contentHash, GoLine } from './protocol';
import { tinyPng } from './tiny-png';

const WORKERS = 2;
/** Briefs (live and trashed) the workload keeps the library near. */
const TARGET_BRIEFS = 10;
/** How far the store's clock moves on each reading: revisions fall due every few saves. */
const CLOCK_STEP_MS = 37_000;

const dataDir = process.argv[2];
if (dataDir === undefined) throw new Error('usage: child <data dir>');

/** The first line on stdin; the process exits when stdin ends. */
function readGoLine(): Promise<GoLine> {
  return new Promise((resolve) => {
    let text = '';
    process.stdin.setEncoding('utf8');
    process.stdin.on('data', (chunk: string) => {
      text += chunk;
      const end = text.indexOf('\n');
      if (end >= 0) resolve(GoLine.parse(JSON.parse(text.slice(0, end))));
    });
    process.stdin.on('end', () => process.exit(0));
  });
}

const { seed, clockStart } = await readGoLine();
let clock = clockStart;

/** One line on stdout, written synchronously so it is in the pipe before the next step. */
function emit(line: ChildLine): void {
  writeSync(1, `${JSON.stringify(line)}\n`);
}

emit({ t: 'start' });
// As the app opens it: the index is checked against the files (and repaired) in the background while writes go on.
const store = await LibraryStore.open(dataDir, {
  now: () => new Date((clock += CLOCK_STEP_MS)),
  indexSync: 'background',
});
emit({ t: 'ready' });

/** Each brief belongs to one worker (by its id), so one brief never has two workers' operations at once. */
function ownerOf(id: string): number {
  let sum = 0;
  for (const char of id) sum += char.charCodeAt(0);
  return sum % WORKERS;
}

function briefsOf(worker: number): { live: BriefSummary[]; trashed: BriefSummary[] } {
  const mine = (row: BriefSummary): boolean => ownerOf(row.id) === worker;
  return { live: store.list().briefs.filter(mine), trashed: store.list({ trash: true }).briefs.filter(mine) };
}

const totalBriefs = (): number => store.list().briefs.length + store.list({ trash: true }).briefs.length;
const heroAssets: string[] = [];

async function step(worker: number, random: () => number): Promise<void> {
  const begin = (op: BeginLine['op'], fields: Omit<BeginLine, 't' | 'worker' | 'op'> = {}): void =>
    emit({ t: 'begin', worker, op, ...fields });
  const ack = (op: AckLine['op'], fields: Omit<AckLine, 't' | 'worker' | 'op'>): void => emit({ t: 'ack', worker, op, ...fields });
  const { live, trashed } = briefsOf(worker);
  const roll = random();

  if (live.length === 0 || (roll < 0.06 && totalBriefs() < TARGET_BRIEFS)) {
    begin('create');
    const brief = await store.create();
    ack('create', { id: brief.id, revision: brief.revision, hash: contentHash(brief), trashed: false });
    return;
  }
  if (roll < 0.1) {
    begin('image');
    const image = await store.addImage(
      'chart.png',
      tinyPng(between(random, 1, 64), [between(random, 0, 255), between(random, 0, 255), between(random, 0, 255)]),
    );
    heroAssets.push(image.id);
    ack('image', { asset: image.id });
    return;
  }
  if (roll < 0.14 && totalBriefs() < TARGET_BRIEFS + 2) {
    const source = pick(random, live);
    if (!source) return;
    begin('duplicate', { id: source.id });
    const copy = await store.duplicate(source.id);
    ack('duplicate', { id: copy.id, revision: copy.revision, hash: contentHash(copy), trashed: false });
    return;
  }
  if (roll < 0.19) {
    const brief = await store.get(pick(random, live)?.id ?? '');
    begin('trash', { id: brief.id });
    await store.trash(brief.id);
    ack('trash', { id: brief.id, revision: brief.revision, hash: contentHash(brief), trashed: true });
    return;
  }
  if (roll < 0.24 && trashed.length > 0) {
    const brief = await store.get(pick(random, trashed)?.id ?? '');
    begin('untrash', { id: brief.id });
    await store.restore(brief.id);
    ack('untrash', { id: brief.id, revision: brief.revision, hash: contentHash(brief), trashed: false });
    return;
  }
  if (roll < 0.26 && trashed.length > 0 && totalBriefs() > 6) {
    const id = pick(random, trashed)?.id ?? '';
    begin('purge', { id });
    await store.purge(id);
    ack('purge', { id });
    return;
  }
  const target = pick(random, [...live, ...trashed])?.id ?? '';
  if (roll < 0.3) {
    begin('version', { id: target });
    const version = await store.revisions.saveVersion(target, `Checkpoint ${between(random, 1, 999)}`);
    ack('version', { id: target, revisionId: version.id });
    return;
  }
  if (roll < 0.33) {
    begin('snapshot', { id: target });
    const snapshot = await store.revisions.snapshot(target, 'export');
    ack('snapshot', { id: target, revisionId: snapshot.id });
    return;
  }
  if (roll < 0.37) {
    const chosen = pick(random, await store.revisions.list(target));
    if (!chosen) return;
    const revision = await store.revisions.get(target, chosen.id);
    begin('restore-revision', { id: target, hash: contentHash(revision.content) });
    const { brief } = await store.revisions.restore(target, chosen.id);
    ack('restore-revision', { id: target, revision: brief.revision, hash: contentHash(brief), trashed: brief.trashedAt !== null });
    return;
  }
  const brief = await store.get(target);
  const content = editContent(BriefContent.parse(brief), random, heroAssets);
  const hash = contentHash(content);
  begin('save', { id: target, hash });
  const saved = await store.save(target, content, brief.revision);
  ack('save', { id: target, revision: saved.revision, hash, trashed: brief.trashedAt !== null });
}

async function work(worker: number): Promise<never> {
  const random = prng(seed + worker * 0x9e3779b9);
  for (;;) await step(worker, random);
}

try {
  await Promise.all(Array.from({ length: WORKERS }, (_, worker) => work(worker)));
} catch (error) {
  process.stderr.write(`The crash workload failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
}
