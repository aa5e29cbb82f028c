import { BRIEF_TYPE, PAGE_FAMILIES, fontShorthand } from './brief-type';

/** Headings of levels 5 and 6. */
const DEEP_HEADINGS_CSS = `
.brief-body h5, .brief-body h6 { margin: 1.75em 0 .5em; line-height: 1.4; }
.brief-body h5 { font: 700 .9375rem/1.4 var(--sans); }
.brief-body h6 { font: 600 .875rem/1.4 var(--sans); color: var(--ink-soft); }`;

/** Code blocks: kept verbatim, scrolled sideways rather than wrapped. */
const CODE_CSS = `
.brief-body pre {
  margin: 0 0 1.5em; padding: .9rem 1rem; overflow-x: auto; background: var(--code); border-radius: 4px;
  font: .875rem/1.55 var(--mono); tab-size: 4; white-space: pre;
}
.brief-body pre code { font: inherit; background: none; padding: 0; border-radius: 0; }
@media print { .brief-body pre { white-space: pre-wrap; overflow-wrap: anywhere; break-inside: avoid; } }`;

/** Note references and the list of notes (links underlined like the others: told apart by more than colour). */
const NOTES_CSS = `
.footnote-ref { font-size: .72em; line-height: 0; vertical-align: super; }
.footnote-ref a { padding-inline: .12em; text-underline-offset: .1em; font-family: var(--sans); font-weight: 600; }
.footnotes { margin-block-start: 3rem; padding-block-start: 1.25rem; border-block-start: 1px solid var(--rule); font: .9375rem/1.6 var(--sans); color: var(--ink-soft); }
.brief-body .footnotes-title { margin: 0 0 .75rem; font: 700 .8125rem/1.2 var(--sans); letter-spacing: .12em; text-transform: uppercase; color: var(--muted); }
.footnotes ol { margin: 0; padding-inline-start: 1.75em; }
.footnotes li { margin-block: .4em; }
.footnotes li:target, .footnote-ref a:target { background: var(--tint); }
.footnote-backref { font-family: var(--sans); }
@media print { .footnote-backref { display: none; } }`;

/** Tables: ruled cells, the header row shaded, a header column set apart; rows kept whole and the header repeated in print. */
const TABLE_CSS = `
.brief-body table { inline-size: 100%; margin: 0 0 1.5em; border-collapse: collapse; font: ${fontShorthand(BRIEF_TYPE.table, PAGE_FAMILIES)}; overflow-wrap: anywhere; }
.brief-body th, .brief-body td { padding: .5rem .75rem; border: 1px solid var(--rule); text-align: start; vertical-align: top; }
.brief-body th { background: var(--panel); font-weight: 650; color: var(--ink); }
.brief-body thead th { border-block-end: 2px solid var(--ink-soft); }
.brief-body :is(th, td) > * { margin-block: 0 .5em; }
.brief-body :is(th, td) > :last-child { margin-block-end: 0; }
@media print { .brief-body thead { display: table-header-group; } .brief-body tr { break-inside: avoid; } }`;

/**
 * The page's extra stylesheet for what the rendered body holds beyond the
 * common parts — deeper headings, code blocks, notes, tables — and nothing for a
 * body that holds none (so its page stays as it was, byte for byte).
 */
export function bodyFeatureCss(bodyHtml: string): string {
  return [
    /<h[56][\s>]/.test(bodyHtml) ? DEEP_HEADINGS_CSS : '',
    /<pre[\s>]/.test(bodyHtml) ? CODE_CSS : '',
    /role="doc-endnotes"/.test(bodyHtml) ? NOTES_CSS : '',
    /<table[\s>]/.test(bodyHtml) ? TABLE_CSS : '',
  ].join('');
}
