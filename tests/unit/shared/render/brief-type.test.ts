import { describe, expect, it } from 'vitest';
import { bodyFeatureCss } from '../../../../shared/render/body-feature-css';
import { BRIEF_PAGE_CSS, PAGE_HEADER_CSS, PAGE_THEME_CSS } from '../../../../shared/render/brief-page-css';
import { BRIEF_FONTS, BRIEF_TYPE, fontShorthand } from '../../../../shared/render/brief-type';

const PAGE = { serif: 'var(--serif)', sans: 'var(--sans)' };

describe('the brief type shared by the exported page and the editor', () => {
  it('writes a style as a font shorthand, the weight only when it has one', () => {
    expect(fontShorthand(BRIEF_TYPE.deskTitle, PAGE)).toBe('700 1.5rem/1.25 var(--serif)');
    expect(fontShorthand(BRIEF_TYPE.byline, PAGE)).toBe('.875rem/1.5 var(--sans)');
    expect(fontShorthand(BRIEF_TYPE.standfirst, { serif: 'S', sans: 'var(--x)' })).toBe(
      '400 clamp(1.125rem, 1rem + .6vw, 1.3125rem)/1.55 var(--x)',
    );
  });

  it('is what the exported page sets each part in: every style and font stack appears in its stylesheet', () => {
    const css = `${PAGE_THEME_CSS}${PAGE_HEADER_CSS}${BRIEF_PAGE_CSS}${bodyFeatureCss('<table>')}`;
    for (const [name, style] of Object.entries(BRIEF_TYPE)) {
      // A quote keeps the body's family: the page sets only its size and leading.
      if (name === 'quote') expect(css).toContain(`font-size: ${style.size}; line-height: ${style.lineHeight};`);
      else expect(css, name).toContain(`font: ${fontShorthand(style, PAGE)}`);
      if ('letterSpacing' in style) expect(css, name).toContain(`letter-spacing: ${style.letterSpacing}`);
    }
    expect(PAGE_THEME_CSS).toContain(`--serif: ${BRIEF_FONTS.serif};`);
    expect(PAGE_THEME_CSS).toContain(`--sans: ${BRIEF_FONTS.sans};`);
  });

  it('sets the headline and the standfirst as the editor was asked to match (serif headline, sans standfirst)', () => {
    expect(BRIEF_TYPE.headline.family).toBe('serif');
    expect(BRIEF_TYPE.standfirst.family).toBe('sans');
    expect(BRIEF_PAGE_CSS).toMatch(
      /h1 \{\n {2}margin: 0; font: 700 clamp\(1\.875rem, 1\.25rem \+ 3\.2vw, 3\.25rem\)\/1\.1 var\(--serif\);/,
    );
  });
});
