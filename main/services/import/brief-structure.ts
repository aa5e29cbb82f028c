import type { RelatedBrief } from '../../../shared/model/brief';
import { endsLikeSentence, hasClass, holdsFootnote, isParagraph, isTextBlock, linesOf, textOf } from './block-text';
import { deskMarkerLength, readDesk } from './read-desk';
import { readRelated, RELATED_MARKER } from './read-related';
import { readTakeaways, TAKEAWAYS_MARKER } from './read-takeaways';
import { looksLikeListLine } from './takeaway-lines';

/** Which parts of a brief to look for in a document's blocks (those the file does not state otherwise). */
export interface StructureOptions {
  /** The first `<h1>` (or `.title`), the first line of the text (plain text), or neither (already known). */
  headline: 'h1' | 'first-line' | 'known';
  standfirst: boolean;
  /** Text meant as the standfirst (a page's description): it is the standfirst, and a block repeating it near the top leaves the body. */
  standfirstText?: string | undefined;
  byline: boolean;
  tags: boolean;
  related: boolean;
  /** The blocks come from plain text (a line that reads like a picture's description is pointed out). */
  plainText?: boolean;
}

/** What the blocks of a document hold, and the body that is left. */
export interface BriefStructure {
  headline: string | null;
  standfirst: string | null;
  byline: string | null;
  tags: string[] | null;
  related: RelatedBrief[];
  /** The body's blocks in order, Key Takeaways and Editor's Desk made into their blocks. */
  body: Element[];
  warnings: string[];
}

const STANDFIRST_CLASSES = ['standfirst', 'lede', 'dek', 'subtitle'];
const BYLINE_CLASSES = ['byline', 'author'];
const TAGS_LINE = /^(?:tags|topics|keywords)\s*:\s*(\S.*)$/i;
/** "By Marit Solberg": "By" and a name (not "By the way…"). */
const BYLINE_LINE = /^By\s+[^\s\p{Ll}]/u;
/** The longest paragraph taken as a standfirst when nothing marks it as one. */
const STANDFIRST_MAX = 600;

/** A marker block: "Key Takeaways", "Editor's Desk", "Related…". */
function isMarker(block: Element): boolean {
  if (!isTextBlock(block)) return false;
  const text = textOf(block);
  return TAKEAWAYS_MARKER.test(text) || RELATED_MARKER.test(text) || deskMarkerLength([block], 0) > 0 || /^editor['’‘`]?s$/i.test(text);
}

function singleLine(block: Element): string | null {
  const lines = linesOf(block);
  return isParagraph(block) && lines.length === 1 ? (lines[0] ?? null) : null;
}

function isBylineBlock(block: Element): boolean {
  if (holdsFootnote(block)) return false;
  const line = singleLine(block);
  return hasClass(block, BYLINE_CLASSES) || (line !== null && line.length <= 120 && BYLINE_LINE.test(line) && !endsLikeSentence(line));
}

/** Removes and returns the block at `index` (null when there is none). */
function take(blocks: Element[], index: number): Element | null {
  return index >= 0 ? (blocks.splice(index, 1)[0] ?? null) : null;
}

const normalise = (text: string): string => text.replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * Reads a brief out of a document's top-level blocks (from plain text,
 * Markdown, a web page or a Word document): the headline, the standfirst
 * (the paragraph after the headline, or the one a page's description
 * repeats), a "By …" byline, a "Tags: a, b" line, "Key Takeaways" with its
 * points, "Editor's Desk" with its title, analysis and sign-off, and a
 * "Related…" list of web addresses. Only what `options` asks for is looked
 * for; everything not recognised stays in the body, in order.
 */
