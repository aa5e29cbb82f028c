import createDOMPurify, { type DOMPurify } from 'dompurify';
import type { VirtualConsole } from 'jsdom';
import { configureImportSanitizer } from '../../../shared/editor/sanitize-foreign-html';

/** The DOM imports work in: a jsdom window (no scripts, no resource loading) and DOMPurify bound to it. */
export interface ImportDom {
  /** Parses a whole HTML page into its own document (scripts never run, nothing is fetched, nothing printed). */
  parsePage: (html: string) => Document;
  /** The document new elements are made in. */
  document: Document;
  purify: DOMPurify;
}

let dom: Promise<ImportDom> | undefined;

/**
 * The import DOM, made once; jsdom is loaded on first use. Its virtual
 * console goes nowhere: a page's broken stylesheet or script is the page's
 * business, and jsdom's complaints about it ("Could not parse CSS
 * stylesheet") must not reach the analyst's terminal.
 */
export function importDom(): Promise<ImportDom> {
  dom ??= import('jsdom').then(({ JSDOM, VirtualConsole: Console }) => {
    const silent: VirtualConsole = new Console();
    const { window } = new JSDOM('<!doctype html><html><body></body></html>', { virtualConsole: silent });
    const purify = createDOMPurify(window);
    configureImportSanitizer(purify);
    return {
      parsePage: (html: string) => new JSDOM(html, { virtualConsole: silent }).window.document,
      document: window.document,
      purify,
    };
  });
  return dom;
}
