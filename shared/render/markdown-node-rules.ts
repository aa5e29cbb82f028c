import type { Node as PmNode } from '@tiptap/pm/model';
import type { MarkdownSerializer } from 'prosemirror-markdown';

/** Markdown writers by node name, as prosemirror-markdown's MarkdownSerializer takes them. */
export type MarkdownNodeRules = ConstructorParameters<typeof MarkdownSerializer>[0];

/** What a node's Markdown rules may ask of the body's serializer. */
export interface MarkdownRuleContext {
  /** The path or URL an image's stored `src` is written with, or null to leave the image out. */
  imageUrl: (src: string) => string | null;
  /** A node's content as Markdown on its own, through the same rules (tight lists). */
  contentMarkdown: (node: PmNode) => string;
  /** The number of a footnote in this document (given in the order notes are met). */
  noteNumber: (note: PmNode) => number;
}

/** A custom node's Markdown writers, made for one serializer. */
export type MarkdownRules = (context: MarkdownRuleContext) => MarkdownNodeRules;
