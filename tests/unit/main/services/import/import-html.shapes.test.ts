import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { importFile } from '../../../../../main/services/import/import-file';
import { LibraryStore } from '../../../../../main/services/library/library-store';
import type { Brief, PmNodeJson } from '../../../../../shared/model/brief';

// Saved web pages as other sites write them: the note shapes pages use, links
// relative to the page's address, heading levels, style sheets jsdom cannot
// read, and the page's language.

let work: string;
let store: LibraryStore;

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'briefdesk-import-html-shapes-'));
  store = await LibraryStore.open(path.join(work, 'library'));
});

afterAll(async () => {
  await store.close();
  await rm(work, { recursive: true, force: true });
});

afterEach(() => {
  vi.restoreAllMocks();
});

async function importPage(html: string, name = 'page.html'): Promise<{ brief: Brief; warnings: string[] }> {
  const report = await importFile(store, new TextEncoder().encode(html), name);
  return { brief: await store.get(report.id), warnings: report.warnings };
}

const nodesOf = (node: PmNodeJson, type: string): PmNodeJson[] =>
  node.type === type ? [node] : (node.content ?? []).flatMap((child) => nodesOf(child, type));

const textOf = (node: PmNodeJson): string => (node.type === 'text' ? (node.text ?? '') : (node.content ?? []).map(textOf).join(''));

/** Every link mark's address, notes included. */
const hrefsOf = (node: PmNodeJson): string[] => [
  ...(node.marks ?? []).flatMap((mark) => (mark.type === 'link' && typeof mark.attrs?.href === 'string' ? [mark.attrs.href] : [])),
  ...(node.content ?? []).flatMap(hrefsOf),
];

const page = (body: string, head = '', lang = 'en'): string =>
  `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"><title>Harbour queues</title>${head}</head><body><article>${body}</article></body></html>`;

const ARTICLE = (notes: { refs: [string, string]; list: string }): string =>
  `<h1>Harbour queues</h1><p>Berths are full this spring and the wait grows longer.${notes.refs[0]}</p>` +
  `<p>Operators blame the cranes and the rota as much as the weather.${notes.refs[1]}</p>` +
  `<p>A third paragraph keeps the article long enough to be an article, with more words about berths.</p>${notes.list}`;

describe('notes in the shapes web pages write them', () => {
  const shapes = {
    pandoc: {
      refs: [
        '<a href="#fn1" class="footnote-ref" id="fnref1" role="doc-noteref"><sup>1</sup></a>',
        '<a href="#fn2" class="footnote-ref" id="fnref2" role="doc-noteref"><sup>2</sup></a>',
      ],
      list:
        '<section id="footnotes" class="footnotes" role="doc-endnotes"><hr><ol>' +
        '<li id="fn1"><p>Port statistics, March.<a href="#fnref1" class="footnote-back" role="doc-backlink">↩︎</a></p></li>' +
        '<li id="fn2"><p>Interview with a <em>pilot</em>.<a href="#fnref2" class="footnote-back" role="doc-backlink">↩︎</a></p></li></ol></section>',
    },
    dpub: {
      refs: [
        '<sup><a href="#note-1" id="ref-1" role="doc-noteref">1</a></sup>',
        '<sup><a href="#note-2" id="ref-2" role="doc-noteref">2</a></sup>',
      ],
      list:
        '<section role="doc-endnotes"><h2>Notes</h2><ol><li id="note-1" role="doc-endnote">Port statistics, March. <a href="#ref-1" role="doc-backlink">Back</a></li>' +
        '<li id="note-2" role="doc-endnote">Interview with a <em>pilot</em>. <a href="#ref-2" role="doc-backlink">Back</a></li></ol></section>',
    },
    plain: {
      refs: ['<sup><a href="#n1">[1]</a></sup>', '<sup><a href="#n2">[2]</a></sup>'],
      list: '<h3>Notes</h3><ol><li id="n1">Port statistics, March.</li><li id="n2">Interview with a <em>pilot</em>.</li></ol>',
    },
  } as const;

  for (const [shape, notes] of Object.entries(shapes)) {
    it(`${shape}: each note becomes a footnote where its reference stood, with no marker, back link or notes list left`, async () => {
      const { brief } = await importPage(page(ARTICLE({ refs: [...notes.refs], list: notes.list })), `${shape}.html`);
      const footnotes = nodesOf(brief.body, 'footnote');
      expect(footnotes.map(textOf)).toEqual(['Port statistics, March.', 'Interview with a pilot.']);
      expect(nodesOf(footnotes[1] ?? { type: 'doc' }, 'text').some((node) => node.marks?.some((mark) => mark.type === 'italic'))).toBe(
        true,
      );
      const text = textOf(brief.body);
      expect(text).not.toMatch(/\[\d\]|↩|Back|Notes/);
      expect(text).toContain('the wait grows longer.');
      const paragraphs = nodesOf(brief.body, 'paragraph');
      expect(paragraphs.filter((paragraph) => nodesOf(paragraph, 'footnote').length > 0)).toHaveLength(2);
    });
  }
});

