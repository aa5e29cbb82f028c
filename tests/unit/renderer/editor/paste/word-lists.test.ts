import { describe, expect, it } from 'vitest';
import { rebuildWordLists } from '../../../../../renderer/editor/paste/word-lists';
import { fragmentOf, markupOf } from './paste-dom-fixture';

/** A Word list paragraph: its list, level and marker as Word writes them. */
const item = (list: string, level: number, marker: string, text: string): string =>
  `<p class="MsoListParagraph" style="text-indent:-18pt;mso-list:${list} level${level} lfo1"><span style="font-family:Symbol"><span style="mso-list:Ignore">${marker}<span style="font:7pt">&nbsp;&nbsp; </span></span></span><span>${text}</span></p>`;

describe("Word's list paragraphs", () => {
  it('become a nested bullet list, the markers gone', () => {
    const fragment = fragmentOf(item('l0', 1, '·', 'One') + item('l0', 2, 'o', 'One a') + item('l0', 1, '·', 'Two') + '<p>After</p>');
    rebuildWordLists(fragment);
    expect(markupOf(fragment).replace(/<\/?span[^>]*>/g, '')).toBe(
      '<ul><li><p>One</p><ul><li><p>One a</p></li></ul></li><li><p>Two</p></li></ul><p>After</p>',
    );
  });

  it('with numbers, letters or roman numerals as markers become numbered lists', () => {
    for (const marker of ['1.', 'a)', 'iv.', '(2)']) {
      const fragment = fragmentOf(item('l1', 1, marker, 'First') + item('l1', 1, marker, 'Second'));
      rebuildWordLists(fragment);
      expect(fragment.querySelectorAll('ol > li')).toHaveLength(2);
      expect(fragment.textContent).not.toContain(marker);
    }
  });

  it('are left alone when Word did not mark them, and a list starting deeper still keeps its items in order', () => {
    const plain = fragmentOf('<p style="margin-left:36pt">Indented, not a list</p>');
    rebuildWordLists(plain);
    expect(markupOf(plain)).toBe('<p style="margin-left:36pt">Indented, not a list</p>');

    const deep = fragmentOf(item('l0', 2, '·', 'Deep') + item('l0', 1, '·', 'Top'));
    rebuildWordLists(deep);
    expect(Array.from(deep.querySelectorAll('li')).map((li) => li.textContent)).toEqual(['Deep', 'Top']);
  });
});
