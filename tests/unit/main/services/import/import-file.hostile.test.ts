import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportBriefHtml } from '../../../../../main/services/export/export-brief-html';
import { exportBriefJson } from '../../../../../main/services/export/export-brief-json';
import { prepareForExport } from '../../../../../main/services/export/prepare-for-export';
import { importFile } from '../../../../../main/services/import/import-file';
import { LibraryStore } from '../../../../../main/services/library/library-store';
import { isAllowedLinkHref } from '../../../../../shared/editor/link-policy';
import type { PmNodeJson } from '../../../../../shared/model/brief';
import { createFixtureLibrary } from '../../../../fixtures/briefs/fixture-library';
import { buildDocx } from '../../docx-builder';
import { hostileMarkupIn } from '../../../support/hostile-markup';
import { TINY_PNG } from '../../../support/store-fixtures';

const FIXTURES = path.resolve(import.meta.dirname, '../../../../fixtures/import');
/** The attributes the body schema's nodes and marks have; anything else would be smuggled in. */
const KNOWN_ATTRS = new Set([
  'level',
  'start',
  'type',
  'src',
  'alt',
  'title',
  'width',
  'height',
  'deskName',
  'series',
  'publication',
  'libraryRef',
  'href',
  'target',
  'rel',
  'class',
]);

let work: string;
let store: LibraryStore;

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'briefdesk-import-hostile-'));
  store = await LibraryStore.open(path.join(work, 'library'));
});

afterAll(async () => {
  await store.close();
  await rm(work, { recursive: true, force: true });
});

/** What in a stored body could run or load something: links outside http(s)/mailto, images not from the library, unknown attributes. */
function executableIn(node: PmNodeJson): string[] {
  const findings: string[] = [];
  for (const mark of node.marks ?? []) {
    if (mark.type === 'link' && !isAllowedLinkHref(String(mark.attrs?.href))) findings.push(`link to ${String(mark.attrs?.href)}`);
    if (mark.attrs?.target) findings.push(`link target ${String(mark.attrs.target)}`);
  }
  for (const [name, value] of Object.entries(node.attrs ?? {})) {
    if (!KNOWN_ATTRS.has(name)) findings.push(`attribute ${name}`);
    if (name === 'src' && !/^asset:[a-f0-9]{64}\.(png|jpg|gif|webp|avif)$/.test(String(value))) findings.push(`image ${String(value)}`);
  }
  return [...findings, ...(node.content ?? []).flatMap(executableIn)];
}

async function importAndExport(bytes: Uint8Array, fileName: string) {
  const report = await importFile(store, bytes, fileName);
  const brief = await store.get(report.id);
  const page = await exportBriefHtml(await prepareForExport(store, report.id), { images: 'embed', stem: 'hostile' });
  return { report, brief, page: page.html, document: new JSDOM(page.html).window.document };
}

function hostileDocx(): Uint8Array {
  return buildDocx([
    { style: 'Title', runs: [{ text: '</title><script>window.__pwned=1</script> Hostile Word document' }] },
    { runs: [{ text: '<img src=x onerror=window.__pwned=1> standfirst' }] },
    { image: { png: TINY_PNG, alt: '" onerror="window.__pwned=1' } },
    {
      runs: [
        { text: 'javascript link', link: 'javascript:window.__pwned=1' },
        { text: ' vbscript', link: 'vbscript:msgbox(1)' },
      ],
    },
    { runs: [{ text: 'data link', link: 'data:text/html,<script>window.__pwned=1</script>' }, { text: ' <svg onload=window.__pwned=1>' }] },
    { runs: [{ text: 'safe link', link: 'https://example.org/ok' }] },
  ]);
}

describe('hostile input, in every import format', () => {
  it.each(['hostile.md', 'hostile.html', 'hostile.txt'])('%s: nothing executable is stored or exported', async (name) => {
    const { brief, page, document } = await importAndExport(await readFile(path.join(FIXTURES, name)), name);
    expect(executableIn(brief.body)).toEqual([]);
    expect(hostileMarkupIn(document, page)).toEqual([]);
    expect(brief.related.every((related) => related.kind === 'brief' || /^https?:/.test(related.url))).toBe(true);
  });

  it('hostile.html: the sanitizer keeps the text and the safe link', async () => {
    const { brief } = await importAndExport(await readFile(path.join(FIXTURES, 'hostile.html')), 'hostile.html');
    // The script inside the headline is gone; the description, written as text in the page, stays text.
    expect(brief.headline).toBe('Hostile page');
    expect(brief.standfirst).toBe('"><script>window.__pwned=1</script>');
    const json = JSON.stringify(brief.body);
    for (const text of ['javascript link', 'mixed case', 'vbscript link', 'data link', 'desk ', 'Styled ', 'safe link'])
      expect(json).toContain(text);
    expect(json).toContain('"href":"https://example.org/ok"');
    // Scripts, SVG, templates, noscript and forms go with their content.
    for (const gone of ['<script>', 'onerror', 'svg link', '"go"', 'srcdoc']) expect(json).not.toContain(gone);
  });

  it('hostile.md: markup in fields and raw HTML stays text or goes, never runs', async () => {
    const { brief, report } = await importAndExport(await readFile(path.join(FIXTURES, 'hostile.md')), 'hostile.md');
    // Front matter is data: typed markup is kept as the text it is (every export escapes it).
    expect(brief.headline).toBe('</title><script>window.__pwned=1</script> Hostile Markdown');
    expect(brief.hero).toBeNull();
    expect(brief.related).toEqual([{ kind: 'url', url: 'https://example.org/ok', title: '<img src=x onerror=window.__pwned=1>' }]);
    expect(report.warnings).toContain('A related brief in the front matter was left out: it has no web address (http or https).');
  });

  it('a Word document with hostile text and script hyperlinks', async () => {
    const { brief, page, document } = await importAndExport(hostileDocx(), 'hostile.docx');
    expect(executableIn(brief.body)).toEqual([]);
    expect(hostileMarkupIn(document, page)).toEqual([]);
    expect(brief.headline).toBe('</title><script>window.__pwned=1</script> Hostile Word document');
    expect(brief.hero?.alt).toBe('" onerror="window.__pwned=1');
    const json = JSON.stringify(brief.body);
    expect(json).toContain('javascript link');
    expect(json).toContain('"href":"https://example.org/ok"');
  });

  it('a Briefdesk JSON export of the hostile fixture imports losslessly and still exports clean', async () => {
    const dir = path.join(work, 'fixtures');
    const fixtures = await createFixtureLibrary(dir);
    const exported = await exportBriefJson(await prepareForExport(fixtures.store, fixtures.ids.hostile ?? ''));
    await fixtures.store.close();
    const { page, document, report } = await importAndExport(Buffer.from(JSON.stringify(exported)), 'hostile.json');
    expect(report.format).toBe('json');
    expect(hostileMarkupIn(document, page)).toEqual([]);
  });
});
