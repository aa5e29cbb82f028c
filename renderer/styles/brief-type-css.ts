import { BRIEF_FONTS, BRIEF_TYPE, fontShorthand } from '../../shared/render/brief-type';

/**
 * The brief's type (shared/render/brief-type.ts, the exported page's own) as
 * custom properties of the editor: `--brief-serif`, `--brief-sans` and one
 * `--type-<name>` font shorthand per part (`--type-headline`…), plus
 * `--type-<name>-tracking` where the part has one. Sizes the page scales
 * with its width (`vw`) scale with the writing column here (`cqi` of the
 * `.editor-scroll` container), so the editor shows what Preview shows at
 * the same width.
 */
export function briefTypeCss(): string {
  const families = { serif: 'var(--brief-serif)', sans: 'var(--brief-sans)' };
  const lines = [`--brief-serif: ${BRIEF_FONTS.serif};`, `--brief-sans: ${BRIEF_FONTS.sans};`, `--brief-mono: ${BRIEF_FONTS.mono};`];
  for (const [name, style] of Object.entries(BRIEF_TYPE)) {
    const font = fontShorthand(style, families).replace(/(\d)vw\b/g, '$1cqi');
    lines.push(`--type-${name}: ${font};`);
    if ('letterSpacing' in style) lines.push(`--type-${name}-tracking: ${style.letterSpacing};`);
  }
  return `:root {\n  ${lines.join('\n  ')}\n}\n`;
}

/** Adds the brief's type to the document once, before the app's own stylesheets use it. */
export function installBriefType(doc: Document = document): void {
  if (doc.getElementById('brief-type') !== null) return;
  const style = doc.createElement('style');
  style.id = 'brief-type';
  style.textContent = briefTypeCss();
  doc.head.prepend(style);
}
