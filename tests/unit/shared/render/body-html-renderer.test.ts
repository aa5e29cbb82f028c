import { readFileSync } from 'node:fs';
import path from 'node:path';
import { getSchema } from '@tiptap/core';
import { DOMSerializer } from '@tiptap/pm/model';
import createDOMPurify from 'dompurify';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { bodyExtensions } from '../../../../shared/editor/body-extensions';
import { renderEndnotes } from '../../../../shared/editor/nodes/footnote';
import type { BodyDoc, PmNodeJson } from '../../../../shared/model/brief';
import { createBodyHtmlRenderer, hasParserChangedText } from '../../../../shared/render/body-html-renderer';
import { configureBodySanitizer, sanitizeBodyHtml } from '../../../../shared/render/sanitize-body-html';
import { FIXTURE_NAMES } from '../../../fixtures/briefs/fixture-library';

const fixturesDir = path.resolve(import.meta.dirname, '../../../fixtures/briefs');

/** Library images as a one-pixel data: URL, anything else left out (as the export does). */
const resolveImageSrc = (src: string): string | null =>
  src.startsWith('asset:')
    ? 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGNgYGD4DwABBAEAHnOcQAAAAABJRU5ErkJggg=='
    : null;

const window = new JSDOM('<!doctype html><html><body></body></html>').window;

/**
 * The body as the export rendered it before the renderer reused its DOM: the
 * serialized HTML parsed again by DOMPurify (a fresh schema per call).
 */
function renderThroughText(body: BodyDoc, resolve: (src: string) => string | null): string {
  const purify = createDOMPurify(window);
  configureBodySanitizer(purify);
  const schema = getSchema(bodyExtensions({ resolveImageSrc: resolve }));
  const container = window.document.createElement('div');
  container.append(DOMSerializer.fromSchema(schema).serializeFragment(schema.nodeFromJSON(body).content, { document: window.document }));
  renderEndnotes(container, window.document);
  return sanitizeBodyHtml(purify, container.innerHTML);
}

const text = (value: string, marks?: PmNodeJson['marks']): PmNodeJson => ({ type: 'text', text: value, ...(marks ? { marks } : {}) });
const paragraph = (...content: PmNodeJson[]): PmNodeJson => ({ type: 'paragraph', content });
const doc = (...content: PmNodeJson[]): BodyDoc => ({ type: 'doc', content }) as BodyDoc;

/** Bodies at the edges of what the schema allows: hostile attributes, parser-changed characters, empty blocks. */
const EDGE_BODIES: Record<string, BodyDoc> = {
  'one empty paragraph': doc(paragraph()),
  'CR, CRLF and NUL in text and attributes': doc(
    paragraph(text('one\r\ntwo\rthree\0four'), text('\0', [{ type: 'bold' }])),
    { type: 'heading', attrs: { level: 2 }, content: [text('a\rb')] },
    paragraph(text('link', [{ type: 'link', attrs: { href: 'https://example.org/\r\n?x=\0' } }])),
    { type: 'image', attrs: { src: 'asset:abc.png', alt: 'line\r\nbreak\0', title: 't\r' } },
  ),
  'markup-like text and attributes': doc(
    paragraph(text('a --> b <!-- c </p> <script>x</script> ]]> &amp; \u00a0')),
    { type: 'image', attrs: { src: 'asset:abc.png', alt: 'x --> </style> "quoted" <img src=x onerror=alert(1)>', title: '</textarea>' } },
    { type: 'image', attrs: { src: 'https://example.org/remote.png', alt: 'remote' } },
    paragraph(
      text('bad', [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }]),
      text(' good', [{ type: 'link', attrs: { href: 'https://example.org/a b"c', target: '_blank' } }, { type: 'italic' }]),
    ),
  ),
  'nested blocks and empty ones': doc(
    { type: 'heading', attrs: { level: 3 }, content: [] },
    { type: 'heading', attrs: { level: 4 }, content: [text('  ')] },
    {
      type: 'keyTakeaways',
      content: [
        { type: 'takeaway', content: [] },
        { type: 'takeaway', content: [text(' ')] },
      ],
    },
    {
      type: 'bulletList',
      content: [
        {
          type: 'listItem',
          content: [
            paragraph(text('item')),
            { type: 'keyTakeaways', content: [{ type: 'takeaway', content: [text('inside a list')] }] },
            { type: 'orderedList', attrs: { start: 3, type: 'a' }, content: [{ type: 'listItem', content: [paragraph(text('nested'))] }] },
          ],
        },
      ],
    },
    {
      type: 'editorsDesk',
      attrs: { title: ' ', deskName: 'Desk --> <b>', series: '', publication: 'Pub\r\n', libraryRef: 'ref-1' },
      content: [
        {
          type: 'blockquote',
          content: [paragraph(text('quoted', [{ type: 'code' }]), text(' struck', [{ type: 'strike' }, { type: 'underline' }]))],
        },
        { type: 'bulletList', content: [{ type: 'listItem', content: [paragraph({ type: 'hardBreak' })] }] },
      ],
    },
    { type: 'horizontalRule' },
  ),
};

function fixtureBody(name: string): BodyDoc {
  const file = JSON.parse(readFileSync(path.join(fixturesDir, `${name}.json`), 'utf8')) as { brief: { body: BodyDoc } };
  return file.brief.body;
}

