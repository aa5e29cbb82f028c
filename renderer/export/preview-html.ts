/** How the exported page is looked at in Preview. */
export type PreviewView = 'light' | 'dark' | 'print';

/** An A4 sheet around the printed content: its width, and the margins of the page's own `@page` rule. */
const PAPER_CSS = `
html { background: #d9d6d0; }
body {
  box-sizing: border-box; inline-size: 210mm; min-block-size: 297mm; margin: 24px auto;
  padding: 18mm 16mm 20mm; box-shadow: 0 2px 14px rgba(0, 0, 0, .28);
}`;

const STYLE_OPEN = '<style>';
const STYLE_CLOSE = '</style>';
const DARK_RULES = /@media\s*\(\s*prefers-color-scheme\s*:\s*dark\s*\)\s*\{/g;
const PRINT_RULES = /@media\s+print\s*\{/g;

/**
 * The exported page for one of Preview's views — the same HTML, with only
 * the media conditions of its own stylesheet decided, since a frame cannot be
 * told its color scheme or print media (Chromium does not make a frame's
 * prefers-color-scheme follow the iframe element's color-scheme):
 * - light: the `prefers-color-scheme: dark` blocks never apply;
 * - dark: they always apply;
 * - print: as light, and the `@media print` blocks always apply (they come
 *   after the screen rules, so they win as when printing), with the body
 *   drawn as an A4 sheet with the `@page` margins; page breaks are not
 *   simulated (the sheet grows).
 * Only the page's own `<style>` (the first; text in the brief is escaped,
 * never a tag) is touched. A page without one is returned as it is.
 */
export function previewHtml(html: string, view: PreviewView): string {
  const start = html.indexOf(STYLE_OPEN);
  const end = start < 0 ? -1 : html.indexOf(STYLE_CLOSE, start);
  if (end < 0) return html;
  let css = html.slice(start + STYLE_OPEN.length, end).replace(DARK_RULES, view === 'dark' ? '@media all {' : '@media not all {');
  let extra = '';
  if (view === 'print') {
    css = css.replace(PRINT_RULES, '@media all {');
    extra = `${STYLE_OPEN}${PAPER_CSS}${STYLE_CLOSE}`;
  }
  return `${html.slice(0, start)}${STYLE_OPEN}${css}${STYLE_CLOSE}${extra}${html.slice(end + STYLE_CLOSE.length)}`;
}
