import { Editor, type Extensions, type JSONContent } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import { expect } from 'vitest';
import { readMarkdown } from '../../../../../main/services/import/import-markdown';
import { bodyLinkOptions } from '../../../../../shared/editor/link-options';
import type { BodyDoc } from '../../../../../shared/model/brief';
import { renderBodyMarkdown } from '../../../../../shared/render/body-markdown';

/** Block nodes of the kit a node's content may need besides paragraphs. */
export type KitBlock = 'bulletList' | 'orderedList' | 'blockquote';

/**
 * The fewest extensions around a custom node: document, paragraph, text,
 * hard break, bold, italic and link (as the body configures it), plus the
 * list and quote nodes named in `blocks`, plus the node's own `nodes`.
 */
export function nodeTestExtensions(nodes: Extensions, blocks: readonly KitBlock[] = []): Extensions {
  const lists = blocks.includes('bulletList') || blocks.includes('orderedList');
  return [
    StarterKit.configure({
      heading: false,
      code: false,
      codeBlock: false,
      strike: false,
      underline: false,
      horizontalRule: false,
      blockquote: blocks.includes('blockquote') ? {} : false,
      bulletList: blocks.includes('bulletList') ? {} : false,
      orderedList: blocks.includes('orderedList') ? {} : false,
      listItem: lists ? {} : false,
      listKeymap: false,
      dropcursor: false,
      gapcursor: false,
      trailingNode: false,
      undoRedo: false,
      link: bodyLinkOptions(),
    }),
    ...nodes,
  ];
}

/**
 * JSON → HTML → JSON through two headless editors with `extensions`: the
 * first holds `content` as given and writes exactly `html`; the second reads
 * that HTML back as the same JSON.
 */
export function expectHtmlRoundTrip(extensions: Extensions, content: JSONContent, html: string): void {
  const writer = new Editor({ extensions, content });
  expect(writer.getJSON()).toEqual(content);
  expect(writer.getHTML()).toBe(html);
  writer.destroy();
  const reader = new Editor({ extensions, content: html });
  expect(reader.getJSON()).toEqual(content);
  reader.destroy();
}

/** Front matter that gives every header field, so the importer reads the whole Markdown body as the body. */
const FRONT_MATTER =
  '---\ntitle: "Round trip"\nstandfirst: "A body and nothing else."\nbyline: "By the desk"\ntags: []\nrelated: []\n---\n\n';

/** JSON → Markdown → JSON: the export writes `body` as exactly `lines`, and the Markdown import reads them back as `body`. */
export async function expectMarkdownRoundTrip(body: BodyDoc, lines: readonly string[]): Promise<void> {
  const markdown = renderBodyMarkdown(body, { imageUrl: (src) => src });
  expect(markdown).toBe(`${lines.join('\n')}\n`);
  const draft = await readMarkdown('round-trip.md', `${FRONT_MATTER}${markdown}`, undefined);
  expect(draft.content.body).toEqual(body);
}
