/**
 * The brief's design tokens — colours (light, dark, print), the blocks'
 * spacing and alignment — one source for the exported page
 * (brief-page-css.ts, body-feature-css.ts write the values into its
 * stylesheet) and the editor (designTokensCss: the same values as custom
 * properties, with the brief's type from brief-type.ts), so that a block
 * looks the same while it is written, in Preview and on the published page.
 */

import { BRIEF_FONTS, BRIEF_TYPE, fontShorthand } from './brief-type';

/** The page's colours, by role. */
export interface PageColours {
  paper: string;
  ink: string;
  inkSoft: string;
  muted: string;
  rule: string;
  accent: string;
  onAccent: string;
  panel: string;
  tint: string;
  code: string;
}

/** The page's palettes: light and dark follow the reader's system; print is paper (no text on the accent there). */
export const PAGE_COLOURS = {
  light: {
    paper: '#fbfaf7',
    ink: '#1d1c1a',
    inkSoft: '#3a3733',
    muted: '#5d584f',
    rule: '#ddd6ca',
    accent: '#a3281a',
    onAccent: '#ffffff',
    panel: '#f3eee5',
    tint: '#f7ebe6',
    code: '#efeae1',
  },
  dark: {
    paper: '#141518',
    ink: '#ece9e3',
    inkSoft: '#d3cfc7',
    muted: '#a9a399',
    rule: '#35373c',
    accent: '#f28b6d',
    onAccent: '#1b0f0b',
    panel: '#1d1f23',
    tint: '#241b19',
    code: '#26282d',
  },
  print: {
    paper: '#fff',
    ink: '#000',
    inkSoft: '#222',
    muted: '#444',
    rule: '#bbb',
    accent: '#8a1f12',
    panel: '#fff',
    tint: '#fff',
    code: '#f2f2f2',
  },
} as const satisfies { light: PageColours; dark: PageColours; print: Omit<PageColours, 'onAccent'> };

/**
 * The blocks' spacing and alignment. Lengths that follow the page's width
 * are in `vw` (the page is the viewport); the editor reads them against its
 * writing column (`cqi`).
 */
export const BLOCK_LAYOUT = {
  takeaways: {
    padding: '1.25rem clamp(1rem, 4vw, 1.75rem) .5rem',
    rule: '4px',
    radius: '0 0 6px 6px',
    titleGap: '.5rem',
    itemPadding: '.9rem',
    itemMinHeight: '3.6rem',
    textInset: '3.5rem',
    numberWidth: '2.5rem',
    numberTop: '.7rem',
    numberAlign: 'center',
  },
  desk: {
    padding: 'clamp(1.25rem, 4vw, 2rem)',
    rule: '4px',
    radius: '6px',
    badgePadding: '.3rem .65rem',
    badgeGap: '.85rem',
    titleGap: '.75rem',
    signoffGap: '1.25rem',
    signoffPadding: '.85rem',
    signoffAlign: 'start',
  },
  quote: { rule: '3px', inset: '1.25rem' },
} as const;

/** A camelCase token name as a custom property's name part: inkSoft → ink-soft. */
const kebab = (name: string): string => name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);

/**
 * Custom property declarations (`--ink-soft: #3a3733;`) of a set of tokens,
 * each name after `prefix`, `perLine` to a line (lines joined by `separator`).
 */
export function tokenDeclarations(
  tokens: Readonly<Record<string, string>>,
  { prefix = '', perLine = Infinity, separator = '\n' }: { prefix?: string; perLine?: number; separator?: string } = {},
): string {
  const declarations = Object.entries(tokens).map(([name, value]) => `--${prefix}${kebab(name)}: ${value};`);
  const lines: string[] = [];
  for (let start = 0; start < declarations.length; start += perLine) lines.push(declarations.slice(start, start + perLine).join(' '));
  return lines.join(separator);
}

/** Page-width lengths read against the editor's writing column instead. */
const columnRelative = (value: string): string => value.replace(/(\d)vw\b/g, '$1cqi');

/**
 * The editor's design tokens as custom properties on `:root`, light and
 * dark (following the system, as the page does): `--page-<colour>`
 * (`--page-accent`, `--page-ink-soft`…), `--takeaways-<token>` and
 * `--desk-<token>` (`--takeaways-number-width`…), `--quote-<token>`,
 * `--brief-serif` / `--brief-sans` / `--brief-mono`, and one `--type-<name>`
 * font shorthand per part of the brief (`--type-headline`…) with
 * `--type-<name>-tracking` where it has one.
 */
export function designTokensCss(): string {
  const families = { serif: 'var(--brief-serif)', sans: 'var(--brief-sans)' };
  const lines = [`--brief-serif: ${BRIEF_FONTS.serif};`, `--brief-sans: ${BRIEF_FONTS.sans};`, `--brief-mono: ${BRIEF_FONTS.mono};`];
  for (const [name, style] of Object.entries(BRIEF_TYPE)) {
    lines.push(`--type-${name}: ${columnRelative(fontShorthand(style, families))};`);
    if ('letterSpacing' in style) lines.push(`--type-${name}-tracking: ${style.letterSpacing};`);
  }
  for (const [block, tokens] of Object.entries(BLOCK_LAYOUT)) {
    lines.push(columnRelative(tokenDeclarations(tokens, { prefix: `${block}-`, perLine: 1, separator: '\n  ' })));
  }
  lines.push(tokenDeclarations(PAGE_COLOURS.light, { prefix: 'page-', perLine: 1, separator: '\n  ' }));
  const dark = tokenDeclarations(PAGE_COLOURS.dark, { prefix: 'page-', perLine: 1, separator: '\n    ' });
  return `:root {\n  ${lines.join('\n  ')}\n}\n@media (prefers-color-scheme: dark) {\n  :root {\n    ${dark}\n  }\n}\n`;
}
