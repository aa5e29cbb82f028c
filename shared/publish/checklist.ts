import { z } from 'zod';
import type { BriefContent, PmNodeJson } from '../model/brief';
import { validAnchor } from '../editor/valid-anchor';
import { isAllowedLinkHref, isInPageHref, isRelativeHref } from '../editor/link-policy';
import { isEmptyDesk, textOf } from './empty-blocks';

/** Fewest and most points a Key Takeaways block should have when published. */
export const MIN_TAKEAWAYS = 3;
export const MAX_TAKEAWAYS = 7;

/** One finding of the pre-publish checklist. */
export const ChecklistItem = z.object({
  /** The rule that found it: `headline`, `standfirst`, `hero-alt`, `takeaways`, `desk`, `links`. */
  rule: z.string(),
  /** `error` blocks publishing; a `warning` can be acknowledged by the analyst. */
  severity: z.enum(['error', 'warning']),
  message: z.string(),
});
export type ChecklistItem = z.infer<typeof ChecklistItem>;

/** The pre-publish checklist of a brief. */
export const Checklist = z.object({
  /** Findings that stop a publish. */
  errors: z.array(ChecklistItem),
  /** Findings the analyst may acknowledge and publish anyway. */
  warnings: z.array(ChecklistItem),
});
export type Checklist = z.infer<typeof Checklist>;

/** The content the checklist reads (a brief, or a revision's content). */
export type CheckedContent = Pick<BriefContent, 'headline' | 'standfirst' | 'hero' | 'body'>;

function walk(node: PmNodeJson, visit: (node: PmNodeJson) => void): void {
  visit(node);
  for (const child of node.content ?? []) walk(child, visit);
}

function attr(node: PmNodeJson, name: string): string {
  const value = node.attrs?.[name];
  return typeof value === 'string' ? value.trim() : '';
}

/** `text` with its percent-escapes decoded, or as it is when they are broken. */
function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

const plural = (count: number, one: string, many: string): string => `${count} ${count === 1 ? one : many}`;

/**
 * The pre-publish checklist, a pure function shared by the Publish dialog
 * and the Node side. Errors (publishing is refused): no headline, no
 * standfirst, a hero image without alt text, an empty Editor's Desk block,
 * a malformed link. Warnings (the analyst may acknowledge them): no Key
 * Takeaways block, or one with fewer than 3 or more than 7 points (or an
 * empty point), more than one Key Takeaways block.
 */
export function runChecklist(content: CheckedContent): Checklist {
  const errors: ChecklistItem[] = [];
  const warnings: ChecklistItem[] = [];
  const error = (rule: string, message: string) => errors.push({ rule, severity: 'error', message });
  const warning = (rule: string, message: string) => warnings.push({ rule, severity: 'warning', message });

  if (content.headline.trim() === '') error('headline', 'The brief has no headline.');
  if (content.standfirst.trim() === '') error('standfirst', 'The brief has no standfirst.');
  if (content.hero && content.hero.alt.trim() === '') error('hero-alt', 'The hero image has no alt text.');

  const takeawayBlocks: PmNodeJson[] = [];
  let emptyDesks = 0;
  const badLinks: string[] = [];
  const relativeLinks: string[] = [];
  const inPageLinks: string[] = [];
  const anchors = new Set<string>();
  walk(content.body as PmNodeJson, (node) => {
    if (node.type === 'keyTakeaways') takeawayBlocks.push(node);
    if (node.type === 'editorsDesk' && isEmptyDesk(node)) emptyDesks += 1;
    const anchor = node.type === 'heading' ? validAnchor(attr(node, 'anchor')) : null;
    if (anchor !== null) anchors.add(anchor);
    for (const mark of node.marks ?? []) {
      if (mark.type !== 'link') continue;
      const href = typeof mark.attrs?.href === 'string' ? mark.attrs.href.trim() : '';
      if (isAllowedLinkHref(href)) continue;
      if (isInPageHref(href)) inPageLinks.push(href);
      else if (isRelativeHref(href)) relativeLinks.push(href);
      else badLinks.push(href === '' ? '(empty)' : href);
    }
  });
  // A link to a place in the brief is fine while a heading there has that anchor.
  badLinks.push(...inPageLinks.filter((href) => !anchors.has(safeDecode(href.slice(1)))));

  if (takeawayBlocks.length === 0) {
    warning('takeaways', `The brief has no Key Takeaways block (${MIN_TAKEAWAYS}–${MAX_TAKEAWAYS} points are expected).`);
  } else {
    if (takeawayBlocks.length > 1) warning('takeaways', `The brief has ${takeawayBlocks.length} Key Takeaways blocks; one is expected.`);
    for (const block of takeawayBlocks) {
      const points = (block.content ?? []).filter((child) => child.type === 'takeaway');
      const empty = points.filter((point) => textOf(point).trim() === '').length;
      if (points.length < MIN_TAKEAWAYS || points.length > MAX_TAKEAWAYS) {
        warning(
          'takeaways',
          `Key Takeaways has ${plural(points.length, 'point', 'points')}; ${MIN_TAKEAWAYS}–${MAX_TAKEAWAYS} are expected.`,
        );
      }
      if (empty > 0) warning('takeaways', `Key Takeaways has ${plural(empty, 'empty point', 'empty points')}.`);
    }
  }
  if (emptyDesks > 0) {
    error('desk', emptyDesks === 1 ? "An Editor's Desk block is empty." : `${emptyDesks} Editor's Desk blocks are empty.`);
  }
  const unique = [...new Set([...badLinks, ...relativeLinks])];
  if (unique.length > 0) {
    const hint =
      relativeLinks.length > 0 ? ' A relative link (such as /wiki/Page) only works on its own site: give it its full address.' : '';
    error(
      'links',
      `${unique.length === 1 ? 'A link is' : `${unique.length} links are`} not a well-formed web or e-mail address: ${unique.slice(0, 5).join(', ')}.${hint}`,
    );
  }
  return { errors, warnings };
}
