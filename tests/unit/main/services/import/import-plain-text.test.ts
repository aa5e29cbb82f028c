import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportBriefHtml } from '../../../../../main/services/export/export-brief-html';
import { prepareForExport } from '../../../../../main/services/export/prepare-for-export';
import { importFile } from '../../../../../main/services/import/import-file';
import { LibraryStore } from '../../../../../main/services/library/library-store';
import type { Brief, PmNodeJson } from '../../../../../shared/model/brief';
import { plainTextOf } from '../../../../../shared/model/word-count';
import { nuHtmlErrors, requireJava } from '../../../support/nu-html-checker';

const SEED_SHAPED = path.resolve(import.meta.dirname, '../../../../fixtures/import/seed-shaped-brief.txt');

const dirs: string[] = [];

/** A library in a new temp folder, kept for a whole describe block (removed at the end). */
async function openLibrary(): Promise<LibraryStore> {
  const dir = await mkdtemp(path.join(tmpdir(), 'briefdesk-import-text-'));
  dirs.push(dir);
  return LibraryStore.open(dir);
}

afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

async function importText(store: LibraryStore, text: string, fileName = 'brief.txt') {
  const report = await importFile(store, Buffer.from(text, 'utf8'), fileName);
  return { report, brief: await store.get(report.id) };
}

const blocks = (brief: Brief, type: string): PmNodeJson[] => (brief.body.content ?? []).filter((node) => node.type === type);
const texts = (nodes: PmNodeJson[] | undefined): string[] => (nodes ?? []).map(plainTextOf);

/** Everything a brief holds as text: fields, desk attributes and the body. */
function allTextOf(brief: Brief): string {
  const desks = blocks(brief, 'editorsDesk').flatMap((desk) => Object.values(desk.attrs ?? {}).map(String));
  return [brief.headline, brief.standfirst, brief.byline, ...brief.tags, ...desks, plainTextOf(brief.body)].join('\n');
}

