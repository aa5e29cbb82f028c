import type { Node as PmNode } from '@tiptap/pm/model';
import { MarkdownSerializer, type MarkdownSerializerState } from 'prosemirror-markdown';
import { bodySchema } from '../editor/body-extensions';
import { editorsDeskAttributes, EDITORS_DESK_DEFAULT_TITLE, MARKDOWN_DESK_CONTAINER, MARKDOWN_DESK_LABELS } from '../editor/nodes/editors-desk';
import { isAllowedLinkHref } from '../editor/link-policy';
import type { BodyDoc } from '../model/brief';

/** What `renderBodyMarkdown` needs besides the body. */
export interface BodyMarkdownOptions {
  /**
   * The path or URL an image's stored `src` is written with (e.g. a relative
   * file beside the .md), or null to leave the image out.
   */
  imageUrl: (src: string) => string | null;
}

/** Heading written before the numbered list of a Key Takeaways block. */
export const MARKDOWN_TAKEAWAYS_HEADING = '## Key Takeaways';

type NodeSerializers = ConstructorParameters<typeof MarkdownSerializer>[0];
type MarkSerializers = ConstructorParameters<typeof MarkdownSerializer>[1];

/**
 * Raw HTML never gets through: `<` is always escaped (`\<`, text for every
 * CommonMark reader), and `&` where it would start a character reference.
 */
