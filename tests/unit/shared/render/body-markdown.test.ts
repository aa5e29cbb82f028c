import { JSDOM } from 'jsdom';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { readMarkdown } from '../../../../main/services/import/import-markdown';
import type { BodyDoc, PmNodeJson } from '../../../../shared/model/brief';
import { renderBodyMarkdown } from '../../../../shared/render/body-markdown';
import { hostileMarkupIn } from '../../support/hostile-markup';

const text = (value: string, marks?: PmNodeJson['marks']): PmNodeJson => ({ type: 'text', text: value, ...(marks ? { marks } : {}) });
const paragraph = (...content: PmNodeJson[]): PmNodeJson => ({ type: 'paragraph', content });
const doc = (...content: PmNodeJson[]): BodyDoc => ({ type: 'doc', content });
const link = (label: string, href: string): PmNodeJson => text(label, [{ type: 'link', attrs: { href } }]);
const desk = (attrs: Record<string, string>, ...content: PmNodeJson[]): PmNodeJson => ({
  type: 'editorsDesk',
  attrs: { title: '', deskName: '', series: '', publication: '', libraryRef: null, ...attrs },
  content,
});

/** How a Markdown viewer that passes raw HTML through (as many do) shows the export. */
const viewer = new MarkdownIt('default', { html: true });
function viewed(markdown: string): Document {
  return new JSDOM(`<!doctype html><body>${viewer.render(markdown)}`).window.document;
}

const noImages = (): string | null => null;

describe('links and images in the Markdown export', () => {
  it.each([
    ['parentheses (Wikipedia style)', 'https://en.wikipedia.org/wiki/Bridge_(disambiguation)'],
    ['nested parentheses', 'https://example.org/a_(b_(c))_d'],
    ['an unbalanced parenthesis', 'https://example.org/smile:)'],
    ['spaces and quotes', 'https://example.org/a b/"quoted"'],
    ['angle brackets and a backslash', 'https://example.org/x<y>z\\w'],
    ['brackets in the query', 'https://example.org/search?q=[a]&sort=(date)'],
    ['a mail address with a subject', 'mailto:desk@example.org?subject=Brief (draft)'],
  ])('a link whose target has %s opens that target', (_label, href) => {
    const markdown = renderBodyMarkdown(doc(paragraph(text('See '), link('the page', href), text(' now.'))), { imageUrl: noImages });
    const anchors = [...viewed(markdown).querySelectorAll('a')];
    expect(anchors.map((anchor) => anchor.textContent)).toEqual(['the page']);
    // The viewer may percent-encode what the export wrote as is (brackets): the same address either way.
    expect(decodeURI(anchors[0]?.getAttribute('href') ?? '')).toBe(decodeURI(new URL(href).href));
  });

  it.each(['javascript:alert(1)', ' JaVaScRiPt:alert(1)', 'file:///etc/passwd', 'data:text/html,<script>alert(1)</script>', 'vbscript:x'])(
    'a link to %s keeps its text and loses its target',
    (href) => {
      const markdown = renderBodyMarkdown(doc(paragraph(link('click', href))), { imageUrl: noImages });
      const document = viewed(markdown);
      expect(document.querySelectorAll('a')).toHaveLength(0);
      expect(document.body.textContent?.trim()).toBe('click');
    },
  );

  it.each([
    ['a space', 'my brief-assets/chart 1.png'],
    ['parentheses', 'assets/chart (1).png'],
    ['quotes and brackets', 'assets/"q" <x>.png'],
  ])('an image whose path has %s points at that file', (_label, path) => {
    const body = doc({ type: 'image', attrs: { src: 'asset:x.png', alt: 'A chart' } });
    const markdown = renderBodyMarkdown(body, { imageUrl: () => path });
    const images = [...viewed(markdown).querySelectorAll('img')];
    expect(images.map((image) => image.getAttribute('alt'))).toEqual(['A chart']);
    expect(decodeURIComponent(images[0]?.getAttribute('src') ?? '')).toBe(path);
  });
});

describe("the Editor's Desk container", () => {
  it('holds lines of colons, fences and directives typed in the analysis or the body, and comes back whole', async () => {
    const body = doc(
      desk(
        { title: 'Ratios :::', deskName: 'Desk ::: one', series: ':::', publication: 'Pub' },
        paragraph(text(':::')),
        paragraph(text('::::editors-desk')),
        paragraph(text('::: note')),
        paragraph(text('The ratio is 3:1; the rest is analysis.')),
      ),
      paragraph(text(':::editors-desk')),
      paragraph(text('::: After the desk.')),
    );
    const markdown = renderBodyMarkdown(body, { imageUrl: noImages });
    const draft = await readMarkdown('desk.md', markdown, undefined);
    expect(draft.content.body).toEqual(body);
  });

  it('keeps a desk next to another desk apart', async () => {
    const body = doc(desk({ title: 'First' }, paragraph(text('One.'))), desk({ title: 'Second' }, paragraph(text('::'), text(' Two.'))));
    const draft = await readMarkdown('desks.md', renderBodyMarkdown(body, { imageUrl: noImages }), undefined);
    expect(draft.content.body.content?.map((node) => [node.type, node.attrs?.title])).toEqual([
      ['editorsDesk', 'First'],
      ['editorsDesk', 'Second'],
    ]);
  });
});

describe('markup typed into the body', () => {
  const HOSTILE = '<script>window.__pwned=1</script><img src=x onerror=window.__pwned=1> &lt;b&gt; <!-- x --> <a href="javascript:1">a</a>';

  it('stays text in every part of the body, in a viewer that passes HTML through', () => {
    const body = doc(
      { type: 'heading', attrs: { level: 2 }, content: [text(HOSTILE)] },
      paragraph(text(HOSTILE), text(HOSTILE, [{ type: 'bold' }]), text(HOSTILE, [{ type: 'code' }]), link(HOSTILE, 'https://example.org/')),
      { type: 'keyTakeaways', content: [{ type: 'takeaway', content: [text(HOSTILE)] }] },
      desk({ title: HOSTILE, deskName: HOSTILE, series: HOSTILE, publication: HOSTILE }, paragraph(text(HOSTILE))),
      { type: 'blockquote', content: [paragraph(text(HOSTILE))] },
      { type: 'bulletList', content: [{ type: 'listItem', content: [paragraph(text(HOSTILE))] }] },
      { type: 'image', attrs: { src: 'asset:x.png', alt: HOSTILE } },
    );
    const markdown = renderBodyMarkdown(body, { imageUrl: () => `brief-assets/${'a'.repeat(64)}.png` });
    const document = viewed(markdown);
    const html = document.body.innerHTML;
    expect(hostileMarkupIn(document, `<script type="application/ld+json"></script>${html}`)).toEqual([]);
    expect(document.querySelectorAll('script, b')).toHaveLength(0);
    // Each part still reads as what was typed.
    const typed = document.body.textContent ?? '';
    expect(typed.split('<script>window.__pwned=1</script>').length - 1).toBeGreaterThanOrEqual(9);
  });
});
