import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportBriefMarkdown } from '../../../../../main/services/export/export-brief-markdown';
import { assetIdsOf, prepareForExport } from '../../../../../main/services/export/prepare-for-export';
import { importFile, importFileFromDisk } from '../../../../../main/services/import/import-file';
import type { LibraryStore } from '../../../../../main/services/library/library-store';
import { headingSlug } from '../../../../../shared/editor/heading-slug';
import { bodySchema } from '../../../../../shared/editor/body-extensions';
import { mapEditorsDesks, resolveSyncedDesks } from '../../../../../shared/editor/nodes/editors-desk';
import { type BodyDoc, BodyDoc as BodyDocSchema, type Brief, type PmNodeJson } from '../../../../../shared/model/brief';
import { createFixtureLibrary, FIXTURE_NAMES } from '../../../../fixtures/briefs/fixture-library';
import { storeFixture } from '../../../support/store-fixtures';

const fixture = storeFixture();
let source: LibraryStore;
let ids: Record<string, string>;
let work: string;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'briefdesk-import-md-'));
  ({ store: source, ids } = await createFixtureLibrary(join(work, 'source')));
});

afterAll(async () => {
  await source.close();
  await rm(work, { recursive: true, force: true });
});

function idOf(name: string): string {
  const id = ids[name];
  if (id === undefined) throw new Error(`no fixture ${name}`);
  return id;
}

/** Writes a brief's Markdown export (the .md and its images) into a new folder; answers the .md's path. */
async function exportToFolder(name: string): Promise<string> {
  const exported = exportBriefMarkdown(await prepareForExport(source, idOf(name)), { stem: name });
  const dir = await mkdtemp(join(work, `${name}-`));
  await writeFile(join(dir, exported.fileName), exported.markdown);
  for (const asset of exported.assets) {
    await mkdir(dirname(join(dir, asset.relativePath)), { recursive: true });
    await copyFile(asset.sourcePath, join(dir, asset.relativePath));
  }
  return join(dir, exported.fileName);
}

/** The anchors links in a body point at (`#anchor`). */
function linkedAnchors(node: PmNodeJson, found = new Set<string>()): Set<string> {
  for (const mark of node.marks ?? []) {
    const href = mark.attrs?.href;
    if (mark.type === 'link' && typeof href === 'string' && href.startsWith('#')) found.add(href.slice(1));
  }
  node.content?.forEach((child) => linkedAnchors(child, found));
  return found;
}

/**
 * What Markdown can carry of a body: no underline (the text stays), no image
 * size or title, no link title; a heading's anchor only as the one a
 * Markdown site gives its text, when a link points at it; synced desks as
 * detached copies of the text the export wrote; every attribute with the
 * schema's defaults.
 */
function markdownView(body: BodyDoc): unknown {
  const linked = linkedAnchors(body);
  const slugs = new Map<string, string>();
  const strip = (node: PmNodeJson): PmNodeJson => {
    const marks = node.marks
      ?.filter((mark) => mark.type !== 'underline')
      .map((mark) => (mark.type === 'link' ? { type: 'link', attrs: { href: mark.attrs?.href } } : mark));
    let attrs = node.type === 'image' ? { ...node.attrs, width: null, height: null, title: null } : node.attrs;
    if (node.type === 'heading') {
      const anchor = node.attrs?.anchor;
      const slug = headingSlug((node.content ?? []).map((child) => child.text ?? '').join(''));
      if (typeof anchor === 'string') slugs.set(anchor, slug);
      attrs = { ...node.attrs, anchor: typeof anchor === 'string' && linked.has(anchor) ? slug : null };
    }
    return {
      ...node,
      ...(attrs ? { attrs } : {}),
      ...(marks ? { marks } : {}),
      ...(node.content ? { content: node.content.map(strip) } : {}),
    };
  };
  const json = BodyDocSchema.parse(bodySchema().nodeFromJSON(body).toJSON());
  const stripped = JSON.stringify(strip(json)).replace(/"href":"#([^"]+)"/g, (whole, anchor: string) =>
    slugs.has(anchor) ? `"href":"#${slugs.get(anchor) ?? anchor}"` : whole,
  );
  return bodySchema().nodeFromJSON(JSON.parse(stripped)).toJSON();
}

