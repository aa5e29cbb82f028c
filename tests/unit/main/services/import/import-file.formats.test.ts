import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportBriefJson } from '../../../../../main/services/export/export-brief-json';
import { prepareForExport } from '../../../../../main/services/export/prepare-for-export';
import { importFile } from '../../../../../main/services/import/import-file';
import { detectImportFormat } from '../../../../../main/services/import/import-format';
import { LibraryStore } from '../../../../../main/services/library/library-store';
import type { Brief, PmNodeJson } from '../../../../../shared/model/brief';
import { plainTextOf } from '../../../../../shared/model/word-count';
import { createFixtureLibrary } from '../../../../fixtures/briefs/fixture-library';
import { buildDocx } from '../../docx-builder';
import { TINY_PNG } from '../../../support/store-fixtures';

const FIXTURES = path.resolve(import.meta.dirname, '../../../../fixtures/import');

let work: string;
let store: LibraryStore;

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'briefdesk-import-formats-'));
  store = await LibraryStore.open(path.join(work, 'library'));
});

afterAll(async () => {
  await store.close();
  await rm(work, { recursive: true, force: true });
});

const fixtureBytes = (name: string): Promise<Buffer> => readFile(path.join(FIXTURES, name));
const blocks = (brief: Brief, type: string): PmNodeJson[] => (brief.body.content ?? []).filter((node) => node.type === type);
const texts = (nodes: PmNodeJson[] | undefined): string[] => (nodes ?? []).map(plainTextOf);

async function imported(bytes: Uint8Array, fileName: string) {
  const report = await importFile(store, bytes, fileName);
  return { report, brief: await store.get(report.id) };
}

describe('Markdown written elsewhere', () => {
  it('maps common front-matter keys, keeps unknown ones in the body and reads the blocks', async () => {
    const { brief, report } = await imported(await fixtureBytes('brief.md'), 'brief.md');
    expect(brief).toMatchObject({
      headline: 'Cold Storage, Hot Politics: The Fight Over the Northern Grain Reserve',
      standfirst:
        "A plan to pool three countries' grain stocks in one northern reserve has stalled over who may draw on it first, and at what price.",
      byline: 'Sanna Ruotsalainen and Tomas Berger',
      section: 'Food Security',
      tags: ['grain', 'reserves', 'trade'],
      language: 'en-GB',
      createdAt: '2025-04-14T00:00:00.000Z',
      status: 'draft',
    });
    expect(texts(blocks(brief, 'keyTakeaways')[0]?.content)).toEqual([
      'Three governments agreed in principle to pool their emergency grain stocks.',
      'The draft gives each a drawing right proportional to what it deposits.',
      'Exporters fear the reserve will be used to cap harvest prices.',
    ]);
    const [desk] = blocks(brief, 'editorsDesk');
    expect(desk?.attrs).toEqual({
      title: 'Why the Rules Matter More Than the Silos',
      deskName: 'Northern Markets Desk',
      series: 'Strategic Insight',
      publication: 'The Granary Letter',
      libraryRef: null,
    });
    expect(desk?.content?.map((node) => node.type)).toEqual(['paragraph', 'bulletList']);
    const body = JSON.stringify(brief.body);
    expect(body).toContain('"href":"https://example.org/grain-2022"');
    expect(body).toContain('{"type":"strike"}');
    expect(texts(blocks(brief, 'heading'))).toEqual(['What the draft says']);
    expect(texts(blocks(brief, 'paragraph')).at(-1)).toBe('cover_colour: teal');
    expect(report.warnings).toEqual(['Unrecognised front-matter keys kept in the body: cover_colour.']);
    expect(report.recognised).toContain("Editor's Desk “Why the Rules Matter More Than the Silos” with sign-off");
  });

  it('takes the headline from a "# " heading and the standfirst from the paragraph after it when there is no front matter', async () => {
    const { brief } = await imported(
      Buffer.from('# Port Strike Ends\n\nDockers accept a three-year deal.\n\nThe strike lasted nine days.\n'),
      'notes.md',
    );
    expect(brief).toMatchObject({ headline: 'Port Strike Ends', standfirst: 'Dockers accept a three-year deal.' });
    expect(texts(blocks(brief, 'paragraph'))).toEqual(['The strike lasted nine days.']);
  });

  it('refuses broken front matter with the YAML problem', async () => {
    await expect(importFile(store, Buffer.from('---\ntitle: [unclosed\n---\nBody\n'), 'broken.md')).rejects.toMatchObject({
      code: 'invalid_input',
      reason: expect.stringMatching(/^The front matter \(the YAML between the --- lines\) cannot be read: /),
    });
  });
});

