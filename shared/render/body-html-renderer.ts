import { getSchema } from '@tiptap/core';
import { DOMSerializer } from '@tiptap/pm/model';
import createDOMPurify, { type WindowLike } from 'dompurify';
import { bodyExtensions } from '../editor/body-extensions';
import type { BodyDoc } from '../model/brief';
import { configureBodySanitizer, sanitizeBodyHtml } from './sanitize-body-html';

/**
 * Turns a brief's body into sanitized HTML, images resolved with
 * `resolveImageSrc`. Throws when the body does not fit the schema.
 */
export type BodyHtmlRenderer = (body: BodyDoc, resolveImageSrc: (src: string) => string | null) => string;

/** A DOM to render and sanitize in: the browser's `window`, or a jsdom window in Node. */
export type RenderWindow = WindowLike & { document: Document };

/**
 * A body renderer working in `window`'s DOM: the body JSON goes through the
 * editor's own schema (`bodyExtensions`) and ProseMirror's DOMSerializer —
 * the same nodes and renderHTML the analyst edits with — then through
 * DOMPurify (`sanitizeBodyHtml`).
 */
export function createBodyHtmlRenderer(window: RenderWindow): BodyHtmlRenderer {
  const purify = createDOMPurify(window);
  configureBodySanitizer(purify);
  const document = window.document;
  return (body, resolveImageSrc) => {
    const schema = getSchema(bodyExtensions({ resolveImageSrc }));
    const doc = schema.nodeFromJSON(body);
    doc.check();
    const container = document.createElement('div');
    container.append(DOMSerializer.fromSchema(schema).serializeFragment(doc.content, { document }));
    return sanitizeBodyHtml(purify, container.innerHTML);
  };
}
