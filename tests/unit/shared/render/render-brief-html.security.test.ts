import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { type Brief, blankBriefContent, type PmNodeJson } from '../../../../shared/model/brief';
import { createBodyHtmlRenderer } from '../../../../shared/render/body-html-renderer';
import { renderExportIndexHtml } from '../../../../shared/render/export-index-html';
import { renderBriefHtml } from '../../../../shared/render/render-brief-html';
import { hostileMarkupIn } from '../../support/hostile-markup';

const window = new JSDOM('<!doctype html><html><body></body></html>').window;
const renderBody = createBodyHtmlRenderer(window);
const PIXEL = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';
const ASSET = `${'ab'.repeat(32)}.png`;

/** Markup that would run if a field reached the page unescaped: a closing tag, a script, an attribute break-out. */
const hostile = (field: string): string =>
  `</title></style></textarea>"'><script>window.__pwned='${field}'</script><img src=x onerror=window.__pwned='${field}'>`;

const text = (value: string, marks?: PmNodeJson['marks']): PmNodeJson => ({ type: 'text', text: value, ...(marks ? { marks } : {}) });
const paragraph = (...content: PmNodeJson[]): PmNodeJson => ({ type: 'paragraph', content });

/** A brief with markup typed into every field an analyst can fill, each naming its field. */
function briefWithMarkupEverywhere(): Brief {
  return {
    ...blankBriefContent(),
    schemaVersion: 1,
    id: 'hostile-everywhere',
    revision: 3,
    createdAt: '2025-04-01T08:00:00.000Z',
    updatedAt: '2025-04-02T08:00:00.000Z',
    trashedAt: null,
    section: hostile('section'),
    headline: hostile('headline'),
    standfirst: hostile('standfirst'),
    byline: hostile('byline'),
    tags: [hostile('tag one'), hostile('tag two')],
    hero: { asset: ASSET, alt: hostile('hero alt'), caption: hostile('hero caption'), credit: hostile('hero credit') },
    related: [
      { kind: 'url', url: 'https://example.org/report', title: hostile('related title') },
      { kind: 'brief', id: 'other-brief-01' },
    ],
    body: {
      type: 'doc',
      content: [
        { type: 'keyTakeaways', content: [{ type: 'takeaway', content: [text(hostile('takeaway'))] }] },
        {
          type: 'editorsDesk',
          attrs: {
            title: hostile('desk title'),
            deskName: hostile('desk name'),
            series: hostile('desk series'),
            publication: hostile('desk publication'),
          },
          content: [paragraph(text(hostile('desk analysis')))],
        },
        { type: 'heading', attrs: { level: 2 }, content: [text(hostile('heading'))] },
        paragraph(text(hostile('paragraph')), text(hostile('link text'), [{ type: 'link', attrs: { href: 'https://example.org/a' } }])),
        { type: 'image', attrs: { src: `asset:${ASSET}`, alt: hostile('image alt') } },
      ],
    },
  };
}

function pageOf(brief: Brief, generator = 'Briefdesk test'): { html: string; document: Document } {
  const html = renderBriefHtml(brief, {
    renderBody,
    assetUrl: () => PIXEL,
    relatedBrief: () => ({ title: hostile('related brief title'), href: 'javascript:window.__pwned=1' }),
    generator,
    now: new Date('2025-04-03T08:00:00.000Z'),
  });
  return { html, document: new JSDOM(html).window.document };
}

/** The directives of a Content-Security-Policy. */
function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name = '', ...sources]) => [name.toLowerCase(), sources]),
  );
}

/** What a fetch directive allows, falling back to default-src as browsers do. */
function allowed(policy: Map<string, string[]>, directive: string): string[] {
  return policy.get(directive) ?? policy.get('default-src') ?? ['*'];
}

function policyOf(document: Document): Map<string, string[]> {
  const metas = [...document.querySelectorAll('meta[http-equiv="Content-Security-Policy" i]')];
  expect(metas).toHaveLength(1);
  return directives(metas[0]?.getAttribute('content') ?? '');
}

describe('HTML injection in every field of an exported page', () => {
  it('keeps markup typed into any field as text: nothing runs, nothing loads', () => {
    const { html, document } = pageOf(briefWithMarkupEverywhere(), hostile('generator'));
    expect(hostileMarkupIn(document, html)).toEqual([]);
    expect(document.querySelectorAll('script')).toHaveLength(1);
    expect(document.querySelector('script')?.getAttribute('type')).toBe('application/ld+json');
    // The related brief's script link loses its target; its title stays, as text.
    expect([...document.querySelectorAll('a')].map((anchor) => anchor.getAttribute('href'))).not.toContainEqual(
      expect.stringMatching(/^javascript:/i),
    );
  });

  it.each([
    'section',
    'headline',
    'standfirst',
    'byline',
    'tag one',
    'tag two',
    'hero caption',
    'hero credit',
    'related title',
    'related brief title',
    'takeaway',
    'desk title',
    'desk name',
    'desk series',
    'desk publication',
    'desk analysis',
    'heading',
    'paragraph',
    'link text',
  ])('shows the %s as the text that was typed', (field) => {
    const { document } = pageOf(briefWithMarkupEverywhere());
    expect(document.body.textContent).toContain(hostile(field));
  });

  it('keeps the alt texts and the generator as attribute values, whole', () => {
    const { document } = pageOf(briefWithMarkupEverywhere(), hostile('generator'));
    // The body's image loses an alt holding a closing tag (DOMPurify's rule for attributes); the hero keeps it whole.
    expect([...document.querySelectorAll('img')].map((image) => image.getAttribute('alt'))).toEqual([hostile('hero alt'), '']);
    expect(document.querySelector('meta[name="generator"]')?.getAttribute('content')).toBe(hostile('generator'));
    expect(document.title).toBe(hostile('headline'));
  });

  it('keeps the JSON-LD a single script that reads back the fields', () => {
    const { document } = pageOf(briefWithMarkupEverywhere());
    const jsonLd: unknown = JSON.parse(document.querySelector('script[type="application/ld+json"]')?.textContent ?? '');
    expect(jsonLd).toMatchObject({ headline: hostile('headline'), description: hostile('standfirst') });
  });
});

describe("the exported pages' Content-Security-Policy", () => {
  const pages: [string, Document][] = [
    ['a brief', pageOf(briefWithMarkupEverywhere()).document],
    ['the index', new JSDOM(renderExportIndexHtml({ title: 'Briefs', entries: [] })).window.document],
  ];

  it.each(pages)('%s: runs no script, makes no request to the network, embeds nothing', (_page, document) => {
    const policy = policyOf(document);
    for (const directive of [
      'script-src',
      'connect-src',
      'frame-src',
      'object-src',
      'font-src',
      'media-src',
      'worker-src',
      'manifest-src',
    ]) {
      expect(allowed(policy, directive), directive).toEqual(["'none'"]);
    }
    expect(policy.get('base-uri')).toEqual(["'none'"]);
    expect(policy.get('form-action')).toEqual(["'none'"]);
    // Styles only from the page itself; images only embedded or beside the page.
    expect(allowed(policy, 'style-src')).toEqual(["'unsafe-inline'"]);
    for (const source of allowed(policy, 'img-src')) expect(["'none'", 'data:', "'self'"]).toContain(source);
  });
});
