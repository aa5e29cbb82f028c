import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { bodySchema } from '../../../../shared/editor/body-extensions';
import { blockDirectionRanges } from '../../../../shared/editor/block-direction';
import type { PmNodeJson } from '../../../../shared/model/brief';
import { createBodyHtmlRenderer } from '../../../../shared/render/body-html-renderer';
import { desk, doc, heading, para, takeaways } from '../../support/body-fixtures';

const window = new JSDOM('<!doctype html><html><body></body></html>').window;
const render = createBodyHtmlRenderer(window);

const text = (value: string): PmNodeJson => ({ type: 'text', text: value });
const item = (...content: PmNodeJson[]): PmNodeJson => ({ type: 'listItem', content });
const cell = (type: 'tableCell' | 'tableHeader', value: string): PmNodeJson => ({ type, content: [para(value)] });

const ARABIC = 'تقرير عن المحادثات';
const HEBREW = 'השיחות נמשכות';

/** A body with every kind of block, each starting with right-to-left text. */
const body = doc(
  heading(ARABIC),
  para(ARABIC),
  {
    type: 'bulletList',
    content: [item(para(HEBREW)), item(para(ARABIC), { type: 'bulletList', content: [item(para('Nested English'))] })],
  },
  { type: 'orderedList', content: [item(para(ARABIC))] },
  { type: 'blockquote', content: [para(HEBREW), para(ARABIC)] },
  takeaways(HEBREW, 'An English takeaway'),
  desk({ title: ARABIC, deskName: HEBREW, series: 'Series', publication: ARABIC }, para(ARABIC)),
  {
    type: 'table',
    content: [
      { type: 'tableRow', content: [cell('tableHeader', ARABIC), cell('tableHeader', 'Header')] },
      { type: 'tableRow', content: [cell('tableCell', HEBREW), cell('tableCell', 'Cell')] },
    ],
  },
  { type: 'codeBlock', attrs: { language: null }, content: [text('const a = 1;')] },
  para(ARABIC),
);

/** The rendered body as a DOM, for reading each element's `dir`. */
function renderedDom(): DocumentFragment {
  return JSDOM.fragment(render(body, () => null));
}

const dirOf = (element: Element | null | undefined): string | null => element?.getAttribute('dir') ?? null;

describe('block direction in the rendered body', () => {
  const dom = renderedDom();
  const all = (selector: string): Element[] => Array.from(dom.querySelectorAll(selector));

  it('gives paragraphs and headings outside any container dir="auto"', () => {
    expect(dirOf(dom.querySelector('h2'))).toBe('auto');
    const topParagraphs = Array.from(dom.children).filter((element) => element.localName === 'p');
    expect(topParagraphs.length).toBeGreaterThan(0);
    for (const paragraph of topParagraphs) expect(dirOf(paragraph)).toBe('auto');
  });

  it('gives list items (nested too), takeaway items, quotes and table cells dir="auto", and not the text blocks inside them', () => {
    const items = all('ul > li, ol > li');
    expect(items.length).toBe(6); // 3 bullets (one nested), 1 numbered, 2 takeaways
    for (const element of items) expect(dirOf(element)).toBe('auto');
    for (const element of all('blockquote, th, td')) expect(dirOf(element)).toBe('auto');
    for (const paragraph of all('li p, blockquote p, th p, td p')) expect(dirOf(paragraph)).toBeNull();
    expect(all('blockquote')).toHaveLength(1);
    expect(all('th, td')).toHaveLength(4);
  });

  it('gives the desk’s title, analysis and sign-off lines dir="auto"', () => {
    const aside = dom.querySelector('aside.editors-desk');
    expect(dirOf(aside?.querySelector('.editors-desk-title'))).toBe('auto');
    expect(dirOf(aside?.querySelector('.editors-desk-body p'))).toBe('auto');
    const signoff = Array.from(aside?.querySelectorAll('.editors-desk-signoff p') ?? []);
    expect(signoff).toHaveLength(3);
    for (const line of signoff) expect(dirOf(line)).toBe('auto');
  });

  it('leaves code blocks in the page’s direction', () => {
    expect(dirOf(dom.querySelector('pre'))).toBeNull();
  });

  it('gives each endnote dir="auto"', () => {
    const noted = doc(para(ARABIC), { type: 'paragraph', content: [text('Claim'), { type: 'footnote', content: [text(HEBREW)] }] });
    const notes = JSDOM.fragment(render(noted, () => null)).querySelectorAll('.footnotes li');
    expect(notes).toHaveLength(1);
    expect(dirOf(notes[0])).toBe('auto');
  });
});

describe('block direction in the editor (the nodes it decorates)', () => {
  it('picks the same blocks as the export: containers, and text blocks outside them', () => {
    const node = bodySchema().nodeFromJSON(body);
    const picked: string[] = [];
    node.forEach((block, offset) => {
      for (const range of blockDirectionRanges(block, offset)) {
        const at = node.nodeAt(range.from);
        expect(at?.nodeSize).toBe(range.to - range.from);
        picked.push(at?.type.name ?? '?');
      }
    });
    const count = (name: string): number => picked.filter((picked) => picked === name).length;
    expect(count('listItem')).toBe(4);
    expect(count('takeaway')).toBe(2);
    expect(count('blockquote')).toBe(1);
    expect(count('tableHeader') + count('tableCell')).toBe(4);
    expect(count('heading')).toBe(1);
    // Two top-level paragraphs and the desk's one; none inside a list, quote or cell.
    expect(count('paragraph')).toBe(3);
    expect(count('codeBlock')).toBe(0);
  });
});
