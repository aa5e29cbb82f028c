/**
 * The brief's type — one source for the exported page (brief-page-css.ts)
 * and the editor (renderer/styles/design-tokens-css.ts, through design-tokens.ts), so that a field looks
 * the same while it is written, in Preview and on the published page. Sizes
 * that follow the page's width are written in `vw` (the page is the
 * viewport); the editor reads them against its writing column instead.
 */

/** The reader's own faces: nothing is fetched. */
export const BRIEF_FONTS = {
  serif:
    '"Iowan Old Style", "Palatino Linotype", Palatino, Charter, "Bitstream Charter", "Source Serif 4", "Noto Serif", Georgia, "DejaVu Serif", serif',
  sans: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", "Noto Sans", "Liberation Sans", Arial, sans-serif',
  mono: 'ui-monospace, "SF Mono", Menlo, Consolas, "DejaVu Sans Mono", monospace',
} as const;

/** The families as the exported page names them (its custom properties). */
export const PAGE_FAMILIES = { serif: 'var(--serif)', sans: 'var(--sans)' } as const;

/** One text style: the parts of a `font` shorthand, and its tracking. */
export interface TypeStyle {
  weight?: number;
  size: string;
  lineHeight: string;
  family: 'serif' | 'sans';
  letterSpacing?: string;
}

/** The text styles of a brief's parts, by name. */
export const BRIEF_TYPE = {
  kicker: { weight: 700, size: '.8125rem', lineHeight: '1.2', family: 'sans', letterSpacing: '.12em' },
  headline: {
    weight: 700,
    size: 'clamp(1.875rem, 1.25rem + 3.2vw, 3.25rem)',
    lineHeight: '1.1',
    family: 'serif',
    letterSpacing: '-.015em',
  },
  standfirst: { weight: 400, size: 'clamp(1.125rem, 1rem + .6vw, 1.3125rem)', lineHeight: '1.55', family: 'sans' },
  byline: { size: '.875rem', lineHeight: '1.5', family: 'sans' },
  caption: { size: '.8125rem', lineHeight: '1.5', family: 'sans' },
  body: { size: '1.125rem', lineHeight: '1.7', family: 'serif' },
  heading2: { weight: 700, size: '1.625rem', lineHeight: '1.25', family: 'serif' },
  heading3: { weight: 700, size: '1.3125rem', lineHeight: '1.3', family: 'serif' },
  heading4: { weight: 700, size: '1rem', lineHeight: '1.4', family: 'sans', letterSpacing: '.02em' },
  quote: { size: '1.25rem', lineHeight: '1.55', family: 'serif' },
  blockLabel: { weight: 700, size: '.8125rem', lineHeight: '1.2', family: 'sans', letterSpacing: '.12em' },
  takeaway: { size: '1.0625rem', lineHeight: '1.55', family: 'sans' },
  takeawayNumber: { weight: 700, size: '2.25rem', lineHeight: '1', family: 'serif' },
  deskBadge: { weight: 700, size: '.75rem', lineHeight: '1.2', family: 'sans', letterSpacing: '.1em' },
  deskTitle: { weight: 700, size: '1.5rem', lineHeight: '1.25', family: 'serif' },
  signoff: { size: '.875rem', lineHeight: '1.5', family: 'sans' },
  table: { size: '.9375rem', lineHeight: '1.5', family: 'sans' },
} as const satisfies Record<string, TypeStyle>;

export type BriefTypeName = keyof typeof BRIEF_TYPE;

/**
 * A style as a `font` shorthand value ("700 1.5rem/1.25 var(--serif)"), the
 * families written as the given CSS (a custom property of the page, or of
 * the editor).
 */
export function fontShorthand(style: TypeStyle, families: { serif: string; sans: string }): string {
  const weight = style.weight === undefined ? '' : `${style.weight} `;
  return `${weight}${style.size}/${style.lineHeight} ${families[style.family]}`;
}
