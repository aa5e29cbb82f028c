import type { Brief } from '../../../shared/model/brief';
import { FTS_COLUMNS } from '../library/index-schema';
import { type FileVersion, type IndexRow, indexRowOf } from '../library/index-row';
import { type BriefFields, briefFields, columnText, SEARCH_FIELDS } from './brief-fields';
import { hasCjk, withCjkBigrams } from './cjk-bigrams';
import { foldText } from './text-folding';
import { tokensOf } from './tokens';

/** What the index keeps of one brief: its row, the text of each full-text column, and its fields for snippets. */
export interface IndexDocument {
  row: IndexRow;
  /** The text of each column of FTS_COLUMNS, in order, as the index is given it (see ftsText). */
  columns: string[];
  /** The brief's fields (SEARCH_FIELDS order), as packed by packFields: snippets are cut from them. */
  texts: string;
}

/** Text as it goes into (or is looked up in) the full-text index: folded, CJK runs as character pairs. */
export function ftsText(text: string): string {
  return withCjkBigrams(foldText(text));
}

/**
 * A brief's fields as one JSON array, in SEARCH_FIELDS order. Not compressed:
 * deflating them took a sixth of a rebuild's time, inflating them most of a
 * search's snippets, for about 40 % more bytes of index.db (well within its
 * budget of 1.5× the brief files).
 */
export function packFields(fields: BriefFields): string {
  return JSON.stringify(SEARCH_FIELDS.map((field) => fields[field]));
}

/** The fields packed by packFields; null when the text is not such a record. */
export function unpackFields(data: string): BriefFields | null {
  let values: unknown;
  try {
    values = JSON.parse(data);
  } catch {
    return null;
  }
  if (!Array.isArray(values) || values.length !== SEARCH_FIELDS.length) return null;
  const fields: Partial<BriefFields> = {};
  for (const [at, field] of SEARCH_FIELDS.entries()) {
    const value: unknown = values[at];
    if (typeof value !== 'string') return null;
    fields[field] = value;
  }
  return isComplete(fields) ? fields : null;
}

function isComplete(fields: Partial<BriefFields>): fields is BriefFields {
  return SEARCH_FIELDS.every((field) => typeof fields[field] === 'string');
}

/** What the index keeps of a brief read from (or just written to) a file with this stamp and hash. */
export function indexDocumentOf(brief: Brief, file: FileVersion): IndexDocument {
  const fields = briefFields(brief);
  return {
    row: indexRowOf(brief, file),
    columns: FTS_COLUMNS.map((column) => ftsText(columnText(fields, column.name))),
    texts: packFields(fields),
  };
}

/**
 * Whether a word of the index belongs in its vocabulary (index.db's terms):
 * every word of two characters or more but CJK pairs. The word being typed is
 * completed from it (so it must hold every word a prefix can reach, numbers
 * such as "covid19" included); typo suggestions take the words of letters
 * only (see typo-correction.ts).
 */
export function isVocabularyTerm(term: string): boolean {
  return term.length >= 2 && !hasCjk(term);
}

/** The distinct words of a document's columns as the index has them that belong in the vocabulary. */
export function vocabularyOf(columns: readonly string[]): string[] {
  const terms = new Set<string>();
  for (const text of columns) {
    for (const { term } of tokensOf(text)) if (isVocabularyTerm(term)) terms.add(term);
  }
  return [...terms];
}
