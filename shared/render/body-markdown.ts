import type { Node as PmNode } from '@tiptap/pm/model';
import { MarkdownSerializer } from 'prosemirror-markdown';
import { bodySchema } from '../editor/body-extensions';
import { isAllowedLinkHref } from '../editor/link-policy';
import { validAnchor } from '../editor/valid-anchor';
import { briefImageMarkdown } from '../editor/nodes/brief-image';
import { editorsDeskMarkdown } from '../editor/nodes/editors-desk';
import { footnoteDefinitions, footnoteMarkdown, MarkdownNotes } from '../editor/nodes/footnote';
import { keyTakeawaysMarkdown } from '../editor/nodes/key-takeaways';
import { tableMarkdown } from '../editor/nodes/table';
import type { BodyDoc } from '../model/brief';
import type { MarkdownNodeRules, MarkdownRuleContext, MarkdownRules } from './markdown-node-rules';
import { writeNumberedList } from './markdown-numbered-list';
import { codeBlockMarkdown } from './markdown-code-block';

/** What `renderBodyMarkdown` needs besides the body. */
export interface BodyMarkdownOptions {
  /**
   * The path or URL an image's stored `src` is written with (e.g. a relative
   * file beside the .md), or null to leave the image out.
   */
  imageUrl: (src: string) => string | null;
}

/** The custom nodes' own Markdown rules (see each node's folder). */
const NODE_RULES: readonly MarkdownRules[] = [
  keyTakeawaysMarkdown,
  editorsDeskMarkdown,
  briefImageMarkdown,
  footnoteMarkdown,
  codeBlockMarkdown,
  tableMarkdown,
];

type MarkSerializers = ConstructorParameters<typeof MarkdownSerializer>[1];

/**
 * Raw HTML never gets through: `<` is always escaped (`\<`, text for every
 * CommonMark reader), and `&` where it would start a character reference.
 * Text starting with colons is escaped too (`\::: note`), so a line typed as
 * `:::editors-desk` or `:::` never opens or closes a container.
 */
const ESCAPE_EXTRA = /<|&(?=#?[A-Za-z0-9]+;)|^:(?=:)/gm;

/** A link target safe to write in `(…)`: an allowed absolute URL, normalised and percent-encoded, or a heading's anchor (`#…`); else null. */
function markdownHref(href: unknown): string | null {
  if (typeof href !== 'string') return null;
  const anchor = href.startsWith('#') ? validAnchor(href.slice(1)) : null;
  if (anchor !== null) return `#${encodeURIComponent(anchor)}`;
  if (!isAllowedLinkHref(href)) return null;
  return new URL(href.trim()).href.replace(/[\s<>"\\]/g, encodeURIComponent).replace(/[()]/g, '\\$&');
}

function backticksFor(node: PmNode, side: -1 | 1): string {
  let longest = 0;
  for (const match of (node.isText ? (node.text ?? '') : '').matchAll(/`+/g)) longest = Math.max(longest, match[0].length);
  const ticks = '`'.repeat(longest + 1);
  if (longest === 0) return ticks;
  return side > 0 ? ` ${ticks}` : `${ticks} `;
}

function createSerializer(options: BodyMarkdownOptions, notes: MarkdownNotes): MarkdownSerializer {
  const context: MarkdownRuleContext = {
    imageUrl: options.imageUrl,
    // Only called while the serializer below serializes.
    contentMarkdown: (node) => serializer.serialize(node, { tightLists: true }),
    noteNumber: (note) => notes.number(note),
  };
  const nodes: MarkdownNodeRules = {
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
      writeNumberedList(state, node, typeof start === 'number' && Number.isInteger(start) && start >= 0 ? start : 1);
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
    text(state, node) {
      state.text(node.text ?? '');
    },
  };
  for (const rules of NODE_RULES) Object.assign(nodes, rules(context));
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
  const serializer = new MarkdownSerializer(nodes, marks, { escapeExtraCharacters: ESCAPE_EXTRA, hardBreakNodeName: 'hardBreak' });
  return serializer;
}

/**
 * A brief's body as CommonMark (with GFM `~~strike~~`), through the body
 * schema and prosemirror-markdown: headings, paragraphs, bold/italic/strike
 * (underline keeps only its text), allowed links as `[text](url)` (and
 * links to a heading's anchor as `[text](#anchor)`), lists, quotes, hard
 * breaks, rules, images via `options.imageUrl`, code blocks fenced with
 * their language; footnotes as `[^1]` with their definitions at the end;
 * Key Takeaways as `## Key Takeaways` and a numbered list; each Editor's Desk
 * as an `:::editors-desk` container; tables as GFM pipe tables, or as HTML
 * tables of Markdown cells where GFM cannot say them (see each node's Markdown rules). Text
 * is escaped, raw HTML never written. Resolve synced desks first. Throws
 * when the body does not fit the schema.
 */
export function renderBodyMarkdown(body: BodyDoc, options: BodyMarkdownOptions): string {
  const schema = bodySchema();
  const doc = schema.nodeFromJSON(body);
  doc.check();
  const notes = new MarkdownNotes();
  const serializer = createSerializer(options, notes);
  const markdown = serializer.serialize(doc, { tightLists: true }).trim();
  const paragraph = schema.nodes.paragraph;
  const definitions =
    notes.notes.length > 0 && paragraph
      ? footnoteDefinitions(notes.notes, (note) =>
          serializer.serialize(schema.topNodeType.create(null, paragraph.create(null, note.content))),
        )
      : '';
  const all = [markdown, definitions].filter(Boolean).join('\n\n');
  return all ? `${all}\n` : '';
}
