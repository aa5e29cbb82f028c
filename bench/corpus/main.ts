import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { importFile } from '../../main/services/import/import-file';
import { LibraryStore } from '../../main/services/library/library-store';
import { readBrief } from './brief-reader';
import { compare, type Comparison, totals } from './compare';
import type { CorpusDocument } from './document';
import { markdownPost } from './markdown-posts';
import { hasPandoc, readWithPandoc } from './pandoc-reader';
import { Prose } from './prose';
import { savedPage } from './saved-pages';
import { wordDocument } from './word-documents';

// npm run corpus [-- --count N --out DIR --verbose]: writes real-world-shaped
// documents (Word reports with notes and code styles, Markdown posts with
// front matter and footnotes, saved news pages), imports each into a
// throwaway library exactly as the app does, and compares what arrived with
// what pandoc reads in the same document: words, headings and their levels,
// notes, code blocks kept verbatim, links.

const { values } = parseArgs({
  args: process.argv.slice(2),
  options: {
    root: { type: 'string' },
    count: { type: 'string', default: '12' },
    out: { type: 'string' },
    verbose: { type: 'boolean', default: false },
  },
});

if (!hasPandoc()) {
  process.stderr.write('The corpus compares imports with pandoc, which is not installed: apt-get install pandoc\n');
  process.exit(1);
}

const count = Math.max(1, Number(values.count));
const documents: CorpusDocument[] = [];
for (let index = 0; index < count; index += 1) {
  documents.push(await wordDocument(new Prose(1000 + index), index));
  documents.push(markdownPost(new Prose(2000 + index), index));
  documents.push(savedPage(new Prose(3000 + index), index));
}

if (values.out) {
  await mkdir(values.out, { recursive: true });
  for (const document of documents) await writeFile(path.join(values.out, document.name), document.bytes);
  process.stderr.write(`Wrote ${documents.length} documents to ${values.out}\n`);
}

const work = await mkdtemp(path.join(tmpdir(), 'briefdesk-corpus-'));
const comparisons: Comparison[] = [];
try {
  const store = await LibraryStore.open(path.join(work, 'library'));
  try {
    for (const document of documents) {
      const report = await importFile(store, document.bytes, document.name);
      const brief = await store.get(report.id);
      const reference = readWithPandoc(document.reference.bytes, document.reference.from);
      const comparison = compare(document, reference, readBrief(brief), report.warnings);
      comparisons.push(comparison);
      if (values.verbose) process.stderr.write(`${document.name}: ${JSON.stringify(comparison.missing)}\n`);
    }
  } finally {
    await store.close();
  }
} finally {
  await rm(work, { recursive: true, force: true });
}

const LABELS = { docx: 'Word (.docx)', markdown: 'Markdown posts', html: 'Saved web pages' } as const;
const rows = (['docx', 'markdown', 'html'] as const).map((format) => {
  const sum = totals(comparisons.filter((comparison) => comparison.format === format));
  const ratio = (kept: number, present: number): string =>
    present === 0 ? '—' : `${kept.toLocaleString('en')}/${present.toLocaleString('en')} (${((100 * kept) / present).toFixed(1)} %)`;
  return {
    format: LABELS[format],
    documents: String(sum.documents),
    words: ratio(sum.wordsKept, sum.words),
    headings: ratio(sum.headingsKept, sum.headings),
    levels: ratio(sum.levelsKept, sum.headingsKept),
    notes: ratio(sum.notesKept, sum.notes),
    code: ratio(sum.codeKept, sum.code),
    links: `${ratio(sum.linksKept, sum.links)}${sum.linksReported > 0 ? `, ${sum.linksReported} more reported` : ''}`,
    chrome: ratio(sum.chromeLeftOut, sum.chrome),
  };
});
const header = [
  'Documents',
  'Files',
  'Words kept',
  'Headings kept',
  'Heading levels kept',
  'Notes kept',
  'Code blocks verbatim',
  'Links kept',
  'Page chrome left out',
];
const lines = [header, header.map((_, column) => (column === 0 ? '---' : '---:'))].concat(
  rows.map((row) => [row.format, row.documents, row.words, row.headings, row.levels, row.notes, row.code, row.links, row.chrome]),
);
process.stdout.write(`${lines.map((cells) => `| ${cells.join(' | ')} |`).join('\n')}\n`);
