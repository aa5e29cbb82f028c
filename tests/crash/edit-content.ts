import type { BriefContent, PmNodeJson } from '../../shared/model/brief';
import { between, pick } from './prng';

const WORDS = [
  'harbour',
  'tariff',
  'grid',
  'quay',
  'carrier',
  'ministry',
  'budget',
  'corridor',
  'berth',
  'tender',
  'shipping',
  'power',
  'freight',
  'delay',
  'forecast',
  'winter',
  'contract',
  'operator',
  'route',
  'policy',
];

/** Longest body, in top-level blocks, before the oldest paragraph is dropped. */
const MAX_BLOCKS = 40;

function sentence(random: () => number): string {
  const words = Array.from({ length: between(random, 4, 12) }, () => pick(random, WORDS) ?? 'grid');
  const text = words.join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

const paragraph = (text: string): PmNodeJson => ({ type: 'paragraph', content: [{ type: 'text', text }] });

function appendToLastParagraph(blocks: PmNodeJson[], text: string): void {
  const last = blocks.at(-1);
  if (last?.type !== 'paragraph') {
    blocks.push(paragraph(text));
    return;
  }
  const existing = (last.content ?? []).map((node) => node.text ?? '').join('');
  blocks[blocks.length - 1] = paragraph(existing ? `${existing} ${text}` : text);
}

function rewriteTakeaway(blocks: PmNodeJson[], random: () => number): void {
  const block = blocks.find((node) => node.type === 'keyTakeaways');
  const items = block?.content;
  if (!items || items.length === 0) return;
  const index = Math.floor(random() * items.length);
  items[index] = { type: 'takeaway', content: [{ type: 'text', text: sentence(random) }] };
}

/**
 * The next version of a brief an analyst might save: the text grows by a
 * sentence or a paragraph, sometimes a takeaway, the headline or the hero
 * changes; very long bodies drop their oldest paragraph.
 */
export function editContent(content: BriefContent, random: () => number, heroAssets: readonly string[]): BriefContent {
  const blocks = structuredClone(content.body.content ?? []);
  const roll = random();
  if (roll < 0.15) blocks.push(paragraph(sentence(random)));
  else appendToLastParagraph(blocks, sentence(random));
  if (random() < 0.15) rewriteTakeaway(blocks, random);
  if (blocks.length > MAX_BLOCKS) {
    const oldest = blocks.findIndex((node) => node.type === 'paragraph');
    if (oldest >= 0) blocks.splice(oldest, 1);
  }
  const next: BriefContent = { ...content, body: { type: 'doc', content: blocks } };
  if (random() < 0.1 || content.headline === '') next.headline = sentence(random).slice(0, 120);
  const asset = pick(random, heroAssets);
  if (asset !== undefined && random() < 0.2) {
    next.hero = { asset, alt: sentence(random), caption: sentence(random), credit: 'Crash harness' };
  }
  return next;
}
