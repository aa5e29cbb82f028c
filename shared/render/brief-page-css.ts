/**
 * The stylesheets of exported pages, inlined in their `<style>`: one reading
 * column from 320 px phones up, light and dark (prefers-color-scheme), a
 * print stylesheet, logical properties so right-to-left pages mirror, and
 * only the reader's own fonts (nothing is fetched). The brief page and the
 * index page of an export share the theme, header and print pieces.
 */

import { BRIEF_FONTS, BRIEF_TYPE, type BriefTypeName, PAGE_FAMILIES, fontShorthand } from './brief-type';
import { BLOCK_LAYOUT, PAGE_COLOURS, tokenDeclarations } from './design-tokens';

const TAKEAWAYS = BLOCK_LAYOUT.takeaways;
const DESK = BLOCK_LAYOUT.desk;

/** A style of the brief's type (shared with the editor) as this page's `font` shorthand. */
const font = (name: BriefTypeName): string => fontShorthand(BRIEF_TYPE[name], PAGE_FAMILIES);

/** Colours (light and dark), fonts per script, the reset and the reading column every exported page shares. */
export const PAGE_THEME_CSS = `
:root {
  color-scheme: light dark;
  ${tokenDeclarations(PAGE_COLOURS.light, { perLine: 5, separator: '\n  ' })}
  --serif: ${BRIEF_FONTS.serif};
  --sans: ${BRIEF_FONTS.sans};
  --mono: ${BRIEF_FONTS.mono};
}
@media (prefers-color-scheme: dark) {
  :root {
    ${tokenDeclarations(PAGE_COLOURS.dark, { perLine: 5, separator: '\n    ' })}
  }
}
:lang(ar), :lang(fa), :lang(ur) { --serif: "Noto Naskh Arabic", "Amiri", "Geeza Pro", "Times New Roman", serif; --sans: "Noto Sans Arabic", "Segoe UI", Tahoma, sans-serif; }
:lang(he) { --serif: "Frank Ruehl CLM", "Noto Serif Hebrew", "Times New Roman", serif; --sans: "Noto Sans Hebrew", Arial, sans-serif; }
:lang(zh) { --serif: "Noto Serif CJK SC", "Source Han Serif SC", "Songti SC", SimSun, serif; --sans: "PingFang SC", "Noto Sans CJK SC", "Microsoft YaHei", sans-serif; }
:lang(ja) { --serif: "Noto Serif CJK JP", "Hiragino Mincho ProN", "Yu Mincho", serif; }

*, *::before, *::after { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
body {
  margin: 0; background: var(--paper); color: var(--ink);
  font: ${font('body')}; font-kerning: normal; text-rendering: optimizeLegibility;
  overflow-wrap: break-word;
}
.page { max-width: 44rem; margin: 0 auto; padding: clamp(1.5rem, 6vw, 4rem) clamp(1rem, 5vw, 2rem) 2rem; }
`;

/** A page header: section kicker, headline, standfirst, byline. */
export const PAGE_HEADER_CSS = `
/* Header */
.brief-header { margin-block-end: 2rem; }
.kicker {
  display: flex; align-items: center; gap: .6rem; margin: 0 0 1rem;
  font: ${font('kicker')}; letter-spacing: ${BRIEF_TYPE.kicker.letterSpacing}; text-transform: uppercase; color: var(--accent);
}
.kicker::before { content: ""; inline-size: 2rem; block-size: 3px; background: currentColor; flex: none; }
h1 {
  margin: 0; font: ${font('headline')};
  letter-spacing: ${BRIEF_TYPE.headline.letterSpacing}; text-wrap: balance; color: var(--ink);
}
.standfirst { margin: 1.25rem 0 0; font: ${font('standfirst')}; color: var(--ink-soft); text-wrap: pretty; }
.byline {
  display: flex; flex-wrap: wrap; gap: .25rem 1.25rem; margin: 1.5rem 0 0; padding-block: .75rem;
  border-block: 1px solid var(--rule); font: ${font('byline')}; color: var(--muted);
}
.byline .author { color: var(--ink); font-weight: 600; }
`;

/** The print palette, page margins and full-width column, to put inside `@media print`. */
export const PAGE_PRINT_THEME_CSS = `  :root { ${tokenDeclarations(PAGE_COLOURS.print)} }
  @page { margin: 18mm 16mm 20mm; }
  body { font-size: 10.5pt; line-height: 1.5; background: #fff; color: #000; }
  .page { max-width: none; padding: 0; }
`;

