import type { MarkdownIt, StateBlock } from 'markdown-it';
import { MARKDOWN_DESK_CONTAINER } from './editors-desk-markdown';

const OPENING = new RegExp(`^(:{3,})\\s*${MARKDOWN_DESK_CONTAINER}\\s*$`);

/**
 * The block rule of an `:::editors-desk` container (generic-directive
 * syntax, as renderBodyMarkdown writes an Editor's Desk): from the opening
 * fence to a line of at least as many colons, or to the end of the
 * enclosing block. Its content is parsed as Markdown between
 * `editors_desk_open` / `editors_desk_close` tokens, which render as
 * `<aside data-type="editors-desk">…</aside>`.
 */
function deskContainer(state: StateBlock, startLine: number, endLine: number, silent: boolean): boolean {
  if (state.sCount[startLine] === undefined || (state.sCount[startLine] ?? 0) - state.blkIndent >= 4) return false;
  const start = (state.bMarks[startLine] ?? 0) + (state.tShift[startLine] ?? 0);
  const opening = OPENING.exec(state.src.slice(start, state.eMarks[startLine]));
  const fence = opening?.[1];
  if (!fence) return false;
  if (silent) return true;
  const closing = new RegExp(`^:{${fence.length},}\\s*$`);
  let line = startLine + 1;
  let closed = false;
  for (; line < endLine; line += 1) {
    const from = (state.bMarks[line] ?? 0) + (state.tShift[line] ?? 0);
    const to = state.eMarks[line] ?? from;
    // A non-blank line less indented than the container's block ends it (as in a list).
    if (from < to && (state.sCount[line] ?? 0) < state.blkIndent) break;
    if ((state.sCount[line] ?? 0) - state.blkIndent < 4 && closing.test(state.src.slice(from, to))) {
      closed = true;
      break;
    }
  }
  const oldLineMax = state.lineMax;
  state.lineMax = line;
  const open = state.push('editors_desk_open', 'aside', 1);
  open.block = true;
  open.markup = fence;
  open.map = [startLine, line];
  open.attrSet('data-type', 'editors-desk');
  state.md.block.tokenize(state, startLine + 1, line);
  const close = state.push('editors_desk_close', 'aside', -1);
  close.block = true;
  close.markup = fence;
  state.lineMax = oldLineMax;
  state.line = line + (closed ? 1 : 0);
  return true;
}

/** markdown-it plugin: Editor's Desk containers (`:::editors-desk` … `:::`). */
export function markdownDeskContainer(md: MarkdownIt): void {
  md.block.ruler.before('fence', 'editors_desk', deskContainer, { alt: ['paragraph', 'reference', 'blockquote', 'list'] });
}