function asExported(brief: Brief): BodyDoc {
  const { body } = resolveSyncedDesks(brief.body, (id) => source.deskLibrary.lookup(id));
  return mapEditorsDesks(body, (desk) => ({ ...desk, attrs: { ...desk.attrs, libraryRef: null } }));
}

describe('Markdown import of Briefdesk exports', () => {
  it.each(FIXTURE_NAMES.filter((name) => name !== 'hostile'))(
    'brings back the %s fixture from its Markdown export and images',
    async (name) => {
      const target = await fixture.open(await fixture.tempDir());
      const original = await source.get(idOf(name));
      const report = await importFileFromDisk(target, await exportToFolder(name));
      expect(report).toMatchObject({ format: 'markdown', headline: original.headline, warnings: [] });
      const imported = await target.get(report.id);
      const fields = (brief: Brief) => {
        const { section, headline, standfirst, byline, tags, status, language, hero, related, createdAt } = brief;
        return { section, headline, standfirst, byline, tags, status, language, hero, related, createdAt };
      };
      expect(fields(imported)).toEqual(fields(original));
      expect(markdownView(imported.body)).toEqual(markdownView(asExported(original)));
      for (const asset of assetIdsOf(original)) {
        expect(await readFile(target.assetPath(asset) ?? '')).toEqual(await readFile(source.assetPath(asset) ?? ''));
      }
    },
  );

  it('keeps takeaways, the desk block and links of the full fixture, and says so', async () => {
    const target = await fixture.open(await fixture.tempDir());
    const report = await importFileFromDisk(target, await exportToFolder('full'));
    expect(report.recognised).toEqual([
      'Headline',
      'Standfirst',
      'Section',
      'Byline',
      'Tags (4)',
      'Hero image with alt text',
      'Key Takeaways (5 points)',
      "Editor's Desk “Strategic Analysis” with sign-off",
      expect.stringMatching(/^Body \(\d+ paragraphs, 3 headings, 1 image\)$/),
      'Related briefs (2)',
    ]);
    const body = (await target.get(report.id)).body.content ?? [];
    const desk = body.find((node) => node.type === 'editorsDesk');
    expect(desk?.attrs).toEqual({
      title: 'Strategic Analysis',
      deskName: 'Harbourline Policy Desk',
      series: 'Strategic Insight',
      publication: 'The Harbourline Brief',
      libraryRef: null,
    });
    expect(JSON.stringify(desk?.content)).toContain('The cheapest moment to coordinate is before the first berth is rebuilt,');
  });

  it('warns that images beside the file cannot be read when only the bytes are given', async () => {
    const target = await fixture.open(await fixture.tempDir());
    const file = await exportToFolder('full');
    const report = await importFile(target, await readFile(file), 'full.md');
    expect(report.warnings).toEqual([
      expect.stringMatching(
        /^The hero image “full-assets\/[a-f0-9]{64}\.jpg” \(alt text: “Silhouetted container cranes.*”\) is a separate file: import the Markdown file together with its folder/,
      ),
      expect.stringMatching(
        /^2 images are separate files Briefdesk was not given: “full-assets\/[a-f0-9]{64}\.png”, “full-assets\/[a-f0-9]{64}\.jpg” \(import the file together with its folder, from the command line, to bring them in\); the description is kept as text\.$/,
      ),
    ]);
    const imported = await target.get(report.id);
    expect(imported.hero).toBeNull();
    // The inline image's description stays as text.
    expect(JSON.stringify(imported.body)).toContain('Bar chart of container throughput');
  });
});