/** The stylesheet of an exported brief. */
export const BRIEF_PAGE_CSS = `${PAGE_THEME_CSS}${PAGE_HEADER_CSS}
/* Hero */
.hero { margin: 0 0 2.5rem; }
.hero img { display: block; inline-size: 100%; block-size: auto; border-radius: 4px; background: var(--panel); }
figcaption { margin-block-start: .6rem; font: ${font('caption')}; color: var(--muted); }
figcaption .credit { white-space: nowrap; }
figcaption .caption + .credit::before { content: " · "; }

/* Body */
.brief-body > :first-child { margin-block-start: 0; }
.brief-body p { margin: 0 0 1.25em; hyphens: auto; }
.brief-body h2, .brief-body h3, .brief-body h4 { line-height: 1.25; margin: 2em 0 .6em; text-wrap: balance; }
.brief-body h2 { font: ${font('heading2')}; }
.brief-body h3 { font: ${font('heading3')}; }
.brief-body h4 { font: ${font('heading4')}; letter-spacing: ${BRIEF_TYPE.heading4.letterSpacing}; }
.brief-body ul, .brief-body ol { margin: 0 0 1.25em; padding-inline-start: 1.5em; }
.brief-body li { margin-block: .35em; }
.brief-body li > p { margin: 0; }
.brief-body blockquote {
  margin: 2rem 0; padding: .25rem 0 .25rem ${BLOCK_LAYOUT.quote.inset}; padding-inline: ${BLOCK_LAYOUT.quote.inset} 0;
  border-inline-start: ${BLOCK_LAYOUT.quote.rule} solid var(--accent); font-size: ${BRIEF_TYPE.quote.size}; line-height: ${BRIEF_TYPE.quote.lineHeight}; color: var(--ink-soft);
}
.brief-body blockquote p:last-child { margin-block-end: 0; }
.brief-body img { display: block; max-inline-size: 100%; block-size: auto; margin: 2rem auto; border-radius: 4px; }
.brief-body hr { border: 0; block-size: 1px; background: var(--rule); margin: 2.5rem auto; inline-size: 40%; }
a { color: var(--accent); text-decoration-thickness: 1px; text-underline-offset: .18em; }
a:hover { text-decoration-thickness: 2px; }
a:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; border-radius: 2px; }
code { font: .875em/1 var(--mono); background: var(--code); padding: .1em .3em; border-radius: 3px; }
strong { font-weight: 700; }

/* Key Takeaways */
.key-takeaways {
  margin: 0 0 2.5rem; padding: ${TAKEAWAYS.padding};
  background: var(--tint); border-block-start: ${TAKEAWAYS.rule} solid var(--accent); border-radius: ${TAKEAWAYS.radius};
}
.brief-body .key-takeaways-title {
  margin: 0 0 ${TAKEAWAYS.titleGap}; font: ${font('blockLabel')}; letter-spacing: ${BRIEF_TYPE.blockLabel.letterSpacing}; text-transform: uppercase; color: var(--accent);
}
.brief-body .key-takeaways-list { list-style: none; margin: 0; padding: 0; counter-reset: takeaway; }
.brief-body .key-takeaways-list > li {
  counter-increment: takeaway; position: relative; margin: 0; padding: ${TAKEAWAYS.itemPadding} 0 ${TAKEAWAYS.itemPadding} ${TAKEAWAYS.textInset}; padding-inline: ${TAKEAWAYS.textInset} 0;
  min-block-size: ${TAKEAWAYS.itemMinHeight}; border-block-start: 1px solid var(--rule); font: ${font('takeaway')};
}
.brief-body .key-takeaways-list > li:first-child { border-block-start: 0; }
.key-takeaways-list > li::before {
  content: counter(takeaway); position: absolute; inset-inline-start: 0; inset-block-start: ${TAKEAWAYS.numberTop}; inline-size: ${TAKEAWAYS.numberWidth};
  font: ${font('takeawayNumber')}; color: var(--accent); font-variant-numeric: lining-nums tabular-nums; text-align: ${TAKEAWAYS.numberAlign};
}

/* Editor's Desk */
.editors-desk {
  margin: 0 0 2.5rem; padding: ${DESK.padding}; background: var(--panel);
  border-radius: ${DESK.radius}; border-inline-start: ${DESK.rule} solid var(--ink);
}
.brief-body .editors-desk-badge {
  display: inline-block; margin: 0 0 ${DESK.badgeGap}; padding: ${DESK.badgePadding}; border-radius: 999px;
  background: var(--accent); color: var(--on-accent); font: ${font('deskBadge')}; letter-spacing: ${BRIEF_TYPE.deskBadge.letterSpacing}; text-transform: uppercase;
}
.brief-body .editors-desk-title { margin: 0 0 ${DESK.titleGap}; font: ${font('deskTitle')}; }
.editors-desk-body > :last-child { margin-block-end: 0; }
.editors-desk-signoff:not(:empty) { margin-block-start: ${DESK.signoffGap}; padding-block-start: ${DESK.signoffPadding}; border-block-start: 1px solid var(--rule); }
.brief-body .editors-desk-signoff p { margin: 0; font: ${font('signoff')}; color: var(--muted); text-align: ${DESK.signoffAlign}; }
.brief-body .editors-desk-signoff p:first-child { color: var(--ink); font-weight: 700; }

/* Tags, related, colophon */
.brief-footer { margin-block-start: 3rem; padding-block-start: 1.5rem; border-block-start: 1px solid var(--rule); font-family: var(--sans); }
.brief-footer h2 { margin: 0 0 .75rem; font: 700 .8125rem/1.2 var(--sans); letter-spacing: .12em; text-transform: uppercase; color: var(--muted); }
.brief-footer section + section { margin-block-start: 2rem; }
.tags { display: flex; flex-wrap: wrap; gap: .5rem; list-style: none; margin: 0; padding: 0; }
.tags li { padding: .25rem .75rem; border: 1px solid var(--rule); border-radius: 999px; font-size: .875rem; color: var(--ink-soft); }
.related { list-style: none; margin: 0; padding: 0; }
.related li { padding-block: .65rem; border-block-end: 1px solid var(--rule); font: 600 1.0625rem/1.4 var(--serif); }
.related .source { display: block; font: 400 .8125rem/1.4 var(--sans); color: var(--muted); }
.colophon { max-width: 44rem; margin: 0 auto; padding: 1.5rem clamp(1rem, 5vw, 2rem) 3rem; font: .8125rem/1.5 var(--sans); color: var(--muted); }

/* Right-to-left and non-Latin scripts: no tracking or faux small caps that break joining */
[dir="rtl"] .kicker, [dir="rtl"] .key-takeaways-title, [dir="rtl"] .editors-desk-badge, [dir="rtl"] .brief-footer h2,
:lang(zh) .kicker, :lang(ja) .kicker { letter-spacing: 0; text-transform: none; }
:lang(ar) .brief-body p, :lang(zh) .brief-body p, :lang(ja) .brief-body p { hyphens: manual; }
:lang(zh) blockquote, :lang(ja) blockquote, :lang(ar) blockquote, :lang(he) blockquote { font-style: normal; }

@media (max-width: 30rem) {
  body { font-size: 1.0625rem; }
  .brief-body .key-takeaways-list > li { padding-inline-start: 2.75rem; }
  .key-takeaways-list > li::before { inline-size: 2rem; font-size: 1.875rem; }
}

@media print {
${PAGE_PRINT_THEME_CSS}  h1 { font-size: 24pt; }
  .standfirst { font-size: 12.5pt; }
  .hero img { max-block-size: 95mm; object-fit: cover; }
  .key-takeaways { border: 1px solid var(--rule); border-block-start: 3pt solid var(--accent); }
  .editors-desk { border: 1px solid var(--rule); border-inline-start: 3pt solid #000; }
  .brief-body .editors-desk-badge { background: none; color: var(--accent); padding: 0; }
  h1, h2, h3, h4, .kicker { break-after: avoid; }
  figure, blockquote, .key-takeaways-list > li, .editors-desk-signoff, .related li { break-inside: avoid; }
  p { orphans: 3; widows: 3; }
  .brief-body a[href^="http"]::after, .related a[href^="http"]::after { content: " (" attr(href) ")"; font-size: .85em; color: var(--muted); overflow-wrap: anywhere; }
  a { color: inherit; }
}
`;
