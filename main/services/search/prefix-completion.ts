import { PREFIX_INDEX_LENGTHS } from '../library/index-schema';
import { hasCjk } from './cjk-bigrams';

/**
 * Most words a prefix is completed to. FTS5 answers a prefix with no prefix
 * index of its length by merging the whole doclist of every word it begins
 * (a common one in most of 100,000 briefs: tens of milliseconds, twice over
 * with bm25); the same words OR'ed are read lazily, newest first, and stop
 * at the page (a few, about a millisecond; 64 still several times quicker).
 */
export const MAX_COMPLETIONS = 64;
/** Most words a prefix of a length FTS5 keeps a prefix index for is completed to (beyond, the index is quicker). */
export const MAX_INDEXED_COMPLETIONS = 16;

/** A word made of letters and digits only, as both the index's tokenizer and tokensOf split it. */
const PLAIN_WORD = /^[\p{L}\p{N}]+$/u;

const INDEXED_LENGTHS = new Set(PREFIX_INDEX_LENGTHS.split(',').map(Number));

/** Looks words up in the vocabulary: from `from` (inclusive) to `to` (exclusive), in order, `limit` at most. */
export type VocabularyRange = (from: string, to: string, limit: number) => string[];

/** The words of the vocabulary a prefix stands for, or null to leave the prefix to FTS5. */
export type Completer = (prefix: string) => readonly string[] | null;

/**
 * Whether a prefix may be completed from the vocabulary: letters and digits
 * only, no CJK (a CJK character is searched as pairs), and nothing the
 * index's tokenizer would split differently (marks of scripts other than
 * Latin and Greek: the vocabulary's words may then not be the index's).
 */
export function isCompletable(prefix: string): boolean {
  return PLAIN_WORD.test(prefix) && !hasCjk(prefix);
}

/** The range of vocabulary words beginning with `prefix` (SQLite compares text by code point; U+10FFFF is never in a word). */
function rangeOf(prefix: string): [string, string] {
  return [prefix, `${prefix}\u{10FFFF}`];
}

/**
 * A completer reading the vocabulary (index.db's terms, every word the index
 * holds): a prefix that can be completed (isCompletable) stands for the
 * words beginning with it, when there are at most MAX_COMPLETIONS of them
 * (MAX_INDEXED_COMPLETIONS for a length with a prefix index); otherwise null:
 * FTS5's own prefix search is used. Each prefix is looked up once.
 */
export function vocabularyCompleter(range: VocabularyRange): Completer {
  const known = new Map<string, readonly string[] | null>();
  return (prefix) => {
    let words = known.get(prefix);
    if (words === undefined) {
      words = null;
      if (isCompletable(prefix)) {
        const most = INDEXED_LENGTHS.has([...prefix].length) ? MAX_INDEXED_COMPLETIONS : MAX_COMPLETIONS;
        const [from, to] = rangeOf(prefix);
        const found = range(from, to, most + 1);
        words = found.length <= most ? found : null;
      }
      known.set(prefix, words);
    }
    return words;
  };
}