describe('createBodyHtmlRenderer', () => {
  const render = createBodyHtmlRenderer(window);
  const bodies: [string, BodyDoc][] = [
    ...FIXTURE_NAMES.map((name): [string, BodyDoc] => [`fixture ${name}`, fixtureBody(name)]),
    ...Object.entries(EDGE_BODIES),
  ];

  // The reference below goes through the same sanitizer: it checks that reusing the DOM changes nothing.
  // What the sanitizer itself must let through or remove is checked against hand-written expectations
  // in "what reaches an exported page".
  it.each(bodies)('%s: gives the same HTML as sanitizing the serialized body', (_name, body) => {
    expect(render(body, resolveImageSrc)).toBe(renderThroughText(body, resolveImageSrc));
  });

  it('gives the same HTML when one renderer renders many bodies, in any order', () => {
    const once = bodies.map(([, body]) => render(body, resolveImageSrc));
    const again = [...bodies]
      .reverse()
      .map(([, body]) => render(body, resolveImageSrc))
      .reverse();
    expect(again).toEqual(once);
  });

  it("resolves each body's images with that call's resolver", () => {
    const body = doc({ type: 'image', attrs: { src: 'asset:abc.png', alt: 'chart' } });
    expect(render(body, (src) => `first-assets/${src.slice('asset:'.length)}`)).toContain('src="first-assets/abc.png"');
    expect(render(body, (src) => `second-assets/${src.slice('asset:'.length)}`)).toContain('src="second-assets/abc.png"');
    expect(render(body, () => null)).not.toContain('<img');
  });

  it('still refuses a body that does not fit the schema, and renders the next one', () => {
    const bad = doc({ type: 'script', content: [text('x')] });
    expect(() => render(bad, resolveImageSrc)).toThrow(/Unknown node type: script/);
    expect(render(doc(paragraph(text('fine'))), resolveImageSrc)).toBe('<p dir="auto">fine</p>');
  });
});

describe('what reaches an exported page', () => {
  const render = createBodyHtmlRenderer(window);
  /** Hands the sanitizer whatever image source a body names after "as-is:", as a resolver with a bug would. */
  const passThrough = (src: string): string | null => (src.startsWith('as-is:') ? src.slice('as-is:'.length) : resolveImageSrc(src));
  const image = (src: string, alt: string): PmNodeJson => ({ type: 'image', attrs: { src, alt } });

  it('keeps text that looks like markup as text', () => {
    expect(render(EDGE_BODIES['markup-like text and attributes'] ?? doc(), resolveImageSrc)).toMatch(
      /^<p dir="auto">a --&gt; b &lt;!-- c &lt;\/p&gt; &lt;script&gt;x&lt;\/script&gt; \]\]&gt; &amp;amp; &nbsp;<\/p><img src="data:image\/png;base64,[^"]+" alt=""><p dir="auto"><a>bad<\/a><a rel="noopener noreferrer" href="https:\/\/example.org\/a%20b%22c"><em> good<\/em><\/a><\/p>$/,
    );
  });

  it('shows only embedded library images and files beside the page: no remote, script, file or parent-folder sources', () => {
    const html = render(
      doc(
        image('as-is:https://tracker.example/pixel.png', 'remote'),
        image('as-is:javascript:alert(1)', 'script'),
        image('as-is:file:///etc/passwd', 'file'),
        image('as-is:../../secrets/key.png', 'parent'),
        image('as-is://evil.example/x.png', 'protocol-relative'),
        image('as-is:/etc/hosts', 'absolute'),
        image('as-is:data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+', 'svg'),
        image('as-is:data:text/html;base64,PHNjcmlwdD4=', 'html'),
        image('as-is:brief-assets/0123.png', 'beside'),
        image('as-is:../assets/' + 'a'.repeat(64) + '.png', 'site'),
        image('asset:abc.png', 'library'),
      ),
      passThrough,
    );
    const alts = [...html.matchAll(/<img [^>]*alt="([^"]*)"/g)].map((match) => match[1]);
    expect(alts).toEqual(['beside', 'site', 'library']);
    expect(html).not.toMatch(/tracker|javascript|file:|secrets|evil|etc|svg|text\/html/);
  });

  it('keeps http(s) and mailto link targets only, with rel="noopener noreferrer"', () => {
    const link = (href: string, label: string): PmNodeJson => text(label, [{ type: 'link', attrs: { href } }]);
    const html = render(
      doc(
        paragraph(
          link('javascript:alert(1)', 'a'),
          link('JaVaScRiPt:alert(1)', 'b'),
          link('file:///etc/passwd', 'c'),
          link('data:text/html,<script>alert(1)</script>', 'd'),
          link('vbscript:msgbox', 'e'),
          link('https://example.org/ok', 'f'),
          link('mailto:desk@example.org', 'g'),
        ),
      ),
      resolveImageSrc,
    );
    expect(html).toBe(
      '<p dir="auto"><a>a</a><a>b</a><a>c</a><a>d</a><a>e</a>' +
        '<a rel="noopener noreferrer" href="https://example.org/ok">f</a><a rel="noopener noreferrer" href="mailto:desk@example.org">g</a></p>',
    );
  });
});

describe('hasParserChangedText', () => {
  it('finds CR and NUL in text, node attributes and mark attributes, and nothing else', () => {
    expect(hasParserChangedText(doc(paragraph(text('plain\n\ttext \u2028'))))).toBe(false);
    expect(hasParserChangedText(doc(paragraph(text('a\r\nb'))))).toBe(true);
    expect(hasParserChangedText(doc(paragraph(text('a\0b'))))).toBe(true);
    expect(hasParserChangedText(doc({ type: 'editorsDesk', attrs: { title: 'T\r' }, content: [paragraph()] }))).toBe(true);
    expect(hasParserChangedText(doc(paragraph(text('x', [{ type: 'link', attrs: { href: 'https://a.example/\0' } }]))))).toBe(true);
  });
});
