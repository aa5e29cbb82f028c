import type { PmNodeJson } from '../../shared/model/brief';
import type { Template } from '../../shared/model/template';

const BLOCK_NAMES: Record<string, string> = {
  keyTakeaways: 'Key Takeaways',
  editorsDesk: 'Editor’s Desk',
  heading: 'Heading',
  image: 'Image',
  bulletList: 'List',
  orderedList: 'Numbered list',
  blockquote: 'Quote',
};

function blockLabel(node: PmNodeJson): string | null {
  const name = BLOCK_NAMES[node.type];
  if (!name) return null;
  const title: unknown = node.attrs?.title;
  if (node.type === 'editorsDesk' && typeof title === 'string' && title.trim() !== '') return `${name} “${title.trim()}”`;
  return name;
}

/**
 * A one-line description of what a brief made from a template starts with:
 * its blocks in order (paragraphs left out), then section and tags.
 */
export function templateOutline(template: Pick<Template, 'body' | 'section' | 'tags'>): string {
  const parts = (template.body.content ?? []).map(blockLabel).filter((label) => label !== null);
  if (template.section.trim() !== '') parts.push(`Section: ${template.section.trim()}`);
  if (template.tags.length > 0) parts.push(`Tags: ${template.tags.join(', ')}`);
  return parts.length > 0 ? parts.join(' · ') : 'An empty brief';
}
