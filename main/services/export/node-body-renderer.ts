import { createBodyHtmlRenderer, type BodyHtmlRenderer } from '../../../shared/render/body-html-renderer';

let renderer: Promise<BodyHtmlRenderer> | undefined;

/**
 * The body renderer for Node: the shared renderer (body schema →
 * DOMSerializer → DOMPurify) working in a jsdom window, made once. jsdom is
 * loaded on first use, so commands that export nothing do not pay for it;
 * it runs no scripts and loads no resources by default.
 */
export function nodeBodyRenderer(): Promise<BodyHtmlRenderer> {
  renderer ??= import('jsdom').then(({ JSDOM }) => createBodyHtmlRenderer(new JSDOM('<!doctype html><html><body></body></html>').window));
  return renderer;
}
