import { FOOTNOTE, footnoteInlineText } from '../editor/nodes/footnote';
import type { PmNodeJson } from '../model/brief';
import type { BodyLineKind } from './brief-diff-model';

/** One block of the body as a line of text, for diffing. */
export interface BodyLine {
  kind: BodyLineKind;
  /** "Key Takeaways 2", "Editor's Desk title", "Editor's Desk", "Sign-off", or null. */
  label: string | null;
  /** The text as a reader sees it: "## A heading", "- an item", "> a quote", a paragraph. */
  text: string;
  /** The formatting of the text (marks, link targets, image attributes), so a change there is noticed. */
  format: string;
}

/** Where the walk is: the label lines get and the prefix their text gets (list markers, quote marks). */
export interface BodyLinePlace {
  label: string | null;
  kind: BodyLineKind | null;
  prefix: string;
}

/** What a node's rule is given to add its lines. */
export interface BodyLineWriter {
  /** Adds a line as it is (its own label and kind, no prefix). */
  add: (line: BodyLine) => void;
  /** Adds a line at `place`: with its label, its kind when it has one (else `kind`), its prefix before `text`. */
  addAt: (place: BodyLinePlace, kind: BodyLineKind, text: string, format?: string) => void;
  /** Adds the lines of a node inside this one, at `place`. */
  walk: (node: PmNodeJson, place: BodyLinePlace) => void;
}

/** A custom node as lines: what it adds for `node`, met at `place`. */
export type BodyLineRule = (node: PmNodeJson, place: BodyLinePlace, out: BodyLineWriter) => void;

/** A string attribute of a node ('' when it is not a string). */
export function attrString(node: PmNodeJson, name: string): string {
  const value = node.attrs?.[name];
  return typeof value === 'string' ? value : '';
}

/** The text an inline node adds to its line: its text, a newline for a hard break, a footnote as `^[the note]`. */
function inlineNodeText(child: PmNodeJson): string {
  if (child.text !== undefined) return child.text;
  if (child.type === 'hardBreak') return '\n';
  return child.type === FOOTNOTE ? footnoteInlineText(child) : '';
}

/** The inline text of a textblock (hard breaks as newlines, footnotes as `^[the note]`). */
export function inlineText(node: PmNodeJson): string {
  return (node.content ?? []).map(inlineNodeText).join('');
}

/** The marks and attributes of a textblock's inline content (a footnote's own as well), as a comparable string. */
export function inlineFormat(node: PmNodeJson): string {
  return JSON.stringify(
    (node.content ?? []).map((child) => [
      child.type,
      child.text?.length ?? 0,
      child.marks ?? [],
      child.attrs ?? {},
      ...(child.type === FOOTNOTE ? [inlineFormat(child)] : []),
    ]),
  );
}
