import type { MarkdownRules } from '../../../render/markdown-node-rules';
import { writeNumberedList } from '../../../render/markdown-numbered-list';
import { KEY_TAKEAWAYS, TAKEAWAY } from './key-takeaways';

/** Heading written before the numbered list of a Key Takeaways block. */
export const MARKDOWN_TAKEAWAYS_HEADING = '## Key Takeaways';

/**
 * Key Takeaways in Markdown: `## Key Takeaways`, a blank line, then the items
 * as a numbered list from 1 (the importer reads that heading and list back
 * as the block).
 */
export const keyTakeawaysMarkdown: MarkdownRules = () => ({
  [KEY_TAKEAWAYS](state, node) {
    state.write(MARKDOWN_TAKEAWAYS_HEADING);
    // Closed as a takeaway (not as this block), so the list starts after one blank line.
    state.closeBlock(node.firstChild ?? node);
    writeNumberedList(state, node, 1);
  },
  [TAKEAWAY](state, node) {
    state.renderInline(node);
    state.closeBlock(node);
  },
});