describe('plain text shaped like a brief', () => {
  let seed: string;
  let store: LibraryStore;
  let imported: Awaited<ReturnType<typeof importText>>;

  beforeAll(async () => {
    seed = await readFile(SEED_SHAPED, 'utf8');
    store = await openLibrary();
    imported = await importText(store, seed, 'seed-shaped-brief.txt');
  });

  afterAll(async () => {
    await store.close();
  });

  it('finds headline, standfirst, five takeaways, the desk block with its sign-off, tags and body paragraphs', () => {
    const { brief, report } = imported;
    expect(brief.headline).toBe('Shared River, Split Ledger: Velmara Basin Talks Turn on Drought-Year Releases');
    expect(brief.standfirst).toMatch(/^Negotiators from the three Velmara basin states .* cannot wait another season\.$/);
    expect(brief.tags).toEqual(['water security', 'river basins', 'diplomacy']);
    const [takeaways] = blocks(brief, 'keyTakeaways');
    expect(texts(takeaways?.content)).toEqual([
      'The upstream state wants flexible reservoir rules; the two downstream states want fixed minimum flows written into the treaty.',
      'A joint hydrology office would publish daily gauge readings, the first shared data stream in the basin’s history.',
      'Drought-year rationing is the sticking point: the draft sets a trigger level but leaves the order of cuts to a later protocol.',
      'Irrigation unions downstream have warned that a second failed planting season would push thousands of smallholders off the land.',
      'A development bank has offered to fund canal lining — but only once a signed accord makes the savings verifiable.',
    ]);
    const [desk] = blocks(brief, 'editorsDesk');
    expect(desk?.attrs).toEqual({
      title: 'Strategic Analysis',
      deskName: 'Velmara Basin Desk',
      series: 'Strategic Insight',
      publication: 'The Watershed Review',
      libraryRef: null,
    });
    expect(texts(desk?.content)).toEqual([
      expect.stringMatching(/^The Velmara talks are less about .* audits of its reservoir releases\.$/),
    ]);
    const paragraphs = texts(blocks(brief, 'paragraph'));
    // The picture's description has no picture in a text file: it opens the body, and the report says why.
    expect(paragraphs[0]).toBe('Wide brown river curving past terraced fields and a concrete dam wall under a hazy late-afternoon sky');
    expect(paragraphs.slice(1)).toHaveLength(6);
    expect(paragraphs[1]).toMatch(/^Delegations from the three riparian states/);
    expect(report).toMatchObject({
      format: 'text',
      headline: brief.headline,
      recognised: [
        'Headline',
        'Standfirst',
        'Tags (3)',
        'Key Takeaways (5 points)',
        "Editor's Desk “Strategic Analysis” with sign-off",
        'Body (7 paragraphs)',
      ],
      warnings: [expect.stringMatching(/^The line “Wide brown river curving .*” reads like a picture's description/)],
    });
    // The body keeps the order of the text: takeaways, then the desk, then the reporting.
    expect((brief.body.content ?? []).slice(0, 4).map((node) => node.type)).toEqual([
      'paragraph',
      'keyTakeaways',
      'editorsDesk',
      'paragraph',
    ]);
  });

  it('drops nothing: every line of the file is in the brief', () => {
    const all = allTextOf(imported.brief);
    const markers = new Set(['Key Takeaways', "Editor's", 'Desk']);
    for (const line of seed.split('\n').map((value) => value.trim())) {
      if (!line || markers.has(line)) continue;
      expect(all).toContain(
        line
          .replace(/^• \d/, '')
          .replace(/^Tags: /, '')
          .split(', ')[0],
      );
    }
  });

  it('exports the imported brief as a page that passes the Nu HTML Checker', { timeout: 60_000 }, async (context) => {
    requireJava(context);
    const page = await exportBriefHtml(await prepareForExport(store, imported.report.id), { images: 'embed', stem: 'seed-shaped' });
    const dir = await mkdtemp(path.join(tmpdir(), 'briefdesk-import-vnu-'));
    try {
      const file = path.join(dir, 'seed-shaped.html');
      await writeFile(file, page.html);
      expect(await nuHtmlErrors([file])).toEqual([]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('plain text variations', () => {
  let store: LibraryStore;

  beforeAll(async () => {
    store = await openLibrary();
  });

  afterAll(async () => {
    await store.close();
  });

  it('reads "1." and "1)" points, a one-line "Editor’s Desk", a byline and "## " headings', async () => {
    const { brief, report } = await importText(
      store,
      [
        'Grid Queue Grows Again',
        'Connection requests doubled this year.',
        'By Ada Lindqvist',
        'Key takeaways:',
        '1. Requests doubled.\n2) Most are solar farms.\n3. Few will be built.',
        'Editor’s Desk',
        'Queue Reform',
        'Regulators should charge for a place in the queue.',
        'Northwind Energy Desk',
        '## What comes next',
        'Hearings open in March.',
      ].join('\n\n'),
    );
    expect(brief).toMatchObject({
      headline: 'Grid Queue Grows Again',
      standfirst: 'Connection requests doubled this year.',
      byline: 'By Ada Lindqvist',
    });
    expect(texts(blocks(brief, 'keyTakeaways')[0]?.content)).toEqual(['Requests doubled.', 'Most are solar farms.', 'Few will be built.']);
    expect(blocks(brief, 'editorsDesk')[0]?.attrs).toMatchObject({
      title: 'Queue Reform',
      deskName: 'Northwind Energy Desk',
      series: '',
      publication: '',
    });
    expect(texts(blocks(brief, 'heading'))).toEqual(['What comes next']);
    expect(report.recognised).toContain("Editor's Desk “Queue Reform” with sign-off");
  });

  it('takes a glued number off only when the points count 1, 2, 3… in order', async () => {
    const { brief } = await importText(
      store,
      [
        'Spectrum Sale Delayed',
        'The auction moves to autumn.',
        'Key Takeaways',
        '• 5G licences are delayed.\n• 2028 is the new target.\n• Operators object.',
      ].join('\n\n'),
    );
    expect(texts(blocks(brief, 'keyTakeaways')[0]?.content)).toEqual([
      '5G licences are delayed.',
      '2028 is the new target.',
      'Operators object.',
    ]);
  });

  it('keeps a "Key Takeaways" line without points, and other lines, in the body', async () => {
    const { brief } = await importText(store, 'Headline only\n\nA standfirst.\n\nKey Takeaways\n\nThere are none yet, this is prose.');
    expect(blocks(brief, 'keyTakeaways')).toEqual([]);
    expect(texts(blocks(brief, 'paragraph'))).toEqual(['Key Takeaways', 'There are none yet, this is prose.']);
  });

  it('turns a short title-case line before a long paragraph into a heading, and keeps line breaks', async () => {
    const long =
      'The ministry published its figures on Tuesday, and the numbers show a sharp fall in new connections across every region of the country.';
    const { brief } = await importText(store, `Headline\n\nStandfirst.\n\nWhy the Numbers Fell\n\n${long}\n\nfirst line\nsecond line`);
    expect(texts(blocks(brief, 'heading'))).toEqual(['Why the Numbers Fell']);
    expect(
      blocks(brief, 'paragraph')
        .at(-1)
        ?.content?.map((node) => node.type),
    ).toEqual(['text', 'hardBreak', 'text']);
  });
});
