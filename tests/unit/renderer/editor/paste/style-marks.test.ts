import { describe, expect, it } from 'vitest';
import { isBoldWeight, marksFromStyles, styleValue } from '../../../../../renderer/editor/paste/style-marks';
import { fragmentOf, markupOf } from './paste-dom-fixture';

const cleaned = (html: string): string => {
  const fragment = fragmentOf(html);
  marksFromStyles(fragment);
  return markupOf(fragment).replace(/<\/?span[^>]*>/g, '');
};

describe('bold and italic from styles', () => {
  it("drops Google Docs' not-bold wrapper and keeps bold only on the bold run", () => {
    expect(
      cleaned(
        '<b style="font-weight:normal;" id="docs-internal-guid-1"><p><span style="font-weight:400">Urea </span><span style="font-weight:700">doubled</span></p></b>',
      ),
    ).toBe('<p>Urea <strong>doubled</strong></p>');
  });

  it('turns italic, struck, underlined, raised and lowered runs into their elements', () => {
    expect(cleaned('<span style="font-style:italic">a</span>')).toBe('<em>a</em>');
    expect(cleaned('<span style="text-decoration:line-through">b</span>')).toBe('<s>b</s>');
    expect(cleaned('<span style="text-decoration:underline">c</span>')).toBe('<u>c</u>');
    expect(cleaned('<span style="vertical-align:super">2</span>')).toBe('<sup>2</sup>');
    expect(cleaned('<span style="font-weight: bold; font-style: italic">d</span>')).toBe('<strong><em>d</em></strong>');
  });

  it('adds no underline to a link and no bold to a heading, and unwraps <b> a style says is not bold', () => {
    expect(cleaned('<a href="https://example.org"><span style="text-decoration:underline">link</span></a>')).toBe(
      '<a href="https://example.org">link</a>',
    );
    expect(cleaned('<h2><span style="font-weight:700">Title</span></h2>')).toBe('<h2>Title</h2>');
    expect(cleaned('<p><b style="font-weight: 400">plain</b> <b>bold</b></p>')).toBe('<p>plain <b>bold</b></p>');
  });

  it('reads declarations and weights', () => {
    const element = fragmentOf('<span style="color: red; FONT-WEIGHT: 600 !important">x</span>').firstElementChild;
    expect(element && styleValue(element, 'font-weight')).toBe('600');
    expect(element && styleValue(element, 'font-style')).toBeNull();
    expect(['bold', 'bolder', '600', '900'].every(isBoldWeight)).toBe(true);
    expect(['normal', '400', '500', 'lighter', ''].some(isBoldWeight)).toBe(false);
  });
});
