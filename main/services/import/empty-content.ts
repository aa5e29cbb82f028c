import type { BriefContent, PmNodeJson } from '../../../shared/model/brief';

/** Whether a body node holds any text (a note's included) or an image. */
function holdsSomething(node: PmNodeJson): boolean {
  if (typeof node.text === 'string') return node.text.trim() !== '';
  if (node.type === 'image') return true;
  return (node.content ?? []).some(holdsSomething);
}

/** Whether imported content holds nothing to make a brief of: no headline, standfirst, byline, hero, text or image. */
export function isEmptyContent(content: BriefContent): boolean {
  return (
    content.headline.trim() === '' &&
    content.standfirst.trim() === '' &&
    content.byline.trim() === '' &&
    content.hero === null &&
    !holdsSomething(content.body)
  );
}
