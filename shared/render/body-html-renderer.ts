import { getSchema } from '@tiptap/core';
import { DOMSerializer } from '@tiptap/pm/model';
import createDOMPurify, { type WindowLike } from 'dompurify';
import { bodyExtensions } from '../editor/body-extensions';
import { type EndnotesHeading, renderEndnotes } from '../editor/nodes/footnote';
import type { BodyDoc, PmNodeJson } from '../model/brief';
import { configureBodySanitizer, sanitizeBodyFragment, sanitizeBodyHtml } from './sanitize-body-html';

/** How a body is rendered besides its images. */
export interface BodyHtmlOptions {
  /** The heading of the list of notes at the end (renderEndnotes). @default "Notes" */
  notesHeading?: EndnotesHeading;
}

/**
 * Turns a brief's body into sanitized HTML, images resolved with
 * `resolveImageSrc`, footnotes as numbered references and a list of notes
 * at the end. Throws when the body does not fit the schema.
 */
export type BodyHtmlRenderer = (body: BodyDoc, resolveImageSrc: (src: string) => string | null, options?: BodyHtmlOptions) => string;

/** A DOM to render and sanitize in: the browser's `window`, or a jsdom window in Node. */
export type RenderWindow = WindowLike & { document: Document };

/** Until a render sets its own: no image can be shown. */
const noImages = (): string | null => null;

/** Characters an HTML parser does not keep as they are: CR (becomes LF) and NUL (dropped or replaced). */
const PARSER_CHANGED = /[\r\0]/;

/** Whether any text or string attribute of `node` holds a character an HTML parser would change. */
export function hasParserChangedText(node: PmNodeJson): boolean {
  if (typeof node.text === 'string' && PARSER_CHANGED.test(node.text)) return true;
  for (const value of Object.values(node.attrs ?? {})) {
    if (typeof value === 'string' && PARSER_CHANGED.test(value)) return true;
  }
  for (const mark of node.marks ?? []) {
    for (const value of Object.values(mark.attrs ?? {})) {
      if (typeof value === 'string' && PARSER_CHANGED.test(value)) return true;
    }
  }
  return (node.content ?? []).some(hasParserChangedText);
}

/**
 * A body renderer working in `window`'s DOM: the body JSON goes through the
 * editor's own schema (`bodyExtensions`) and ProseMirror's DOMSerializer —
 * the same nodes and renderHTML the analyst edits with — its footnotes
 * become endnotes (`renderEndnotes`), then the DOM it built goes through
 * DOMPurify (`sanitizeBodyFragment`). The schema, the
 * serializer and the sanitizer are made once per renderer and reused by
 * every call (a render is synchronous, so each call's image resolver is
 * simply the current one).
 *
 * The result is what sanitizing the serialized body would give; a body with
 * a CR or NUL character (which an HTML parser changes) is serialized and
 * sanitized as text (`sanitizeBodyHtml`), so the parser's reading is kept.
 */
export function createBodyHtmlRenderer(window: RenderWindow): BodyHtmlRenderer {
  const purify = createDOMPurify(window);
  configureBodySanitizer(purify);
  const document = window.document;
  let currentResolver: (src: string) => string | null = noImages;
  const schema = getSchema(bodyExtensions({ resolveImageSrc: (src) => currentResolver(src) }));
  const serializer = DOMSerializer.fromSchema(schema);
  return (body, resolveImageSrc, options = {}) => {
    const doc = schema.nodeFromJSON(body);
    doc.check();
    currentResolver = resolveImageSrc;
    try {
      const fragment = serializer.serializeFragment(doc.content, { document });
      renderEndnotes(fragment, document, options.notesHeading);
      if (!hasParserChangedText(body)) return sanitizeBodyFragment(purify, fragment);
      const container = document.createElement('div');
      container.append(fragment);
      return sanitizeBodyHtml(purify, container.innerHTML);
    } finally {
      currentResolver = noImages;
    }
  };
}
