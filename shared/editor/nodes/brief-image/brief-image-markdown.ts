import type { MarkdownRules } from '../../../render/markdown-node-rules';
import { BRIEF_IMAGE } from './brief-image';

/** An image as `![alt](url)`, the URL from the context's `imageUrl` (left out when it gives none). */
export const briefImageMarkdown: MarkdownRules = ({ imageUrl }) => ({
  [BRIEF_IMAGE](state, node) {
    const src: unknown = node.attrs.src;
    const url = typeof src === 'string' ? imageUrl(src) : null;
    if (url === null) return;
    const alt: unknown = node.attrs.alt;
    const text = typeof alt === 'string' ? alt.replace(/\s+/g, ' ').trim() : '';
    state.write(`![${state.esc(text)}](${url.replace(/[\s<>"\\()]/g, encodeURIComponent)})`);
    state.closeBlock(node);
  },
});
