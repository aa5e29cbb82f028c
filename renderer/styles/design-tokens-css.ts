import { designTokensCss } from '../../shared/render/design-tokens';

/**
 * Adds the brief's design tokens (shared/render/design-tokens.ts: the
 * exported page's colours, the blocks' spacing and alignment, the brief's
 * type) to the document once, as custom properties, before the app's own
 * stylesheets use them.
 */
export function installDesignTokens(doc: Document = document): void {
  if (doc.getElementById('design-tokens') !== null) return;
  const style = doc.createElement('style');
  style.id = 'design-tokens';
  style.textContent = designTokensCss();
  doc.head.prepend(style);
}
