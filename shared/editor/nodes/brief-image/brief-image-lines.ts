import { attrString, type BodyLineRule } from '../../../revisions/body-line';

/** An image as "[Image: alt]" (its src when it has no alt), its attributes as the format. */
export const briefImageLines: BodyLineRule = (node, place, out) => {
  const alt = attrString(node, 'alt');
  out.addAt(place, 'image', `[Image: ${alt || attrString(node, 'src')}]`, JSON.stringify(node.attrs ?? {}));
};
