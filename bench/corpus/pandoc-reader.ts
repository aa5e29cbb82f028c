import { spawnSync } from 'node:child_process';
import { type Counts, squash, wordsOf } from './counts';

/** Whether Debian's pandoc is on the PATH. */
export function hasPandoc(): boolean {
  return spawnSync('pandoc', ['--version'], { stdio: 'ignore' }).status === 0;
}

interface PandocElement {
  t: string;
  c?: unknown;
}

const isElement = (value: unknown): value is PandocElement =>
  typeof value === 'object' && value !== null && typeof (value as { t?: unknown }).t === 'string';

/** The plain text of inlines (Str, Space, Code…). */
function inlineText(value: unknown): string {
  if (Array.isArray(value)) return value.map(inlineText).join('');
  if (!isElement(value)) return '';
  if (value.t === 'Str' && typeof value.c === 'string') return value.c;
  if (value.t === 'Space' || value.t === 'SoftBreak' || value.t === 'LineBreak') return ' ';
  if (value.t === 'Code' && Array.isArray(value.c)) return String(value.c[1]);
  if (value.t === 'Note') return '';
  return inlineText(value.c);
}

/**
 * Reads a document with pandoc (`-t json`) and counts what its AST holds:
 * prose words (notes included, code blocks not), headings with their
 * levels, notes, code blocks and link targets. The metadata title counts as
 * a heading of level 1, as it is the document's title.
 */
export function readWithPandoc(bytes: Uint8Array, from: 'docx' | 'markdown' | 'html'): Counts {
  const result = spawnSync('pandoc', ['-f', from, '-t', 'json', '--preserve-tabs'], { input: bytes, maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`pandoc could not read the document: ${result.stderr.toString()}`);
  const ast = JSON.parse(result.stdout.toString()) as { blocks: unknown[]; meta: Record<string, { c?: unknown }> };
  const counts: Counts = { words: [], headings: [], notes: [], code: [], links: [], anchors: [] };
  const title = ast.meta.title ? inlineText(ast.meta.title.c) : '';
  if (title) {
    counts.headings.push({ level: 1, text: squash(title) });
    counts.words.push(...wordsOf(title));
  }
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) {
      value.forEach(walk);
      return;
    }
    if (!isElement(value)) return;
    const c = value.c;
    switch (value.t) {
      case 'Str':
        if (typeof c === 'string') counts.words.push(...wordsOf(c));
        return;
      case 'Code':
        if (Array.isArray(c)) counts.words.push(...wordsOf(String(c[1])));
        return;
      case 'CodeBlock':
        if (Array.isArray(c)) counts.code.push(String(c[1]));
        return;
      case 'Header':
        if (Array.isArray(c)) {
          counts.headings.push({ level: Number(c[0]), text: squash(inlineText(c[2])) });
          if (Array.isArray(c[1]) && typeof c[1][0] === 'string' && c[1][0] !== '') counts.anchors.push(c[1][0]);
        }
        break;
      case 'Note':
        // A note's paragraphs, a space between them.
        counts.notes.push(
          squash(Array.isArray(c) ? c.map((block: unknown) => (isElement(block) ? inlineText(block.c) : '')).join(' ') : ''),
        );
        break;
      case 'Link':
        if (Array.isArray(c) && Array.isArray(c[2])) counts.links.push(String(c[2][0]));
        break;
    }
    walk(c);
  };
  walk(ast.blocks);
  return counts;
}
