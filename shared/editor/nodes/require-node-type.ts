import type { NodeType, Schema } from '@tiptap/pm/model';

/** The node type `name` of `schema`; throws when the schema was made without the brief blocks. */
export function requireNodeType(schema: Schema, name: string): NodeType {
  const type = schema.nodes[name];
  if (!type) throw new Error(`The schema has no "${name}" node; add briefBlockExtensions.`);
  return type;
}
