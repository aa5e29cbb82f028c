import { JSDOM } from 'jsdom';

const { window } = new JSDOM('<!doctype html><html><body></body></html>');

/** A fragment of `html` in a jsdom document (what DOMPurify hands the clean-up). */
export function fragmentOf(html: string): DocumentFragment {
  const template = window.document.createElement('template');
  template.innerHTML = html;
  return template.content;
}

/** The markup of a fragment, for comparing. */
export function markupOf(fragment: DocumentFragment): string {
  const container = window.document.createElement('div');
  container.append(fragment.cloneNode(true));
  return container.innerHTML;
}

export const jsdomWindow = window;
