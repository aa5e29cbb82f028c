import { EDITORS_DESK, EDITORS_DESK_DEFAULT_TITLE } from '../../../shared/editor/nodes/editors-desk';
import { FOOTNOTE } from '../../../shared/editor/nodes/footnote';
import { KEY_TAKEAWAYS } from '../../../shared/editor/nodes/key-takeaways';
import type { BriefContent, PmNodeJson } from '../../../shared/model/brief';
import { plainTextOf } from '../../../shared/model/word-count';

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

function stringAttr(node: PmNodeJson, name: string): string {
  const value: unknown = node.attrs?.[name];
  return typeof value === 'string' ? value.trim() : '';
}

/** What the body holds: paragraphs with text, headings, images and code blocks outside its Key Takeaways and Editor's Desk blocks; footnotes anywhere. */
function bodyCounts(content: PmNodeJson[]): { paragraphs: number; headings: number; images: number; code: number; notes: number } {
  const counts = { paragraphs: 0, headings: 0, images: 0, code: 0, notes: 0 };
  const visit = (node: PmNodeJson, inBlock: boolean): void => {
    if (node.type === FOOTNOTE) {
      counts.notes += 1;
      return;
    }
    const block = inBlock || node.type === KEY_TAKEAWAYS || node.type === EDITORS_DESK;
    if (!block) {
      if (node.type === 'paragraph' && plainTextOf(node).trim() !== '') counts.paragraphs += 1;
      if (node.type === 'heading') counts.headings += 1;
      if (node.type === 'image') counts.images += 1;
      if (node.type === 'codeBlock') counts.code += 1;
    }
    node.content?.forEach((child) => visit(child, block));
  };
  content.forEach((node) => visit(node, false));
  return counts;
}

/** The phrase for one block of the body, or null for other nodes. */
function blockPhrase(node: PmNodeJson): string | null {
  if (node.type === KEY_TAKEAWAYS) return `Key Takeaways (${plural(node.content?.length ?? 0, 'point', 'points')})`;
  if (node.type !== EDITORS_DESK) return null;
  const title = stringAttr(node, 'title') || EDITORS_DESK_DEFAULT_TITLE;
  const signedOff = ['deskName', 'series', 'publication'].some((name) => stringAttr(node, name) !== '');
  return `Editor's Desk “${title}”${signedOff ? ' with sign-off' : ''}`;
}

/**
 * What an imported brief holds, as the short phrases of an import report:
 * "Headline", "Standfirst", "Section", "Byline", "Tags (3)", "Hero image
 * with alt text", "Key Takeaways (5 points)", "Editor's Desk “Strategic
 * Analysis” with sign-off", "Body (12 paragraphs, 2 headings, 1 code block)",
 * "Footnotes (4)", "Related briefs (2)". Empty fields are not listed.
 */
export function recognisedParts(content: BriefContent): string[] {
  const parts: string[] = [];
  if (content.headline.trim()) parts.push('Headline');
  if (content.standfirst.trim()) parts.push('Standfirst');
  if (content.section.trim()) parts.push('Section');
  if (content.byline.trim()) parts.push('Byline');
  if (content.tags.length > 0) parts.push(`Tags (${content.tags.length})`);
  if (content.hero) parts.push(content.hero.alt.trim() ? 'Hero image with alt text' : 'Hero image');
  const blocks = content.body.content ?? [];
  const found: PmNodeJson[] = [];
  const collect = (node: PmNodeJson): void => {
    if (blockPhrase(node) !== null) found.push(node);
    else node.content?.forEach(collect);
  };
  blocks.forEach(collect);
  for (const block of found) parts.push(blockPhrase(block) ?? '');
  const counts = bodyCounts(blocks);
  const body = [
    plural(counts.paragraphs, 'paragraph', 'paragraphs'),
    ...(counts.headings > 0 ? [plural(counts.headings, 'heading', 'headings')] : []),
    ...(counts.images > 0 ? [plural(counts.images, 'image', 'images')] : []),
    ...(counts.code > 0 ? [plural(counts.code, 'code block', 'code blocks')] : []),
  ];
  if (counts.paragraphs + counts.headings + counts.images + counts.code > 0) parts.push(`Body (${body.join(', ')})`);
  if (counts.notes > 0) parts.push(`Footnotes (${counts.notes})`);
  if (content.related.length > 0) parts.push(`Related briefs (${content.related.length})`);
  return parts;
}
