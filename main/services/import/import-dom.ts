import createDOMPurify, { type DOMPurify } from 'dompurify';
import { configureImportSanitizer } from '../../../shared/editor/sanitize-foreign-html';

/** The DOM imports work in: a jsdom window (no scripts, no resource loading) and DOMPurify bound to it. */
export interface ImportDom {
  /** Parses a whole HTML page into its own document (scripts never run, nothing is fetched). */
  parsePage: (html: string) => Document;
  /** The document new elements are made in. */
  document: Document;
  purify: DOMPurify;
}

let dom: Promise<ImportDom> | undefined;

/** The import DOM, made once; jsdom is loaded on first use. */
export function importDom(): Promise<ImportDom> {
  dom ??= import('jsdom').then(({ JSDOM }) => {
    const { window } = new JSDOM('<!doctype html><html><body></body></html>');
    const purify = createDOMPurify(window);
    configureImportSanitizer(purify);
    return {
      parsePage: (html: string) => new JSDOM(html).window.document,
      document: window.document,
      purify,
    };
  });
  return dom;
}