describe('a web page that is not a Briefdesk export', () => {
  it('maps the article: headline, standfirst, byline, tags, section, date, language, takeaways and body', async () => {
    const { brief, report } = await imported(await fixtureBytes('foreign-article.html'), 'foreign-article.html');
    expect(brief).toMatchObject({
      headline: 'Ferry operators brace for a winter of shorter crossings',
      standfirst:
        'New weather rules will cancel more sailings in high winds, and island councils say the timetable was never tested against a real storm season.',
      byline: 'Ines Carvalho',
      tags: ['ferries', 'islands', 'transport'],
      section: 'Transport',
      language: 'en-US',
      createdAt: '2025-10-02T06:30:00Z',
      hero: null,
    });
    expect(texts(blocks(brief, 'keyTakeaways')[0]?.content)).toEqual([
      'Sailings will stop at lower wind speeds from November.',
      'Island councils want guaranteed freight slots.',
      'The operator says new vessels arrive in 2027.',
    ]);
    const text = plainTextOf(brief.body);
    // Site navigation and footer are not the article; the web image is not fetched, its description stays.
    expect(text).not.toContain('Home');
    expect(text).not.toContain('Coastal Times');
    expect(text).toContain('A car ferry leaving a small harbour in grey weather');
    expect(text).toContain('The morning sailing leaves Port Ellen.');
    expect(texts(blocks(brief, 'heading'))).toEqual(['Councils push back']);
    // The page's advertisement is not the article either (Readability leaves it out).
    expect(text).not.toContain('Advertisement');
    const body = JSON.stringify(brief.body);
    // Inline CSS bold becomes bold; a relative link is kept as written, and the report says so (the page does not say where it lives).
    expect(body).toContain('{"type":"text","marks":[{"type":"bold"}],"text":"Tuesday"}');
    expect(body).toContain('"href":"https://example.org/timetable","target":null,"rel":"noopener noreferrer","class":null');
    expect(body).toContain('"href":"/transport/archive"');
    expect(report.warnings).toEqual([
      '1 link is relative to a site Briefdesk does not know: “/transport/archive”. It was kept as written; give it its full address before publishing.',
      '1 web image was left out (Briefdesk does not fetch from the network): “https://images.example.net/ferry.jpg”; the description is kept as text.',
    ]);
    expect(report.recognised).toContainEqual(expect.stringMatching(/^Kept the article, \d+ words; left out the page's navigation/));
    expect(report.pageKept).toBe('article');
  });
});

describe('a document saved as HTML by a word processor', () => {
  it('reads the desk from plain paragraphs, bold from inline styles, and a headline above the article', async () => {
    const page = `<!doctype html><html><head><meta charset="utf-8"><title>Doc</title></head><body>
      <header><h1>Reservoir Rules <script>window.__pwned=1</script>Draft</h1></header>
      <main><b style="font-weight:normal" id="docs-internal-guid-1">
      <p><span style="font-weight:400">Negotiators meet again next week.</span></p>
      <p><span>Editor’s</span></p><p><span>Desk</span></p>
      <p><span>Strategic Analysis</span></p>
      <p><span>Storage rules matter more than </span><span style="font-weight:700">average flows</span><span>, because droughts are when trust is tested.</span></p>
      <p>Basin Desk</p><p>Strategic Insight</p><p>The Watershed Review</p>
      <p><span style="font-style:italic">The talks resume on Monday in the capital, with observers from the downstream unions.</span></p>
      </b></main></body></html>`;
    const { brief } = await imported(Buffer.from(page), 'google-doc.html');
    expect(brief.headline).toBe('Reservoir Rules Draft');
    expect(brief.standfirst).toBe('Negotiators meet again next week.');
    const [desk] = blocks(brief, 'editorsDesk');
    expect(desk?.attrs).toEqual({
      title: 'Strategic Analysis',
      deskName: 'Basin Desk',
      series: 'Strategic Insight',
      publication: 'The Watershed Review',
      libraryRef: null,
    });
    expect(JSON.stringify(desk?.content)).toContain('{"type":"text","marks":[{"type":"bold"}],"text":"average flows"}');
    const [after] = blocks(brief, 'paragraph');
    expect(after?.content).toEqual([
      {
        type: 'text',
        marks: [{ type: 'italic' }],
        text: 'The talks resume on Monday in the capital, with observers from the downstream unions.',
      },
    ]);
  });
});

describe('Word documents', () => {
  it('reads title, subtitle, a picture with its caption, takeaways, the desk and links', async () => {
    const docx = buildDocx([
      { style: 'Title', runs: [{ text: 'Basin Talks Resume in Lortsa' }] },
      { style: 'Subtitle', runs: [{ text: 'Three delegations, one river, and a drought clause nobody has written yet.' }] },
      { image: { png: TINY_PNG, alt: 'Delegates around a long table' } },
      { style: 'Caption', runs: [{ text: 'The opening session on Monday.' }] },
      { style: 'Heading 1', runs: [{ text: 'Key Takeaways' }] },
      { runs: [{ text: '1. Talks resumed after a year.' }] },
      { runs: [{ text: '2. A gauge-sharing office is agreed.' }] },
      { style: 'Heading 2', runs: [{ text: "Editor's Desk" }] },
      { runs: [{ text: 'Strategic Analysis' }] },
      {
        runs: [{ text: 'The drought clause is the whole negotiation; ' }, { text: 'everything else is detail', bold: true }, { text: '.' }],
      },
      { runs: [{ text: 'Basin Desk' }] },
      {
        runs: [
          { text: 'Officials will meet again in May, ' },
          { text: 'according to the ministry', link: 'https://example.org/ministry' },
          { text: '.' },
        ],
      },
    ]);
    const { brief, report } = await imported(docx, 'talks.docx');
    expect(report.format).toBe('docx');
    expect(brief.headline).toBe('Basin Talks Resume in Lortsa');
    expect(brief.standfirst).toBe('Three delegations, one river, and a drought clause nobody has written yet.');
    expect(brief.hero).toEqual({
      asset: expect.stringMatching(/^[a-f0-9]{64}\.png$/),
      alt: 'Delegates around a long table',
      caption: 'The opening session on Monday.',
      credit: '',
    });
    expect(await readFile(store.assetPath(brief.hero?.asset ?? '') ?? '')).toEqual(TINY_PNG);
    expect(texts(blocks(brief, 'keyTakeaways')[0]?.content)).toEqual(['Talks resumed after a year.', 'A gauge-sharing office is agreed.']);
    expect(blocks(brief, 'editorsDesk')[0]?.attrs).toMatchObject({ title: 'Strategic Analysis', deskName: 'Basin Desk' });
    expect(JSON.stringify(brief.body)).toContain('"href":"https://example.org/ministry"');
  });
});

describe('Unicode in every format', () => {
  const HEADLINE = '\u200fמים משותפים: השיחות על אגן הנהר נמשכות';
  const STANDFIRST = 'המשלחות חוזרות לשולחן — “בלי תנאים מוקדמים” — אחרי חורף יבש 🌊';
  const POINTS = ['שלוש המדינות מסכימות על מדידה משותפת 📈', '中文：“再升级” co\u2011operation, re\u2011export'];
  const BODY = 'מסמך הטיוטה כולל “סעיף יובש” חדש; non\u2011breaking hyphens stay: T\u20111000 😌';

  const docx = (): Uint8Array =>
    buildDocx([
      { style: 'Title', runs: [{ text: HEADLINE }] },
      { runs: [{ text: STANDFIRST }] },
      { runs: [{ text: 'Key Takeaways' }] },
      ...POINTS.map((point, index) => ({ runs: [{ text: `${index + 1}. ${point}` }] })),
      { runs: [{ text: BODY }] },
    ]);

  it.each([
    ['unicode.md', 'markdown'],
    ['unicode.html', 'html'],
    ['unicode.txt', 'text'],
    ['unicode.docx', 'docx'],
  ])('%s keeps Hebrew, Chinese, emoji, curly quotes and U+2011 as they are', async (name, format) => {
    const bytes = name.endsWith('.docx') ? docx() : await fixtureBytes(name);
    const { brief, report } = await imported(bytes, name);
    expect(report.format).toBe(format);
    expect(brief).toMatchObject({ headline: HEADLINE, standfirst: STANDFIRST, language: 'he' });
    expect(texts(blocks(brief, 'keyTakeaways')[0]?.content)).toEqual(POINTS);
    expect(texts(blocks(brief, 'paragraph'))).toEqual([BODY]);
  });

  it('keeps byline and tags from Markdown front matter and an HTML page', async () => {
    expect((await imported(await fixtureBytes('unicode.md'), 'unicode.md')).brief).toMatchObject({
      byline: 'מאת נועה לוי & Zoë O’Brien',
      tags: ['מים', 'דיפלומטיה', '供应链 🔗'],
    });
    expect((await imported(await fixtureBytes('unicode.html'), 'unicode.html')).brief.byline).toBe('נועה לוי & Zoë O’Brien');
  });

  it('unicode.json (a Briefdesk export) keeps every character', async () => {
    const fixtures = await createFixtureLibrary(path.join(work, 'fixtures'));
    const exported = await exportBriefJson(await prepareForExport(fixtures.store, fixtures.ids.unicode ?? ''));
    await fixtures.store.close();
    const { brief } = await imported(Buffer.from(JSON.stringify(exported)), 'unicode.json');
    expect(brief.headline).toBe(exported.brief.headline);
    expect(brief.body).toEqual(exported.brief.body);
  });
});

describe('telling the format', () => {
  it.each([
    ['export.json', '{}', 'json'],
    ['page.HTM', 'plain words', 'html'],
    ['notes.markdown', 'x', 'markdown'],
    ['letter.txt', '<html>', 'text'],
    ['clipboard', '{"format": "briefdesk-brief", "version": 1}', 'json'],
    ['saved-page', '<!-- saved --><!DOCTYPE html><html><body>x</body></html>', 'html'],
    ['draft', '---\ntitle: "x"\n---\nBody', 'markdown'],
    ['memo', 'Just some text', 'text'],
  ])('%s is read as %s', (fileName, content, format) => {
    expect(detectImportFormat(fileName, Buffer.from(content))).toBe(format);
  });

  it('a zip without an extension is read as a Word document', () => {
    expect(detectImportFormat('upload', buildDocx([{ runs: [{ text: 'x' }] }]))).toBe('docx');
  });

  it('imports an HTML page without an extension as HTML', async () => {
    const { report } = await imported(await fixtureBytes('foreign-article.html'), 'download');
    expect(report).toMatchObject({ format: 'html', headline: 'Ferry operators brace for a winter of shorter crossings' });
  });
});
