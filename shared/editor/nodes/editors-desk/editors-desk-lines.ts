import { attrString, type BodyLinePlace, type BodyLineRule } from '../../../revisions/body-line';
import { EDITORS_DESK_BADGE } from './editors-desk';

/** Where the desk's own blocks are read: labelled "Editor's Desk". */
const IN_DESK: BodyLinePlace = { label: EDITORS_DESK_BADGE, kind: 'desk', prefix: '' };

/**
 * An Editor's Desk as lines: its title, its analysis block by block
 * (labelled "Editor's Desk") and its sign-off lines joined by " / " (left
 * out when all are empty).
 */
export const editorsDeskLines: BodyLineRule = (node, _place, out) => {
  out.add({ kind: 'desk-title', label: `${EDITORS_DESK_BADGE} title`, text: attrString(node, 'title'), format: '' });
  for (const child of node.content ?? []) out.walk(child, IN_DESK);
  const signOff = ['deskName', 'series', 'publication'].map((name) => attrString(node, name).trim()).filter(Boolean);
  if (signOff.length > 0) out.add({ kind: 'sign-off', label: 'Sign-off', text: signOff.join(' / '), format: '' });
};
