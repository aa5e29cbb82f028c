import { prng } from './prng';

/** The commonest words of the synthetic briefs (the head of VOCABULARY): the vocabulary of a policy and markets desk. */
export const WORDS = [
  'analysts',
  'expect',
  'the',
  'central',
  'bank',
  'to',
  'hold',
  'rates',
  'while',
  'inflation',
  'cools',
  'across',
  'coastal',
  'provinces',
  'where',
  'freight',
  'volumes',
  'rose',
  'sharply',
  'after',
  'a',
  'quiet',
  'winter',
  'ministers',
  'signalled',
  'new',
  'subsidies',
  'for',
  'grid',
  'storage',
  'and',
  'rural',
  'broadband',
  'but',
  'treasury',
  'officials',
  'warned',
  'of',
  'slower',
  'tax',
  'receipts',
  'in',
  'second',
  'half',
  'exporters',
  'face',
  'higher',
  'insurance',
  'premiums',
  'on',
  'longer',
  'shipping',
  'routes',
  'regional',
  'lenders',
  'tightened',
  'credit',
  'small',
  'firms',
  'as',
  'deposits',
  'shifted',
  'toward',
  'government',
  'bonds',
  'harvest',
  'estimates',
  'improved',
  'despite',
  'dry',
  'spring',
  'opposition',
  'parties',
  'demanded',
  'audit',
  'defence',
  'procurement',
  'contracts',
  'signed',
  'under',
  'emergency',
  'rules',
  'port',
  'authority',
  'announced',
  'tender',
  'deeper',
  'berths',
  'container',
  'terminal',
  'could',
  'double',
  'capacity',
  'by',
  'decade',
  'end',
  'labour',
  'unions',
  'accepted',
  'modest',
  'wage',
  'offer',
  'avoid',
  'strike',
  'mining',
  'output',
  'fell',
  'copper',
  'prices',
  'eased',
  'from',
  'record',
  'highs',
  'energy',
  'regulator',
  'approved',
  'tariff',
  'increase',
  'households',
  'will',
  'see',
  'bills',
  'rise',
  'next',
  'quarter',
  'diplomats',
  'met',
  'neutral',
  'capital',
  'discuss',
  'border',
  'crossings',
  'humanitarian',
  'corridors',
  'reconstruction',
  'funding',
  'donors',
  'pledged',
  'more',
  'than',
  'last',
  'year',
  'currency',
  'traders',
  'priced',
  'cut',
  'before',
  'elections',
  'polling',
  'shows',
  'narrow',
  'lead',
  'incumbent',
  'coalition',
  'budget',
  'deficit',
  'widened',
  'slightly',
  'public',
  'investment',
  'recovered',
  'housing',
  'starts',
  'stalled',
  'mortgage',
  'costs',
  'stayed',
  'high',
  'carmakers',
  'shifted',
  'battery',
  'supply',
  'chains',
  'closer',
  'home',
  'markets',
  'tourism',
  'receipts',
  'beat',
  'forecasts',
  'this',
  'summer',
  'airlines',
  'added',
  'routes',
  'water',
  'utilities',
  'need',
  'billions',
  'pipes',
  'reservoirs',
  'court',
  'ruling',
  'delayed',
  'privatisation',
  'railway',
  'operator',
  'steel',
  'mills',
  'restarted',
  'furnaces',
  'demand',
  'construction',
  'picked',
  'up',
] as const;

const ONSETS = [
  'b',
  'c',
  'd',
  'f',
  'g',
  'h',
  'j',
  'k',
  'l',
  'm',
  'n',
  'p',
  'qu',
  'r',
  's',
  't',
  'v',
  'w',
  'y',
  'z',
  'bl',
  'br',
  'cl',
  'cr',
  'dr',
  'fl',
  'fr',
  'gl',
  'gr',
  'pl',
  'pr',
  'sc',
  'sk',
  'sl',
  'sm',
  'sn',
  'sp',
  'st',
  'sw',
  'tr',
  'ch',
  'sh',
  'th',
  'wh',
] as const;
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'ai', 'ea', 'ou', 'io'] as const;
const CODAS = ['', '', 'n', 'r', 's', 'l', 't', 'm', 'nd', 'st', 'rk'] as const;

/** Words in the vocabulary: the word list, then made-up words (names, places, jargon) down to the rare ones. */
export const VOCABULARY_SIZE = 30_000;

/**
 * The vocabulary of the synthetic briefs, most frequent first: WORDS, then
 * pronounceable made-up words of two to four syllables, made with a fixed
 * seed so every run has the same ones.
 */
export const VOCABULARY: readonly string[] = (() => {
  const random = prng(4_242);
  const part = <T extends string>(items: readonly T[]): T => items[Math.floor(random() * items.length)] ?? items[0] ?? ('' as T);
  const words: string[] = [...WORDS];
  const seen = new Set<string>(words);
  while (words.length < VOCABULARY_SIZE) {
    const syllables = 2 + Math.floor(random() * 3);
    let word = '';
    for (let index = 0; index < syllables; index += 1) word += part(ONSETS) + part(VOWELS) + (index === syllables - 1 ? part(CODAS) : '');
    if (!seen.has(word)) {
      seen.add(word);
      words.push(word);
    }
  }
  return words;
})();

/**
 * Cumulative Zipf–Mandelbrot weights of the vocabulary's ranks (weight of
 * rank r ∝ 1 / (r + 2.7)^1.25): the word list makes up about two thirds
 * of the running text (the few hundred commonest words of English about
 * half); a ~1,200-word brief has some 500 different words, as a news text
 * of that length does, and most made-up words turn up in only a few briefs.
 */
const CUMULATIVE = (() => {
  const weights = new Float64Array(VOCABULARY.length);
  let total = 0;
  for (let rank = 0; rank < VOCABULARY.length; rank += 1) {
    total += 1 / (rank + 1 + 2.7) ** 1.25;
    weights[rank] = total;
  }
  return weights.map((weight) => weight / total);
})();

/** A word of running text, drawn with the vocabulary's Zipf frequencies. */
export function zipfWord(random: () => number): string {
  const target = random();
  let low = 0;
  let high = CUMULATIVE.length - 1;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((CUMULATIVE[middle] ?? 1) < target) low = middle + 1;
    else high = middle;
  }
  return VOCABULARY[low] ?? WORDS[0];
}

/** A word of the vocabulary with its rank drawn evenly on a log scale: as many common as rare words. */
export function logUniformWord(random: () => number): string {
  const rank = Math.floor(Math.exp(random() * Math.log(VOCABULARY.length)));
  return VOCABULARY[Math.min(rank, VOCABULARY.length - 1)] ?? WORDS[0];
}

/** The topic words of one brief: a few dozen less common words it keeps coming back to. */
export function topicWords(random: () => number, count = 24): string[] {
  return Array.from(
    { length: count },
    () => VOCABULARY[WORDS.length + Math.floor(random() * (VOCABULARY.length - WORDS.length))] ?? WORDS[0],
  );
}
