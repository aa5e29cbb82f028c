import { describe, expect, it } from 'vitest';
import {
  dropBreaksBetweenBlocks,
  dropEmptyBlocks,
  nestStrayLists,
  paragraphsInContainers,
  shiftHeadings,
  wordParagraphStyles,
} from '../../../../../renderer/editor/paste/paste-blocks';
import { fragmentOf, markupOf } from './paste-dom-fixture';

const BODY = { top: 2, last: 6 };
const levelsAfterShift = (html: string): string[] => {
  const fragment = fragmentOf(html);
  shiftHeadings(fragment, BODY);
  return Array.from(fragment.querySelectorAll('h1, h2, h3, h4, h5, h6')).map((heading) => `${heading.localName} ${heading.textContent}`);
};

describe('pasted headings', () => {
  it('h1 becomes the body’s top level and the others shift by as much', () => {
    expect(levelsAfterShift('<h1>A</h1><h2>B</h2><h3>C</h3>')).toEqual(['h2 A', 'h3 B', 'h4 C']);
    expect(levelsAfterShift('<h2>B</h2><h3>C</h3>')).toEqual(['h3 B', 'h4 C']);
  });

  it('stay distinct, numbered from the top, when shifting would run past the last level', () => {
    expect(levelsAfterShift('<h1>A</h1><h3>C</h3><h6>F</h6>')).toEqual(['h2 A', 'h3 C', 'h4 F']);
    expect(levelsAfterShift('<h1>1</h1><h2>2</h2><h3>3</h3><h4>4</h4><h5>5</h5><h6>6</h6>')).toEqual([
      'h2 1',
      'h3 2',
      'h4 3',
      'h5 4',
      'h6 5',
      'h6 6',
    ]);
  });

  it("leave the titles of Briefdesk's own blocks alone", () => {
    expect(levelsAfterShift('<aside data-type="editors-desk"><h2 class="editors-desk-title">Desk</h2></aside><h1>A</h1>')).toEqual([
      'h2 Desk',
      'h2 A',
    ]);
  });
});

describe('block clean-up', () => {
  it("turns Word's Title, heading and quote paragraphs into structure", () => {
    const fragment = fragmentOf('<p class="MsoTitle">T</p><p class="MsoHeading2">H</p><p class="MsoQuote">Q</p><p class="MsoNormal">N</p>');
    wordParagraphStyles(fragment);
    expect(markupOf(fragment)).toBe(
      '<h1 class="MsoTitle">T</h1><h2 class="MsoHeading2">H</h2><blockquote><p class="MsoQuote">Q</p></blockquote><p class="MsoNormal">N</p>',
    );
  });

  it('gives every table cell paragraphs, so cells never run together, and mixed containers paragraphs around their blocks', () => {
    const fragment = fragmentOf('<table><tr><td>cell A</td><td>cell <b>B</b></td></tr></table><li>text<ul><li>x</li></ul>tail</li>');
    paragraphsInContainers(fragment);
    expect(markupOf(fragment)).toBe(
      '<table><tbody><tr><td><p>cell A</p></td><td><p>cell <b>B</b></p></td></tr></tbody></table><li><p>text</p><ul><li>x</li></ul><p>tail</p></li>',
    );
  });

  it("puts a list written straight inside a list (Google Docs' nesting) into the item before it", () => {
    const fragment = fragmentOf('<ul><li>a</li><ul><li>a1</li></ul><li>b</li></ul>');
    nestStrayLists(fragment);
    expect(markupOf(fragment)).toBe('<ul><li>a<ul><li>a1</li></ul></li><li>b</li></ul>');
  });

  it('drops breaks between blocks and empty blocks, and keeps breaks inside text', () => {
    const fragment = fragmentOf('<p>a<br>b</p><br><br><p><span>&nbsp;</span></p><p><br></p><h2> </h2><p><img src="x"></p><br><p>c</p>');
    dropBreaksBetweenBlocks(fragment);
    dropEmptyBlocks(fragment);
    expect(markupOf(fragment)).toBe('<p>a<br>b</p><p><img src="x"></p><p>c</p>');
  });
});
