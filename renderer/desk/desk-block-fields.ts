import type { Node as PmNode } from '@tiptap/pm/model';
import { editorsDeskAttributes } from '../../shared/editor/nodes/editors-desk';
import type { PmNodeJson } from '../../shared/model/brief';
import type { DeskBlockFields } from '../../shared/model/desk-block';

/** The fields of a desk-library block made from an Editor's Desk in a brief, under a name. */
export function deskBlockFieldsOf(desk: PmNode, name: string): DeskBlockFields {
  const { title, deskName, series, publication } = editorsDeskAttributes(desk);
  const content: PmNodeJson[] = [];
  desk.forEach((child) => {
    content.push(child.toJSON());
  });
  return { name, title, deskName, series, publication, content };
}
