import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { exportBriefMarkdown } from '../../../../../main/services/export/export-brief-markdown';
import { prepareForExport } from '../../../../../main/services/export/prepare-for-export';
import { exportBriefs, type WrittenExport } from '../../../../../main/services/export/export-briefs';
import type { LibraryStore } from '../../../../../main/services/library/library-store';
import type { Brief, PmNodeJson } from '../../../../../shared/model/brief';
import { createFixtureLibrary, FIXTURE_NAMES } from '../../../../fixtures/briefs/fixture-library';

interface MarkdownFile {
  written: WrittenExport;
  raw: string;
  frontMatter: unknown;
  /** The YAML text between the `---` lines. */
  yamlText: string;
  body: string;
}

function splitFile(raw: string): { yamlText: string; body: string } {
  const match = /^---\n([\s\S]*?\n)---\n([\s\S]*)$/.exec(raw);
  if (!match) throw new Error('No front matter');
  return { yamlText: match[1] ?? '', body: match[2] ?? '' };
}

function textsOf(node: PmNodeJson): string[] {
  return [...(node.text === undefined ? [] : [node.text]), ...(node.content ?? []).flatMap(textsOf)];
}

describe('Markdown export of the fixture briefs', () => {
  let dataDir: string;
  let outDir: string;
  let store: LibraryStore;
  let ids: Record<string, string>;
  const files = new Map<string, MarkdownFile>();

  const file = (name: string): MarkdownFile => {
    const found = files.get(name);
    if (!found) throw new Error(`No export of ${name}`);
    return found;
  };
  const brief = (name: string): Promise<Brief> => store.get(ids[name] ?? '');

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'briefdesk-md-lib-'));
    ({ store, ids } = await createFixtureLibrary(dataDir));
  });

  // Exported for each test, not once: what a test checks is then made within it (mutation testing counts only that).
  beforeEach(async () => {
    outDir = await mkdtemp(path.join(os.tmpdir(), 'briefdesk-md-out-'));
    const written = await exportBriefs(store, Object.values(ids), { format: 'md', outDir });
    for (const [name, id] of Object.entries(ids)) {
      const entry = written.find((item) => item.id === id);
      if (!entry) throw new Error(`${name} was not exported`);
      const raw = await readFile(entry.path, 'utf8');
      const { yamlText, body } = splitFile(raw);
      files.set(name, { written: entry, raw, yamlText, body, frontMatter: parse(yamlText) });
    }
  });

  afterEach(async () => {
    await rm(outDir, { recursive: true, force: true });
  });

  afterAll(async () => {
    await store.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('writes <slug>.md per brief', () => {
    expect([...files.keys()].sort()).toEqual(FIXTURE_NAMES);
    const stem = 'green-corridor-or-bottleneck-northern-ports-race-to-electrify-before-the-2028';
    expect(file('full').written.fileName).toBe(`${stem}.md`);
    expect(file('unicode').written.fileName).toBe(`brief-${ids.unicode?.slice(0, 8)}.md`);
  });

  it('puts every field in YAML front matter', async () => {
    const full = await brief('full');
    const unicode = await brief('unicode');
    const hero = full.hero;
    if (!hero) throw new Error('The full fixture has a hero');
    const stem = path.basename(file('full').written.fileName, '.md');
    expect(file('full').frontMatter).toEqual({
      id: full.id,
      title: full.headline,
      standfirst: full.standfirst,
      section: full.section,
      byline: full.byline,
      tags: full.tags,
      status: full.status,
      language: full.language,
      date: full.createdAt,
      updated: full.updatedAt,
      hero: { file: `${stem}-assets/${hero.asset}`, alt: hero.alt, caption: hero.caption, credit: hero.credit },
      related: [
        { url: 'https://example.org/analysis/shore-power-costs', title: 'What shore power really costs a mid-sized port' },
        // Exported together: the related brief's own .md file.
        { brief: unicode.id, title: unicode.headline, file: file('unicode').written.fileName },
      ],
    });
    expect(file('rtl-arabic').frontMatter).toMatchObject({ hero: null, related: [], language: 'ar' });
  });

  it('writes the body without the headline: takeaways, desk, headings, lists, quotes, links', () => {
    const { body } = file('full');
    expect(body).not.toMatch(/^# /m);
    expect(body.startsWith('\n## Key Takeaways\n\n1. Three ports signed a memorandum on a **shared green corridor** with')).toBe(true);
    const items = [...body.matchAll(/^(\d)\. /gm)].map((match) => match[1]);
    expect(items.slice(0, 5)).toEqual(['1', '2', '3', '4', '5']);
    expect(body).toContain('\n2. Grid operators say quay connections take *four to six years*, longer');
    expect(body).toContain('\n3. The EU’s [FuelEU Maritime rules](https://example.org/fueleu-maritime) make shore power');
    expect(body).toContain(
      '\n5. Whether tariffs are set jointly or port by port will decide if the corridor is ***one market or three***.\n',
    );
    expect(body).toMatch(
      /\n:::editors-desk\n\*\*Title:\*\* Strategic Analysis\\\n\*\*Desk:\*\* Harbourline Policy Desk\\\n\*\*Series:\*\* Strategic Insight\\\n\*\*Publication:\*\* The Harbourline Brief\n\nThe corridor question is really a sequencing question\.[^]*\*\*The cheapest moment to coordinate is before the first berth is rebuilt,\*\* not after\.[^]*\n:::\n/,
    );
    expect(body.indexOf('## Key Takeaways')).toBeLessThan(body.indexOf(':::editors-desk'));
    expect(body).toContain('\n## Why the grid sets the pace\n');
    expect(body).toContain(
      '\n### What has to happen first\n\n1. Grid connection applications filed for every berth in the corridor.\n2. A common method',
    );
    expect(body).toContain('\n> We can build the quays in two years.');
    expect(body).toContain('[next Connecting Europe call](https://example.org/connecting-europe-facility)');
    expect(body).toContain('\n- **Port A:** public grant approved;');
  });

  it('references images relatively and copies them beside the .md', () => {
    const { body, written } = file('full');
    const stem = path.basename(written.fileName, '.md');
    const images = [...body.matchAll(/!\[([^\]]*)\]\(([^)]+)\)/g)];
    expect(images).toHaveLength(1);
    expect(images[0]?.[1]).toMatch(/^Bar chart of container throughput/);
    const hero = parse(file('full').yamlText).hero.file;
    for (const ref of [images[0]?.[2] ?? '', hero]) {
      expect(ref.startsWith(`${stem}-assets/`)).toBe(true);
      expect(existsSync(path.join(outDir, ref))).toBe(true);
    }
    expect(written.assets.sort()).toEqual([images[0]?.[2], hero].sort());
  });

  it.each(['unicode', 'rtl-arabic'])('keeps the text of %s byte for byte', async (name) => {
    const stored = await brief(name);
    const { raw } = file(name);
    for (const text of [...textsOf(stored.body), stored.headline, stored.standfirst, stored.byline, stored.section, ...stored.tags]) {
      expect(raw).toContain(text);
    }
    expect(file(name).frontMatter).toMatchObject({ title: stored.headline, byline: stored.byline, tags: stored.tags });
  });

  it('writes no raw HTML and no unsafe link from the hostile brief', async () => {
    const { body, yamlText, frontMatter } = file('hostile');
    // Every "<" in the body is escaped ("\<"), so a Markdown reader shows it as text.
    expect(body).not.toMatch(/(?<!\\)</);
    expect(body).not.toMatch(/\]\(\s*(javascript|vbscript|data):/i);
    expect(body).not.toMatch(/(?<!\\)<script/i);
    expect(body).toContain('[mail the desk](mailto:desk@example.org?subject=%22%3E%3Cscript%3E');
    // Front matter is data: every string quoted, read back exactly as typed.
    const stored = await brief('hostile');
    expect(frontMatter).toMatchObject({ title: stored.headline, standfirst: stored.standfirst, byline: stored.byline, tags: stored.tags });
    for (const line of yamlText.trimEnd().split('\n')) expect(line).toMatch(/^\s*(- )?([A-Za-z]+: )?("|null$|\[\]$)|^\s*[A-Za-z]+:$/);
  });

  it('exportBriefMarkdown alone names the file from the headline and lists the images', async () => {
    const result = exportBriefMarkdown(await prepareForExport(store, ids.full ?? ''));
    expect(result.fileName).toBe(file('full').written.fileName);
    // Exported alone, the related brief has no file to point at.
    expect(result.markdown).toBe(file('full').raw.replace(/\n +file: "brief-[a-z0-9-]+\.md"/, ''));
    expect(result.assets).toHaveLength(2);
    expect(result.warnings).toEqual([]);
  });
});
