import { between, pickFrom, prng } from '../prng';
import { WORDS } from '../word-list';

/** Seeded words and sentences for the corpus documents (never text copied from anywhere). */
export class Prose {
  readonly random: () => number;

  constructor(seed: number) {
    this.random = prng(seed);
  }

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return between(this.random, min, max);
  }

  pick<T>(items: readonly [T, ...T[]]): T {
    return pickFrom(this.random, items);
  }

  word(): string {
    return WORDS[Math.floor(this.random() * WORDS.length)] ?? 'grid';
  }

  /** A few words, capitalised: a heading or a title. */
  title(words = this.int(3, 7)): string {
    const text = Array.from({ length: words }, () => this.word()).join(' ');
    return text.charAt(0).toUpperCase() + text.slice(1);
  }

  /** A sentence of 8–20 words with a full stop. */
  sentence(): string {
    return `${this.title(this.int(8, 20))}.`;
  }

  /** 2–4 sentences. */
  paragraph(): string {
    return Array.from({ length: this.int(2, 4) }, () => this.sentence()).join(' ');
  }

  /** A slug for addresses: "grid-queues-42". */
  slug(): string {
    return `${this.word()}-${this.word()}-${this.int(1, 99)}`;
  }
}

/** Code an analyst quotes: configuration and scripts whose spaces matter. */
export function codeSample(prose: Prose): { language: string; text: string } {
  const key = prose.word();
  return prose.pick([
    {
      language: 'yaml',
      text: `${key}:\n  steps:\n    - run:   make  test\n    - name: "${prose.word()}"\n      with:\n        depth: ${prose.int(1, 9)}`,
    },
    {
      language: 'python',
      text: `def ${key}_share(rows):\n    total = sum(r.value for r in rows)\n    return {r.name: r.value / total for r in rows}\n\n\nprint(${key}_share([]))`,
    },
    {
      language: 'sql',
      text: `SELECT region,\n       SUM(volume)  AS ${key}\n  FROM shipments\n WHERE year >= ${prose.int(2015, 2025)}\n GROUP BY region;`,
    },
    { language: 'text', text: `reports/\n├── ${key}/\n│   ├── draft.md\n│   └── figures/\n└── README` },
  ]);
}