const ESCAPE_EXTRA = /<|&(?=#?[A-Za-z0-9]+;)/g;

function numberedList(state: MarkdownSerializerState, node: PmNode, start: number): void {
  const width = String(start + node.childCount - 1).length;
  state.renderList(node, state.repeat(' ', width + 2), (index) => {
    const number = String(start + index);
    return `${state.repeat(' ', width - number.length)}${number}. `;
  });
}

/** A link target safe to write in `(…)`: an allowed absolute URL, normalised and percent-encoded, or null. */
function markdownHref(href: unknown): string | null {
  if (typeof href !== 'string' || !isAllowedLinkHref(href)) return null;
  return new URL(href.trim()).href.replace(/[\s<>"\\]/g, encodeURIComponent).replace(/[()]/g, '\\$&');
}

function backticksFor(node: PmNode, side: -1 | 1): string {
  let longest = 0;
  for (const match of (node.isText ? (node.text ?? '') : '').matchAll(/`+/g)) longest = Math.max(longest, match[0].length);
  const ticks = '`'.repeat(longest + 1);
  if (longest === 0) return ticks;
  return side > 0 ? ` ${ticks}` : `${ticks} `;
}

/** The longest run of `:` starting a line of `text` (0 when none). */
function longestColonRun(text: string): number {
  let longest = 0;
  for (const match of text.matchAll(/^:+/gm)) longest = Math.max(longest, match[0].length);
  return longest;
}

/**
 * An Editor's Desk, in a form an importer can take apart without guessing:
 *
 * ```
 * :::editors-desk
 * **Title:** Strategic Analysis\
 * **Desk:** Northwind Policy Desk\
 * **Series:** Strategic Insight\
 * **Publication:** The Review
 *
 * The analysis: paragraphs, lists, quotes.
 * :::
 * ```
 *
 * A generic-directive container (markdown-it-container / remark-directive
 * syntax) named `editors-desk`; its fence is one colon longer than any run of
 * colons starting a line inside, and closes with the same fence. Its first
 * paragraph always holds the four labelled lines, in this order, each value
 * Markdown-escaped (an empty value leaves the label alone); every later block
 * is the analysis. A reader without container support shows the fields as a
 * paragraph above the analysis.
 */
function editorsDesk(serializer: () => MarkdownSerializer): NodeSerializers[string] {
  return (state, node) => {
    const attrs = editorsDeskAttributes(node);
    const values = { ...attrs, title: attrs.title.trim() || EDITORS_DESK_DEFAULT_TITLE };
    const inner = serializer().serialize(node, { tightLists: true });
    const fence = ':'.repeat(Math.max(3, longestColonRun(inner) + 1));
    state.write(`${fence}${MARKDOWN_DESK_CONTAINER}`);
    state.ensureNewLine();
    const names = ['title', 'deskName', 'series', 'publication'] as const;
    names.forEach((name, index) => {
      const value = values[name].replace(/\s+/g, ' ').trim();
      state.write(`**${MARKDOWN_DESK_LABELS[name]}:**${value ? ` ${state.esc(value)}` : ''}${index < names.length - 1 ? '\\' : ''}`);
      state.ensureNewLine();
    });
    // The fields paragraph ends here; the analysis follows after a blank line.
    state.closeBlock(node);
    state.renderContent(node);
    state.write(fence);
    state.closeBlock(node);
  };
}

function createSerializer(options: BodyMarkdownOptions): MarkdownSerializer {
  let serializer: MarkdownSerializer | undefined;
  const self = (): MarkdownSerializer => {
    if (!serializer) throw new Error('The Markdown serializer is not ready');
    return serializer;
  };
  const nodes: NodeSerializers = {
    paragraph(state, node) {
      state.renderInline(node);
      state.closeBlock(node);
    },
    heading(state, node) {
      const level: unknown = node.attrs.level;
      state.write(`${state.repeat('#', typeof level === 'number' ? level : 2)} `);
      state.renderInline(node, false);
      state.closeBlock(node);
    },
    blockquote(state, node) {
      state.wrapBlock('> ', null, node, () => state.renderContent(node));
    },
    bulletList(state, node) {
      state.renderList(node, '  ', () => '- ');
    },
    orderedList(state, node) {
      const start: unknown = node.attrs.start;
      numberedList(state, node, typeof start === 'number' && Number.isInteger(start) && start >= 0 ? start : 1);
    },
    listItem(state, node) {
      state.renderContent(node);
    },
    hardBreak(state, node, parent, index) {
      for (let i = index + 1; i < parent.childCount; i += 1) {
        if (parent.child(i).type !== node.type) {
          state.write('\\\n');
          return;
        }
      }
    },
    horizontalRule(state, node) {
      state.write('---');
      state.closeBlock(node);
    },
    image(state, node) {
      const src: unknown = node.attrs.src;
      const url = typeof src === 'string' ? options.imageUrl(src) : null;
      if (url === null) return;
      const alt: unknown = node.attrs.alt;
      const text = typeof alt === 'string' ? alt.replace(/\s+/g, ' ').trim() : '';
      state.write(`![${state.esc(text)}](${url.replace(/[\s<>"\\()]/g, encodeURIComponent)})`);
      state.closeBlock(node);
    },
    keyTakeaways(state, node) {
      state.write(MARKDOWN_TAKEAWAYS_HEADING);
      // Closed as a takeaway (not as this block), so the list starts after one blank line.
      state.closeBlock(node.firstChild ?? node);
      numberedList(state, node, 1);
    },
    takeaway(state, node) {
      state.renderInline(node);
      state.closeBlock(node);
    },
    editorsDesk: editorsDesk(self),
    text(state, node) {
      state.text(node.text ?? '');
    },
  };
  const marks: MarkSerializers = {
    bold: { open: '**', close: '**', mixable: true, expelEnclosingWhitespace: true },
    italic: { open: '*', close: '*', mixable: true, expelEnclosingWhitespace: true },
    strike: { open: '~~', close: '~~', mixable: true, expelEnclosingWhitespace: true },
    // Markdown has no underline: the text stays, the mark goes.
    underline: { open: '', close: '' },
    code: {
      open: (_state, _mark, parent, index) => backticksFor(parent.child(index), -1),
      close: (_state, _mark, parent, index) => backticksFor(parent.child(index - 1), 1),
      escape: false,
    },
    // Only allowed targets become links; anything else keeps its text and loses the link.
    link: {
      open: (_state, mark) => (markdownHref(mark.attrs.href) === null ? '' : '['),
      close: (_state, mark) => {
        const href = markdownHref(mark.attrs.href);
        return href === null ? '' : `](${href})`;
      },
      mixable: true,
    },
  };
  serializer = new MarkdownSerializer(nodes, marks, { escapeExtraCharacters: ESCAPE_EXTRA, hardBreakNodeName: 'hardBreak' });
  return serializer;
}

/**
 * A brief's body as CommonMark (with GFM `~~strike~~`), through the body
 * schema and prosemirror-markdown: headings, paragraphs, bold/italic/strike
 * (underline keeps only its text), allowed links as `[text](url)`, lists,
 * quotes, hard breaks, rules, images via `options.imageUrl`; Key Takeaways as
 * `## Key Takeaways` and a numbered list; each Editor's Desk as an
 * `:::editors-desk` container (see `editorsDesk` above). Text is escaped,
 * raw HTML never written. Resolve synced desks first. Throws when the body
 * does not fit the schema.
 */
export function renderBodyMarkdown(body: BodyDoc, options: BodyMarkdownOptions): string {
  const doc = bodySchema().nodeFromJSON(body);
  doc.check();
  const markdown = createSerializer(options).serialize(doc, { tightLists: true }).trim();
  return markdown ? `${markdown}\n` : '';
}
