import { Editor, type Extensions, type JSONContent } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
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

/** What a headless editor makes of a document: its JSON, its HTML, and the JSON a second editor reads from that HTML. */
export interface HtmlRoundTrip {
  json: JSONContent;
  html: string;
  back: JSONContent;
}

/** JSON → HTML → JSON through two headless editors with `extensions`. */
export function htmlRoundTrip(extensions: Extensions, content: JSONContent): HtmlRoundTrip {
  const writer = new Editor({ extensions, content });
  const json = writer.getJSON();
  const html = writer.getHTML();
  writer.destroy();
  const reader = new Editor({ extensions, content: html });
  const back = reader.getJSON();
  reader.destroy();
  return { json, html, back };
}

/** Front matter that gives every header field, so the importer reads the whole Markdown body as the body. */
const FRONT_MATTER = '---\ntitle: "Round trip"\nstandfirst: "A body and nothing else."\nbyline: "By the desk"\ntags: []\nrelated: []\n---\n\n';

/** JSON → Markdown (the export's body) → JSON (the Markdown import's body). */
export async function markdownRoundTrip(body: BodyDoc): Promise<{ markdown: string; back: BodyDoc }> {
  const markdown = renderBodyMarkdown(body, { imageUrl: (src) => src });
  const draft = await readMarkdown('round-trip.md', `${FRONT_MATTER}${markdown}`, undefined);
  return { markdown, back: draft.content.body };
}
