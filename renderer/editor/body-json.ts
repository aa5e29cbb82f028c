import type { Mark, Node as PmNode } from '@tiptap/pm/model';
import type { BodyDoc, PmNodeJson } from '../../shared/model/brief';

type MarkJson = NonNullable<PmNodeJson['marks']>[number];

/**
 * The JSON of each document node seen so far. ProseMirror nodes are
 * immutable and a transaction keeps every node it does not touch, so after a
 * keystroke only the nodes on the path to the edit are converted again.
 */
const converted = new WeakMap<PmNode, PmNodeJson>();

function hasAttrs(attrs: Readonly<Record<string, unknown>>): boolean {
  for (const _name in attrs) return true;
  return false;
}

function markJson(mark: Mark): MarkJson {
  return Object.freeze(hasAttrs(mark.attrs) ? { type: mark.type.name, attrs: Object.freeze({ ...mark.attrs }) } : { type: mark.type.name });
}

/** One node as stored (the shape of `node.toJSON()`), frozen: it is shared by every body that still holds the node. */
function nodeJson(node: PmNode): PmNodeJson {
  const known = converted.get(node);
  if (known) return known;
  const json: PmNodeJson = { type: node.type.name };
  if (hasAttrs(node.attrs)) json.attrs = Object.freeze({ ...node.attrs });
  if (node.content.size > 0) {
    const content: PmNodeJson[] = [];
    node.forEach((child) => content.push(nodeJson(child)));
    json.content = Object.freeze(content) as PmNodeJson[];
  }
  if (node.marks.length > 0) json.marks = Object.freeze(node.marks.map(markJson)) as MarkJson[];
  if (node.isText && typeof node.text === 'string') json.text = node.text;
  Object.freeze(json);
  converted.set(node, json);
  return json;
}

/**
 * The editor's document as the stored body: the same JSON as
 * `toBodyDoc(editor.getJSON())`, built from the nodes converted for earlier
 * versions of the document wherever they are unchanged (cheap per keystroke
 * in a long brief). The result and its parts are frozen.
 */
export function bodyDocOf(doc: PmNode): BodyDoc {
  const content: PmNodeJson[] = [];
  doc.forEach((child) => content.push(nodeJson(child)));
  return { type: 'doc', content };
}
