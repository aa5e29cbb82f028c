import type { MarkdownRules } from './markdown-node-rules';

/** A language name as a fence's info string may carry it. */
const LANGUAGE = /^[A-Za-z0-9_+#.-]{1,40}$/;

/** The longest run of backticks in `text` (0 when none). */
function longestBacktickRun(text: string): number {
  let longest = 0;
  for (const match of text.matchAll(/`+/g)) longest = Math.max(longest, match[0].length);
  return longest;
}

/**
 * A code block as a fenced block: three backticks (one more than the
 * longest run inside), its language as the info string, the text exactly as
 * it is — spaces, tabs, blank lines — and the closing fence.
 */
export const codeBlockMarkdown: MarkdownRules = () => ({
  codeBlock(state, node) {
    const text = node.textContent;
    const fence = '`'.repeat(Math.max(3, longestBacktickRun(text) + 1));
    const language: unknown = node.attrs.language;
    state.write(`${fence}${typeof language === 'string' && LANGUAGE.test(language) ? language : ''}\n`);
    state.text(text, false);
    // Always a line end before the fence: a text ending in a newline keeps it (the reader drops one).
    state.write('\n');
    state.write(fence);
    state.closeBlock(node);
  },
});
