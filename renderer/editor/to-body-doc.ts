import type { JSONContent } from '@tiptap/core';
import type { BodyDoc, PmNodeJson } from '../../shared/model/brief';

function toPmNode(node: JSONContent): PmNodeJson {
  const result: PmNodeJson = { type: node.type ?? 'paragraph' };
  if (node.attrs) result.attrs = { ...node.attrs };
  if (node.content) result.content = node.content.map(toPmNode);
  if (node.marks) result.marks = node.marks.map((mark) => (mark.attrs ? { type: mark.type, attrs: { ...mark.attrs } } : { type: mark.type }));
  if (typeof node.text === 'string') result.text = node.text;
  return result;
}

/** The editor's JSON as the stored body document. */
export function toBodyDoc(json: JSONContent): BodyDoc {
  return { type: 'doc', content: (json.content ?? []).map(toPmNode) };
}
