import { describe, expect, it } from 'vitest';
import { bodyFeatureCss } from '../../../../shared/render/body-feature-css';
import { BRIEF_PAGE_CSS, PAGE_PRINT_THEME_CSS, PAGE_THEME_CSS } from '../../../../shared/render/brief-page-css';
import { BRIEF_TYPE } from '../../../../shared/render/brief-type';
import { BLOCK_LAYOUT, PAGE_COLOURS, designTokensCss, tokenDeclarations } from '../../../../shared/render/design-tokens';

/** The declarations of a CSS rule's block that starts with `head` (up to the closing brace of that block). */
function block(css: string, head: string): string {
  const start = css.indexOf(head);
  expect(start, head).toBeGreaterThanOrEqual(0);
  let depth = 0;
  for (let at = css.indexOf('{', start); at < css.length; at += 1) {
    if (css[at] === '{') depth += 1;
    if (css[at] === '}') depth -= 1;
    if (depth === 0) return css.slice(start, at + 1);
  }
  return css.slice(start);
}

describe('the design tokens shared by the exported page and the editor', () => {
  it('writes tokens as custom properties, kebab-cased after a prefix, so many to a line', () => {
    expect(tokenDeclarations({ inkSoft: '#333', onAccent: '#fff', rule: '#ccc' }, { prefix: 'page-', perLine: 2, separator: ' | ' })).toBe(
      '--page-ink-soft: #333; --page-on-accent: #fff; | --page-rule: #ccc;',
    );
    expect(tokenDeclarations({ a: '1', b: '2' })).toBe('--a: 1; --b: 2;');
  });

  it('are the exported page’s palettes: light on :root, dark in prefers-color-scheme, print in @media print', () => {
    const light = block(PAGE_THEME_CSS, ':root {');
    const dark = block(PAGE_THEME_CSS, '@media (prefers-color-scheme: dark)');
    for (const [name, value] of Object.entries(PAGE_COLOURS.light)) expect(light, name).toContain(`: ${value};`);
    for (const [name, value] of Object.entries(PAGE_COLOURS.dark)) expect(dark, name).toContain(`: ${value};`);
    expect(light).toContain('--ink-soft: #3a3733;');
    expect(dark).toContain('--accent: #f28b6d;');
    expect(PAGE_PRINT_THEME_CSS).toContain(tokenDeclarations(PAGE_COLOURS.print));
  });

  it('set the blocks’ spacing and alignment on the page', () => {
    const takeaways = block(BRIEF_PAGE_CSS, '.key-takeaways {');
    expect(takeaways).toContain(`padding: ${BLOCK_LAYOUT.takeaways.padding};`);
    expect(takeaways).toContain(`border-block-start: ${BLOCK_LAYOUT.takeaways.rule} solid var(--accent);`);
    const number = block(BRIEF_PAGE_CSS, '.key-takeaways-list > li::before {');
    expect(number).toContain(`inline-size: ${BLOCK_LAYOUT.takeaways.numberWidth};`);
    expect(number).toContain(`text-align: ${BLOCK_LAYOUT.takeaways.numberAlign};`);
    expect(block(BRIEF_PAGE_CSS, '.editors-desk {')).toContain(`border-inline-start: ${BLOCK_LAYOUT.desk.rule} solid var(--ink);`);
    expect(block(BRIEF_PAGE_CSS, '.brief-body .editors-desk-signoff p {')).toContain(`text-align: ${BLOCK_LAYOUT.desk.signoffAlign};`);
    expect(bodyFeatureCss('<table>')).toContain('font: .9375rem/1.5 var(--sans);');
  });

  it('give the editor the same values as custom properties, light and dark, page widths read as its column', () => {
    const css = designTokensCss();
    const root = block(css, ':root {');
    const dark = block(css, '@media (prefers-color-scheme: dark)');
    for (const [name, value] of Object.entries(PAGE_COLOURS.light)) expect(root, name).toMatch(new RegExp(`--page-[a-z-]+: ${value};`));
    for (const [name, value] of Object.entries(PAGE_COLOURS.dark)) expect(dark, name).toMatch(new RegExp(`--page-[a-z-]+: ${value};`));
    expect(root).toContain('--page-on-accent: #ffffff;');
    expect(dark).toContain('--page-tint: #241b19;');
    expect(root).toContain('--takeaways-padding: 1.25rem clamp(1rem, 4cqi, 1.75rem) .5rem;');
    expect(root).toContain('--desk-signoff-align: start;');
    expect(root).toContain('--quote-rule: 3px;');
    for (const name of Object.keys(BRIEF_TYPE)) expect(root).toMatch(new RegExp(`--type-${name}: [^;]+;`));
    expect(root).toContain('--type-deskTitle: 700 1.5rem/1.25 var(--brief-serif);');
    expect(root).toContain('--type-headline: 700 clamp(1.875rem, 1.25rem + 3.2cqi, 3.25rem)/1.1 var(--brief-serif);');
    expect(root).toContain('--type-kicker-tracking: .12em;');
    expect(root).toMatch(/--brief-serif: "Iowan Old Style", [^;]+, serif;/);
    expect(css).not.toMatch(/\dvw\b/);
  });
});