export function readBriefStructure(input: readonly Element[], options: StructureOptions): BriefStructure {
  const blocks = [...input];
  const result: BriefStructure = { headline: null, standfirst: null, byline: null, tags: null, related: [], body: [], warnings: [] };
  let top = 0;
  let headlineNotes: Element | null = null;
  let restOfHeadline: string[] = [];
  if (options.headline === 'h1') {
    const titled = blocks.findIndex((block) => isTextBlock(block) && hasClass(block, ['title']));
    const index = titled >= 0 ? titled : blocks.findIndex((block) => block.localName === 'h1');
    const heading = take(blocks, index);
    if (heading) {
      result.headline = textOf(heading);
      top = index;
      headlineNotes = notesOfHeadline(heading, result);
    }
  } else if (options.headline === 'first-line') {
    const first = blocks[0];
    const [line, ...rest] = first && isTextBlock(first) ? linesOf(first) : [];
    if (line !== undefined) {
      result.headline = line.replace(/^#{1,6}\s+/, '');
      restOfHeadline = rest;
      blocks.splice(0, 1);
    }
  }
  if (options.standfirst) readStandfirst(blocks, top, restOfHeadline, options, result);
  if (options.byline) {
    const near = [...blocks.keys()].filter((index) => (index >= top && index < top + 4) || index >= blocks.length - 3);
    const byline = take(blocks, near.find((candidate) => blocks[candidate] !== undefined && isBylineBlock(blocks[candidate])) ?? -1);
    if (byline) result.byline = textOf(byline);
  }
  if (headlineNotes) blocks.splice(Math.min(top, blocks.length), 0, headlineNotes);
  readBody(blocks, options, result);
  if (options.plainText) warnAboutPictureLine(result);
  return result;
}

/** A headline's footnotes cannot stay in the headline (plain text): a paragraph of their own, for the top of the body (or null). */
function notesOfHeadline(heading: Element, result: BriefStructure): Element | null {
  const notes = Array.from(heading.querySelectorAll('span[data-type="footnote"]'));
  if (notes.length === 0) return null;
  const paragraph = heading.ownerDocument.createElement('p');
  paragraph.append(...notes);
  result.warnings.push(`The headline's ${notes.length === 1 ? 'note was' : `${notes.length} notes were`} kept at the top of the body.`);
  return paragraph;
}

function readStandfirst(blocks: Element[], top: number, restOfHeadline: string[], options: StructureOptions, result: BriefStructure): void {
  const marked = take(
    blocks,
    blocks.findIndex((block) => isParagraph(block) && hasClass(block, STANDFIRST_CLASSES) && !holdsFootnote(block)),
  );
  if (marked) {
    result.standfirst = textOf(marked);
    return;
  }
  if (options.standfirstText !== undefined) {
    result.standfirst = options.standfirstText;
    const wanted = normalise(options.standfirstText);
    const repeat = blocks.findIndex(
      (block, index) => index >= top && index < top + 3 && isParagraph(block) && normalise(textOf(block)) === wanted,
    );
    if (repeat >= 0) blocks.splice(repeat, 1);
    return;
  }
  if (restOfHeadline.length > 0) {
    result.standfirst = restOfHeadline.join(' ');
    return;
  }
  const candidate = blocks[top];
  if (!candidate || !isParagraph(candidate) || isMarker(candidate) || isBylineBlock(candidate) || holdsFootnote(candidate)) return;
  const lines = linesOf(candidate);
  const text = lines.join(' ');
  if (text === '' || text.length > STANDFIRST_MAX || lines.some(looksLikeListLine) || candidate.querySelector('img')) return;
  result.standfirst = text;
  blocks.splice(top, 1);
}

function readBody(blocks: readonly Element[], options: StructureOptions, result: BriefStructure): void {
  for (let index = 0; index < blocks.length;) {
    const block = blocks[index];
    if (!block) break;
    const text = isTextBlock(block) ? textOf(block) : '';
    if (text && TAKEAWAYS_MARKER.test(text)) {
      const read = readTakeaways(blocks, index + 1);
      if (read) {
        result.body.push(...read.elements);
        index = read.next;
        continue;
      }
    }
    const desk = deskMarkerLength(blocks, index);
    if (desk > 0) {
      const read = readDesk(blocks, index + desk, isMarker);
      result.body.push(...read.elements);
      index = read.next;
      continue;
    }
    const tags = options.tags && result.tags === null ? TAGS_LINE.exec(singleLine(block) ?? '') : null;
    if (tags?.[1]) {
      result.tags = tags[1]
        .split(/[,;]/)
        .map((tag) => tag.trim())
        .filter(Boolean);
      index += 1;
      continue;
    }
    if (options.related && text && RELATED_MARKER.test(text)) {
      const read = readRelated(blocks, index + 1);
      if (read) {
        result.related.push(...read.related);
        index = read.next;
        continue;
      }
    }
    result.body.push(block);
    index += 1;
  }
}

/** Plain text has no pictures: a line before the takeaways that reads like a picture's description is pointed out. */
function warnAboutPictureLine(result: BriefStructure): void {
  const [first, second] = result.body;
  const line = first ? singleLine(first) : null;
  if (line === null || second?.getAttribute('data-type') !== 'key-takeaways' || endsLikeSentence(line) || line.length > 300) return;
  result.warnings.push(
    `The line “${line.length > 60 ? `${line.slice(0, 59)}…` : line}” reads like a picture's description (alt text); a text file has no picture to go with it, so it is kept at the top of the body.`,
  );
}
