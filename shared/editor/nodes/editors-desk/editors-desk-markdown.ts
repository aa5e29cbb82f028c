import type { MarkdownRules } from '../../../render/markdown-node-rules';
import { EDITORS_DESK, EDITORS_DESK_DEFAULT_TITLE, editorsDeskAttributes, type EditorsDeskAttributes } from './editors-desk';

/** Name of the container an Editor's Desk block is written in (`:::editors-desk`). */
export const MARKDOWN_DESK_CONTAINER = 'editors-desk';
/** Labels of an Editor's Desk's fields, in the order they are written. */
export const MARKDOWN_DESK_LABELS = {
  title: 'Title',
  deskName: 'Desk',
  series: 'Series',
  publication: 'Publication',
} as const;

/** The fields an Editor's Desk's Markdown carries in its labelled lines. */
export type MarkdownDeskFields = Omit<EditorsDeskAttributes, 'libraryRef'>;

const FIELD_NAMES = ['title', 'deskName', 'series', 'publication'] as const;

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
 * paragraph above the analysis. Read back by markdownDeskContainer and
 * markdownDeskFields.
 */
export const editorsDeskMarkdown: MarkdownRules = ({ contentMarkdown }) => ({
  [EDITORS_DESK](state, node) {
    const attrs = editorsDeskAttributes(node);
    const values = { ...attrs, title: attrs.title.trim() || EDITORS_DESK_DEFAULT_TITLE };
    const inner = contentMarkdown(node);
    const fence = ':'.repeat(Math.max(3, longestColonRun(inner) + 1));
    state.write(`${fence}${MARKDOWN_DESK_CONTAINER}`);
    state.ensureNewLine();
    FIELD_NAMES.forEach((name, index) => {
      const value = values[name].replace(/\s+/g, ' ').trim();
      state.write(`**${MARKDOWN_DESK_LABELS[name]}:**${value ? ` ${state.esc(value)}` : ''}${index < FIELD_NAMES.length - 1 ? '\\' : ''}`);
      state.ensureNewLine();
    });
    // The fields paragraph ends here; the analysis follows after a blank line.
    state.closeBlock(node);
    state.renderContent(node);
    state.write(fence);
    state.closeBlock(node);
  },
});

const FIELD_BY_LABEL = new Map<string, keyof MarkdownDeskFields>(
  FIELD_NAMES.map((name) => [MARKDOWN_DESK_LABELS[name].toLowerCase(), name]),
);

/**
 * The desk's fields from the text lines of a container's first paragraph
 * ("Title: …", "Desk: …", labels in any case and order, missing ones empty,
 * the title "Strategic Analysis" unless given), or null when some line is
 * not such a field, or there is none.
 */
export function markdownDeskFields(lines: readonly string[]): MarkdownDeskFields | null {
  const fields: MarkdownDeskFields = { title: EDITORS_DESK_DEFAULT_TITLE, deskName: '', series: '', publication: '' };
  if (lines.length === 0) return null;
  for (const line of lines) {
    const match = /^([A-Za-z]+):\s*(.*)$/.exec(line);
    const field = match?.[1] ? FIELD_BY_LABEL.get(match[1].toLowerCase()) : undefined;
    if (!field) return null;
    fields[field] = match?.[2] ?? '';
  }
  return fields;
}
