import { inlineFormat, inlineText, type BodyLineRule } from '../../../revisions/body-line';
import { TAKEAWAY } from './key-takeaways';

/** Each item of a Key Takeaways block as a line of its own, labelled "Key Takeaways 1", "Key Takeaways 2"… */
export const keyTakeawaysLines: BodyLineRule = (node, _place, out) => {
  let number = 0;
  for (const item of node.content ?? []) {
    if (item.type !== TAKEAWAY) continue;
    number += 1;
    out.add({ kind: 'takeaway', label: `Key Takeaways ${number}`, text: inlineText(item), format: inlineFormat(item) });
  }
};
