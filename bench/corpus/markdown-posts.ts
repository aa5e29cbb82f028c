import { type CorpusDocument, utf8 } from './document';
import { codeSample, type Prose } from './prose';

/**
 * A post as static-site generators keep them: front matter (title, date,
 * permalink, sometimes the full url), headings from level 2 down, footnotes
 * ([^n] with a second indented paragraph, and ^[inline] notes), fenced and
 * indented code, absolute, site-relative and in-page links.
 */
export function markdownPost(prose: Prose, index: number): CorpusDocument {
  const slug = prose.slug();
  const site = 'https://desk.example.org';
  const withUrl = index % 2 === 0;
  const title = prose.title();
  const lines: string[] = [
    '---',
    `title: "${title}"`,
    `date: 2025-0${prose.int(1, 9)}-1${prose.int(0, 9)}`,
    `permalink: /analysis/${slug}/`,
    ...(withUrl ? [`url: ${site}/analysis/${slug}/`] : []),
    `tags: [${prose.word()}, ${prose.word()}]`,
    '---',
    '',
  ];
  let notes = 0;
  const definitions: string[] = [];
  const note = (long: boolean): string => {
    notes += 1;
    const label = `n${notes}`;
    definitions.push(`[^${label}]: ${prose.sentence()}`);
    if (long) definitions.push('', `    ${prose.sentence()} See [the data](https://data.example.net/${prose.slug()}).`);
    definitions.push('');
    return `[^${label}]`;
  };
  const anchorTarget = prose.title(3);
  lines.push(`${prose.sentence()} ${prose.sentence()}${note(false)}`, '');
  const sections = prose.int(2, 4);
  for (let section = 0; section < sections; section += 1) {
    const heading = section === 0 ? anchorTarget : prose.title(4);
    lines.push(`## ${heading}`, '');
    lines.push(`${prose.paragraph()} Read [the ${prose.word()} page](/wiki/${prose.slug()}) and [an older post](../${prose.slug()}/).`, '');
    lines.push(`${prose.sentence()}^[${prose.sentence()}] ${prose.sentence()}${note(section % 2 === 1)}`, '');
    notes += 1; // the inline note above
    if (section % 2 === 0) {
      const code = codeSample(prose);
      lines.push(`\`\`\`${code.language}`, code.text, '```', '');
    } else {
      lines.push(`${prose.sentence()} As [said above](#${slugOf(anchorTarget)}), ${prose.sentence().toLowerCase()}`, '');
      lines.push('    $ briefdesk export --format html', '    wrote 3 files', '');
    }
    const depth = prose.int(3, 6);
    for (let level = 3; level <= depth; level += 1) lines.push(`${'#'.repeat(level)} ${prose.title(3)}`, '', prose.paragraph(), '');
    lines.push(
      `- ${prose.sentence()}`,
      `  - ${prose.sentence()}`,
      `- ${prose.sentence()} See <https://www.example.com/${prose.slug()}>.`,
      '',
    );
    if (section === 1) {
      // Shapes real posts have: a setext heading, reference-style links, a quote, a numbered list holding code.
      const setext = prose.title(3);
      lines.push(setext, '-'.repeat(setext.length), '');
      lines.push(`${prose.sentence()} The [${prose.word()} review][review] and [the ${prose.word()} note][] say so.`, '');
      lines.push(`> ${prose.sentence()}`, `> ${prose.sentence()}`, '');
      lines.push(`1. ${prose.sentence()}`, '', '   ```sh', '   make  build', '   ```', '', `2. ${prose.sentence()}`, '');
      lines.push(
        `[review]: https://review.example.org/${prose.slug()} "The review"`,
        `[the ${lastWord(lines)} note]: https://notes.example.org/${prose.slug()}`,
        '',
      );
    }
  }
  lines.push(...definitions);
  const bytes = utf8(lines.join('\n'));
  return {
    name: `post-${index + 1}.md`,
    format: 'markdown',
    bytes,
    reference: { bytes, from: 'markdown' },
    baseUrl: withUrl ? `${site}/analysis/${slug}/` : null,
    notes,
    chrome: [],
  };
}

/** The id a Markdown renderer gives a heading: lower case, dashes. */
function slugOf(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '');
}

/** The word before " note][]" in the reference-style link just written, for its definition. */
function lastWord(lines: readonly string[]): string {
  const line = lines.findLast((candidate) => candidate.includes(' note][]')) ?? '';
  return /\[the (\S+) note\]\[\]/.exec(line)?.[1] ?? '';
}
