import { type Counts, keptOf, squash } from './counts';
import type { CorpusDocument } from './document';

/** One document's figures: what the reference reader found, and how much of it the import kept. */
export interface Comparison {
  format: CorpusDocument['format'];
  words: number;
  wordsKept: number;
  headings: number;
  headingsKept: number;
  /** Of the headings kept, those at the level the document's outline gives them. */
  levelsKept: number;
  notes: number;
  notesKept: number;
  code: number;
  codeKept: number;
  links: number;
  linksKept: number;
  /** Links not kept but named in the import's report. */
  linksReported: number;
  chrome: number;
  chromeLeftOut: number;
  /** What went missing, for --verbose. */
  missing: Record<string, string[]>;
}

/** Note references and back links of the corpus's HTML note shapes: counted as notes, not as links. */
const NOTE_PLUMBING = /^#(fn|fnref|note-|ref-|n)\d+$/;

function resolve(href: string, base: string | null): string {
  if (href.startsWith('#') || base === null) return href;
  try {
    return new URL(href, base).href;
  } catch {
    return href;
  }
}

/** Of the headings found in both, those whose level differs from the reference by the document's usual shift. */
function levelsKept(reference: Counts['headings'], ours: Counts['headings']): number {
  const unused = [...ours];
  const shifts: number[] = [];
  for (const heading of reference) {
    const at = unused.findIndex((candidate) => candidate.text === heading.text);
    if (at < 0) continue;
    shifts.push((unused[at]?.level ?? 0) - heading.level);
    unused.splice(at, 1);
  }
  const tally = new Map<number, number>();
  for (const shift of shifts) tally.set(shift, (tally.get(shift) ?? 0) + 1);
  return Math.max(0, ...tally.values());
}

const missingOf = (wanted: readonly string[], found: readonly string[]): string[] => {
  const left = [...found];
  return wanted.filter((item) => {
    const at = left.indexOf(item);
    if (at >= 0) left.splice(at, 1);
    return at < 0;
  });
};

/** Compares a document's reading by pandoc with the brief Briefdesk imported from it. */
export function compare(document: CorpusDocument, reference: Counts, ours: Counts, warnings: readonly string[]): Comparison {
  const links = reference.links.filter((href) => !NOTE_PLUMBING.test(href)).map((href) => resolve(href, document.baseUrl));
  // An in-page link is kept when it still points at a heading of the brief (its id may have changed, as a Word bookmark's does).
  const inPage = (href: string): boolean => href.startsWith('#');
  const ourLinks = ours.links
    .map((href) => resolve(href, document.baseUrl))
    .map((href) => (inPage(href) && ours.anchors.includes(href.slice(1)) ? '#' : href));
  const missingLinks = missingOf(
    links.map((href) => (inPage(href) ? '#' : href)),
    ourLinks,
  );
  const told = warnings.some((warning) => /link/i.test(warning));
  // pandoc reads Markdown and Word notes as notes, but not every HTML note shape: there the document's own count stands.
  const notesKept = reference.notes.length > 0 ? keptOf(reference.notes, ours.notes) : Math.min(ours.notes.length, document.notes);
  const text = ` ${ours.words.join(' ')} `;
  const chromeKept = document.chrome.filter((phrase) => text.includes(` ${squash(phrase)} `));
  const headingTexts = (counts: Counts): string[] => counts.headings.map((heading) => heading.text);
  return {
    format: document.format,
    words: reference.words.length,
    wordsKept: keptOf(reference.words, ours.words),
    headings: reference.headings.length,
    headingsKept: keptOf(headingTexts(reference), headingTexts(ours)),
    levelsKept: levelsKept(reference.headings, ours.headings),
    notes: Math.max(document.notes, reference.notes.length),
    notesKept,
    code: reference.code.length,
    codeKept: keptOf(reference.code, ours.code),
    links: links.length,
    linksKept: links.length - missingLinks.length,
    linksReported: told ? missingLinks.length : 0,
    chrome: document.chrome.length,
    chromeLeftOut: document.chrome.length - chromeKept.length,
    missing: {
      words: missingOf(reference.words, ours.words).slice(0, 20),
      headings: missingOf(headingTexts(reference), headingTexts(ours)),
      notes: reference.notes.length > 0 ? missingOf(reference.notes, ours.notes) : [],
      code: missingOf(reference.code, ours.code),
      links: missingLinks,
      chrome: chromeKept,
      warnings: [...warnings],
    },
  };
}

/** The sums of several documents' comparisons. */
export function totals(comparisons: readonly Comparison[]): Omit<Comparison, 'format' | 'missing'> & { documents: number } {
  const sum = (key: keyof Omit<Comparison, 'format' | 'missing'>): number => comparisons.reduce((total, item) => total + item[key], 0);
  return {
    documents: comparisons.length,
    words: sum('words'),
    wordsKept: sum('wordsKept'),
    headings: sum('headings'),
    headingsKept: sum('headingsKept'),
    levelsKept: sum('levelsKept'),
    notes: sum('notes'),
    notesKept: sum('notesKept'),
    code: sum('code'),
    codeKept: sum('codeKept'),
    links: sum('links'),
    linksKept: sum('linksKept'),
    linksReported: sum('linksReported'),
    chrome: sum('chrome'),
    chromeLeftOut: sum('chromeLeftOut'),
  };
}
