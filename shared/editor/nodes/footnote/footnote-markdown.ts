import type { Node as PmNode } from '@tiptap/pm/model';
import type { MarkdownRules } from '../../../render/markdown-node-rules';
import { FOOTNOTE } from './footnote-name';

/**
 * The notes met while one body is written as Markdown, numbered in the
 * order they are met (a node met twice — the Editor's Desk writes its
 * content once to measure it — keeps its first number).
 */
export class MarkdownNotes {
  readonly #numbers = new Map<PmNode, number>();
  readonly #notes: PmNode[] = [];

  /** The number of `note`, given on first sight. */
  number(note: PmNode): number {
    let number = this.#numbers.get(note);
    if (number === undefined) {
      this.#notes.push(note);
      number = this.#notes.length;
      this.#numbers.set(note, number);
    }
    return number;
  }

  /** The notes, in number order. */
  get notes(): readonly PmNode[] {
    return this.#notes;
  }
}

/** A footnote's reference in the text: `[^1]` (markdown-it-footnote, pandoc, GitHub). */
export const footnoteMarkdown: MarkdownRules = ({ noteNumber }) => ({
  [FOOTNOTE](state, node) {
    state.write(`[^${noteNumber(node)}]`);
  },
});

/**
 * The definitions of the notes, for the end of the document: `[^1]: the
 * note`, one paragraph each, a note's further lines indented by four spaces
 * (its line breaks written as `\` at the end of a line). `inlineMarkdown`
 * writes a note's content as one paragraph of Markdown.
 */
export function footnoteDefinitions(notes: readonly PmNode[], inlineMarkdown: (note: PmNode) => string): string {
  return notes
    .map((note, index) => {
      const [first = '', ...rest] = inlineMarkdown(note).trim().split('\n');
      return [`[^${index + 1}]:${first ? ` ${first}` : ''}`, ...rest.map((line) => `    ${line}`)].join('\n');
    })
    .join('\n\n');
}