describe('links of a saved page', () => {
  const body =
    '<h1>Harbour queues</h1><h2 id="cranes">Cranes</h2><p>The <a href="/data/berths">berth data</a>, <a href="../archive/2024.html">last year</a>, ' +
    '<a href="https://port.example.org/rota">the rota</a> and <a href="#cranes">the cranes above</a> tell one story about berths and cranes and queues.</p>' +
    '<p>More text so that the page reads as an article about berths, cranes, rotas and the long queues of the spring.</p>';

  it('resolves relative links against the canonical address and keeps in-page links on their heading', async () => {
    const { brief, warnings } = await importPage(page(body, '<link rel="canonical" href="https://news.example.com/world/harbour.html">'));
    expect(hrefsOf(brief.body)).toEqual([
      'https://news.example.com/data/berths',
      'https://news.example.com/archive/2024.html',
      'https://port.example.org/rota',
      '#cranes',
    ]);
    expect(nodesOf(brief.body, 'heading').map((heading) => heading.attrs?.anchor)).toContain('cranes');
    expect(warnings.filter((warning) => /relative/.test(warning))).toEqual([]);
  });

  it('resolves them against <base> when the page has one', async () => {
    const { brief } = await importPage(page(body, '<base href="https://news.example.com/world/">'));
    expect(hrefsOf(brief.body).slice(0, 2)).toEqual(['https://news.example.com/data/berths', 'https://news.example.com/archive/2024.html']);
  });

  it('keeps links it cannot resolve as written and names them in the report', async () => {
    const { brief, warnings } = await importPage(page(body));
    expect(hrefsOf(brief.body).slice(0, 2)).toEqual(['/data/berths', '../archive/2024.html']);
    const said = warnings.find((warning) => /relative to a site Briefdesk does not know/.test(warning));
    expect(said).toContain('/data/berths');
    expect(said).toContain('../archive/2024.html');
  });
});

describe('headings and the page around them', () => {
  it('keeps six heading levels apart: the title is the headline, h2–h6 keep their levels', async () => {
    const levels = [2, 3, 4, 5, 6]
      .map((level) => `<h${level}>Level ${level}</h${level}><p>Words under level ${level} about the harbour and its berths.</p>`)
      .join('');
    const { brief } = await importPage(
      page(`<h1>Harbour queues</h1><p>An opening paragraph about the berths and the queues.</p>${levels}`),
    );
    expect(brief.headline).toBe('Harbour queues');
    expect(nodesOf(brief.body, 'heading').map((heading) => [heading.attrs?.level, textOf(heading)])).toEqual([
      [2, 'Level 2'],
      [3, 'Level 3'],
      [4, 'Level 4'],
      [5, 'Level 5'],
      [6, 'Level 6'],
    ]);
  });

  it('moves an outline that starts at h3 up to h2, keeping the distances', async () => {
    const { brief } = await importPage(
      page(
        '<h1>Harbour queues</h1><p>Opening words about berths.</p><h3>Top</h3><p>Words about cranes.</p><h5>Deeper</h5><p>Words about rotas.</p>',
      ),
    );
    expect(nodesOf(brief.body, 'heading').map((heading) => heading.attrs?.level)).toEqual([2, 4]);
  });

  it('prints nothing of jsdom’s own when the page’s style sheets cannot be parsed, and says where web images are', async () => {
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { warnings } = await importPage(
      page(
        '<h1>Harbour queues</h1><p>Words about the berths and the queue.</p><img src="//cdn.example.com/crane.jpg" alt="A crane"><p>More words.</p>',
        '<style>@media {{{ broken</style><style>p { color: red</style>',
      ),
    );
    expect(stderr.mock.calls.map((call) => String(call[0])).join('')).not.toMatch(/CSS|stylesheet/i);
    expect(errors).not.toHaveBeenCalled();
    expect(warnings.join('\n')).toMatch(/web image.*cdn\.example\.com\/crane\.jpg/);
  });
});

describe('the language of a page', () => {
  it('takes the page’s own lang first', async () => {
    const { brief } = await importPage(
      page('<h1>Files d’attente</h1><p>Les quais sont pleins ce printemps et l’attente s’allonge.</p>', '', 'fr'),
    );
    expect(brief.language).toBe('fr');
  });

  it('counts Chinese characters fairly when the page does not say: a page mostly in Chinese is zh', async () => {
    const html = page(
      '<h1>港口排队</h1><p>今年春天泊位已满，等待时间越来越长。运营商认为起重机和排班与天气同样是原因。</p><p>Port data, March 2025.</p>',
    ).replace(' lang="en"', '');
    const { brief } = await importPage(html);
    expect(brief.language).toBe('zh');
  });
});
