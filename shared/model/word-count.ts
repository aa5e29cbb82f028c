import { FOOTNOTE } from '../editor/nodes/footnote/footnote-name';
import type { PmNodeJson } from './brief';

/**
 * A word: letters, digits and marks, possibly joined by an apostrophe, a
 * hyphen, an underscore or a full stop ("don't", "well-known", "e.g", "3.5") or, between
 * digits, a comma ("10,000"). Punctuation and symbols on their own are no words.
 */
const WORD = /[\p{L}\p{N}\p{M}]+(?:['’._\u2010\u2011-][\p{L}\p{N}\p{M}]+|(?<=\p{N}),\p{N}+)*/gu;

/** Scripts written without spaces between words: Chinese and Japanese, and the Southeast Asian ones below. */
const UNSPACED = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\u30FC\p{sc=Thai}\p{sc=Lao}\p{sc=Khmer}\p{sc=Myanmar}]/u;

/**
 * The parts of a word that mixes in an unspaced script: one Chinese or
 * Japanese character (each counts as a word, as word processors count
 * them), a run of Thai, Lao, Khmer or Myanmar (segmented with a
 * dictionary), or a run of anything else.
 */
const UNSPACED_PARTS =
  /([\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\u30FC])|([\p{sc=Thai}\p{sc=Lao}\p{sc=Khmer}\p{sc=Myanmar}][\p{sc=Thai}\p{sc=Lao}\p{sc=Khmer}\p{sc=Myanmar}\p{M}]*)|([^\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\u30FC\p{sc=Thai}\p{sc=Lao}\p{sc=Khmer}\p{sc=Myanmar}]+)/gu;

let segmenter: Intl.Segmenter | undefined;

/** Words in a run of Thai, Lao, Khmer or Myanmar (short: Intl.Segmenter slows down on long texts). */
function dictionaryWords(run: string): number {
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'word' });
  let words = 0;
  for (const segment of segmenter.segment(run)) {
    if (segment.isWordLike) words += 1;
  }
  return words;
}

/** Words in one match of WORD that holds characters of an unspaced script. */
function unspacedWords(word: string): number {
  let words = 0;
  for (const [, character, run, other] of word.matchAll(UNSPACED_PARTS)) {
    if (character !== undefined) words += 1;
    else if (run !== undefined) words += dictionaryWords(run);
    else if (other !== undefined) words += other.match(WORD)?.length ?? 0;
  }
  return words;
}

/**
 * Words in a string, in one pass and in time linear in its length: runs of
 * letters and digits (see WORD); each Chinese or Japanese character counts
 * as one word, and Thai, Lao, Khmer and Myanmar runs are segmented.
 */
export function countWordsInText(text: string): number {
  const matches = text.match(WORD);
  if (matches === null) return 0;
  if (!UNSPACED.test(text)) return matches.length;
  let words = 0;
  for (const word of matches) words += UNSPACED.test(word) ? unspacedWords(word) : 1;
  return words;
}

/**
 * All the text of a ProseMirror JSON node: inline content joined, blocks
 * separated by newlines. Footnotes are left out (a note is read apart from
 * the text; see `noteWords`), except when `node` is a note itself.
 */
export function plainTextOf(node: PmNodeJson): string {
  if (typeof node.text === 'string') return node.text;
  if (node.type === 'hardBreak') return '\n';
  const children = (node.content ?? []).filter((child) => child.type !== FOOTNOTE);
  const holdsText = children.some((child) => typeof child.text === 'string');
  return children.map(plainTextOf).join(holdsText ? '' : '\n');
}

/** Word count of a body document: its text without the footnotes (what the reading time is made of). */
export function countWords(doc: PmNodeJson): number {
  return countWordsInText(plainTextOf(doc));
}

/** The footnotes of a body and their words, counted apart from the text. */
export interface NoteWords {
  notes: number;
  words: number;
}

/** How many footnotes a body holds and how many words they have (left out of `countWords`). */
export function noteWords(doc: PmNodeJson): NoteWords {
  const count: NoteWords = { notes: 0, words: 0 };
  const visit = (node: PmNodeJson): void => {
    if (node.type === FOOTNOTE) {
      count.notes += 1;
      count.words += countWordsInText(plainTextOf(node));
      return;
    }
    node.content?.forEach(visit);
  };
  visit(doc);
  return count;
}

/** Reading time in whole minutes at 230 words a minute (at least 1 for any text). */
export function readingMinutes(words: number): number {
  return words === 0 ? 0 : Math.max(1, Math.round(words / 230));
}
