import type { BriefContent, HeroImage, PmNodeJson } from '../shared/model/brief';
import { EDITORS_DESK } from '../shared/editor/nodes/editors-desk';
import { between, pickFrom } from './prng';
import { topicWords, zipfWord } from './word-list';

/** The shape of one synthetic brief. */
export interface SyntheticBriefShape {
  /** Words of running text in the body (paragraphs and headings; takeaways and desks come on top). */
  words: number;
  /** Items of the one Key Takeaways block (0: no block). */
  takeaways: number;
  /** Editor's Desk blocks, spread through the body. */
  desks: number;
  /** Hero image asset id (`<sha256>.png`), or null for none. */
  heroAsset: string | null;
}

/** The realistic brief of the benchmark's libraries: ~1,200 words, 5 takeaways, one desk, a hero image. */
export const TYPICAL_BRIEF: Omit<SyntheticBriefShape, 'heroAsset'> = { words: 1200, takeaways: 5, desks: 1 };

/** The long brief typed into: 20,000 words, 10 takeaways, 5 desk blocks. */
export const LONG_BRIEF: Omit<SyntheticBriefShape, 'heroAsset'> = { words: 20_000, takeaways: 10, desks: 5 };

const SECTIONS = ['Markets', 'Energy', 'Trade', 'Politics', 'Security', 'Infrastructure'] as const;
const TAGS = ['rates', 'shipping', 'grid', 'elections', 'budget', 'ports', 'labour', 'mining', 'housing', 'aid'] as const;

/** Where the words of a text come from. */
export type WordSource = (random: () => number) => string;

/** Share of a brief's running text (and of its headline) taken from its topic words. */
const TOPIC_SHARE = 0.08;
const HEADLINE_TOPIC_SHARE = 0.3;

/** Words of the vocabulary with their Zipf frequencies, and now and then one of `topic`. */
export function topicalWords(topic: readonly [string, ...string[]], share = TOPIC_SHARE): WordSource {
  return (random) => (random() < share ? pickFrom(random, topic) : zipfWord(random));
}

function words(random: () => number, count: number, source: WordSource): string[] {
  return Array.from({ length: count }, () => source(random));
}

/** A sentence of `min`–`max` words (Zipf-distributed unless `source` says otherwise), capitalised, with a full stop. */
export function sentence(random: () => number, min = 6, max = 18, source: WordSource = zipfWord): string {
  const text = words(random, between(random, min, max), source).join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

const textNode = (text: string): PmNodeJson => ({ type: 'text', text });
const paragraph = (text: string): PmNodeJson => ({ type: 'paragraph', content: [textNode(text)] });
const heading = (text: string): PmNodeJson => ({ type: 'heading', attrs: { level: 2 }, content: [textNode(text)] });

function takeawaysBlock(random: () => number, count: number, source: WordSource): PmNodeJson {
  return {
    type: 'keyTakeaways',
    content: Array.from({ length: count }, () => ({ type: 'takeaway', content: [textNode(sentence(random, 8, 16, source))] })),
  };
}

function deskBlock(random: () => number, index: number, source: WordSource): PmNodeJson {
  return {
    type: EDITORS_DESK,
    attrs: {
      title: `Strategic Analysis ${index + 1}`,
      deskName: 'Harbourside Policy Desk',
      series: 'Weekly Outlook',
      publication: 'Briefdesk Bench',
      libraryRef: null,
    },
    content: [paragraph(sentence(random, 20, 40, source)), paragraph(sentence(random, 20, 40, source))],
  };
}

/** Paragraphs and a heading every few of them, `count` words in all (headings included). */
function runningText(random: () => number, count: number, source: WordSource): PmNodeJson[] {
  const blocks: PmNodeJson[] = [];
  let written = 0;
  let sinceHeading = 0;
  while (written < count) {
    if (sinceHeading >= 5 && count - written > 60) {
      const title = words(random, between(random, 3, 6), source).join(' ');
      blocks.push(heading(`${title.charAt(0).toUpperCase()}${title.slice(1)}`));
      written += title.split(' ').length;
      sinceHeading = 0;
      continue;
    }
    const sentences: string[] = [];
    let inParagraph = 0;
    const target = Math.min(between(random, 60, 110), count - written);
    while (inParagraph < target) {
      const next = sentence(random, Math.min(6, target - inParagraph), Math.min(18, Math.max(6, target - inParagraph)), source);
      sentences.push(next);
      inParagraph += next.split(' ').length;
    }
    blocks.push(paragraph(sentences.join(' ')));
    written += inParagraph;
    sinceHeading += 1;
  }
  return blocks;
}

/**
 * A brief written with a seeded PRNG from the Zipf-distributed vocabulary
 * (word-list.ts) and two dozen topic words of its own: section, headline,
 * standfirst, byline, tags, a hero image, and a body of a Key Takeaways
 * block followed by headed paragraphs with Editor's Desk blocks spread
 * through them.
 */
export function syntheticBrief(random: () => number, shape: SyntheticBriefShape): BriefContent {
  const [first = 'topic', ...rest] = topicWords(random);
  const topic: [string, ...string[]] = [first, ...rest];
  const source = topicalWords(topic);
  const text = runningText(random, shape.words, source);
  const body: PmNodeJson[] = shape.takeaways > 0 ? [takeawaysBlock(random, shape.takeaways, source)] : [];
  const every = Math.max(1, Math.floor(text.length / (shape.desks + 1)));
  let desks = 0;
  text.forEach((block, index) => {
    body.push(block);
    if (desks < shape.desks && (index + 1) % every === 0) body.push(deskBlock(random, desks++, source));
  });
  while (desks < shape.desks) body.push(deskBlock(random, desks++, source));
  const hero: HeroImage | null =
    shape.heroAsset === null
      ? null
      : {
          asset: shape.heroAsset,
          alt: sentence(random, 5, 9, source),
          caption: sentence(random, 8, 14, source),
          credit: 'Bench Photo Desk',
        };
  const tagCount = between(random, 2, 4);
  const tags = [...new Set(Array.from({ length: tagCount }, () => pickFrom(random, TAGS)))];
  return {
    section: pickFrom(random, SECTIONS),
    headline: sentence(random, 6, 11, topicalWords(topic, HEADLINE_TOPIC_SHARE)).slice(0, -1),
    standfirst: sentence(random, 18, 30, source),
    byline: 'Bench Analyst',
    tags,
    status: pickFrom(random, ['draft', 'review', 'ready', 'published'] as const),
    language: 'en',
    hero,
    related: [],
    body: { type: 'doc', content: body },
  };
}
