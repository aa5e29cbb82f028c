import { readFile, rm } from 'node:fs/promises';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportBriefHtml } from '../../../../../main/services/export/export-brief-html';
import { assetIdsOf, prepareForExport } from '../../../../../main/services/export/prepare-for-export';
import { importFile } from '../../../../../main/services/import/import-file';
import type { LibraryStore } from '../../../../../main/services/library/library-store';
import { bodySchema } from '../../../../../shared/editor/body-extensions';
import { mapEditorsDesks, resolveSyncedDesks } from '../../../../../shared/editor/nodes/editors-desk';
import { isAllowedLinkHref } from '../../../../../shared/editor/link-policy';
import type { BodyDoc, Brief, PmNodeJson } from '../../../../../shared/model/brief';
import { createFixtureLibrary, FIXTURE_NAMES } from '../../../../fixtures/briefs/fixture-library';
import { hostileMarkupIn } from '../../../support/hostile-markup';
import { storeFixture } from '../../../support/store-fixtures';

const fixture = storeFixture();
let source: LibraryStore;
let ids: Record<string, string>;
let sourceDir: string;

beforeAll(async () => {
  sourceDir = await mkdtemp(join(tmpdir(), 'briefdesk-import-html-'));
  ({ store: source, ids } = await createFixtureLibrary(sourceDir));
});

afterAll(async () => {
  await source.close();
  await rm(sourceDir, { recursive: true, force: true });
});

function idOf(name: string): string {
  const id = ids[name];
  if (id === undefined) throw new Error(`no fixture ${name}`);
  return id;
}

/** The href of every link mark in a body. */
function linkTargets(node: PmNodeJson): string[] {
  const own = (node.marks ?? []).flatMap((mark) => (mark.type === 'link' ? [String(mark.attrs?.href)] : []));
  return [...own, ...(node.content ?? []).flatMap(linkTargets)];
}

/** The same document with every attribute the schema gives a default (how the editor holds it). */
function normalised(body: BodyDoc): unknown {
  return bodySchema().nodeFromJSON(body).toJSON();
}

/** What an exported page shows of a body: synced desks as detached copies of their library block's text. */
function asShown(brief: Brief): BodyDoc {
  const { body } = resolveSyncedDesks(brief.body, (id) => source.deskLibrary.lookup(id));
  return mapEditorsDesks(body, (desk) => ({ ...desk, attrs: { ...desk.attrs, libraryRef: null } }));
}

async function exportedPage(name: string): Promise<string> {
  return (await exportBriefHtml(await prepareForExport(source, idOf(name)), { images: 'embed', stem: name })).html;
}

describe('HTML import of Briefdesk pages', () => {
  it.each(FIXTURE_NAMES.filter((name) => name !== 'hostile'))('restores the %s fixture exactly from its exported page', async (name) => {
    const target = await fixture.open(await fixture.tempDir());
    const original = await source.get(idOf(name));
    const report = await importFile(target, Buffer.from(await exportedPage(name)), `${name}.html`);
    expect(report.format).toBe('html');
    expect(report.headline).toBe(original.headline);
    const imported = await target.get(report.id);
    const fields = (brief: Brief) => {
      const { section, headline, standfirst, byline, tags, language, hero, related, createdAt } = brief;
      return { section, headline, standfirst, byline, tags, language, hero, related, createdAt };
    };
    expect(fields(imported)).toEqual(fields(original));
    // The workflow status is not on a published page: an imported page is a draft.
    expect(imported.status).toBe('draft');
    expect(normalised(imported.body)).toEqual(normalised(asShown(original)));
    for (const asset of assetIdsOf(original)) {
      expect(await readFile(target.assetPath(asset) ?? '')).toEqual(await readFile(source.assetPath(asset) ?? ''));
    }
  });

  it('reports what it recognised in the full fixture', async () => {
    const target = await fixture.open(await fixture.tempDir());
    const report = await importFile(target, Buffer.from(await exportedPage('full')), 'full.html');
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
    expect(report.warnings).toEqual([]);
  });

  it('brings back the hostile fixture with its text as text, and nothing that runs', async () => {
    const target = await fixture.open(await fixture.tempDir());
    const original = await source.get(idOf('hostile'));
    const page = await exportedPage('hostile');
    const report = await importFile(target, Buffer.from(page), 'hostile.html');
    const imported = await target.get(report.id);
    // Markup typed into fields is text, and comes back as the same text.
    expect({ ...imported, related: [] }).toMatchObject({
      section: original.section,
      headline: original.headline,
      standfirst: original.standfirst,
      byline: original.byline,
      tags: original.tags,
      hero: original.hero,
    });
    const again = await exportBriefHtml(await prepareForExport(target, report.id), { images: 'embed', stem: 'again' });
    const document = new JSDOM(again.html).window.document;
    expect(hostileMarkupIn(document, again.html)).toEqual([]);
    // The page the import made shows the same text in the same structure; links that had lost their
    // target on the way out (javascript:, data:, vbscript:) are plain text now rather than empty <a>s.
    const shape = (html: string) => {
      const body = new JSDOM(html).window.document.querySelector('.brief-body');
      for (const link of Array.from(body?.querySelectorAll('a:not([href])') ?? [])) link.replaceWith(...Array.from(link.childNodes));
      return { text: body?.textContent, elements: Array.from(body?.querySelectorAll('*') ?? []).map((element) => element.localName) };
    };
    expect(shape(again.html)).toEqual(shape(page));
    expect(linkTargets(imported.body).every(isAllowedLinkHref)).toBe(true);
  });
});
