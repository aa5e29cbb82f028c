import { Extension } from '@tiptap/core';
import createDOMPurify, { type DOMPurify } from 'dompurify';
import { configureImportSanitizer, sanitizePastedHtml } from '../../shared/editor/sanitize-foreign-html';

let purifier: DOMPurify | null = null;

/** One DOMPurify on this window, with the import's rules. */
function purify(): DOMPurify {
  if (!purifier) {
    purifier = createDOMPurify(window);
    configureImportSanitizer(purifier);
  }
  return purifier;
}

/** Pasted HTML made safe for an editor of body text (the rules of an imported file, plus the editor's own copy attributes). */
export function sanitizePaste(html: string): string {
  return sanitizePastedHtml(purify(), html);
}

/**
 * Pasted and dropped HTML goes through DOMPurify, with the same rules as an
 * imported file, before the editor parses it: no script, event handler,
 * style, SVG, MathML, frame or form, links only to web pages and e-mail.
 * (TipTap chains every extension's transformPastedHTML into the view's prop.)
 */
export const PasteSanitizer = Extension.create({
  name: 'pasteSanitizer',
  transformPastedHTML(html) {
    return sanitizePaste(html);
  },
});
