import { type CorpusDocument, utf8 } from './document';
import { codeSample, type Prose } from './prose';

/** What a news site puts around its articles. Each phrase is distinct from the articles' own words. */
const CHROME = [
  'Subscribe to our newsletter',
  'Ads by Google',
  'Share on Mastodon',
  'Most read this week',
  'Cookie preferences',
  'Sign in to comment',
  'Sponsored content',
  'All rights reserved',
] as const;

const escapeHtml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

type NoteShape = 'pandoc' | 'dpub' | 'plain';

/** A note reference and its note, in one of the shapes pages use. */
function noteMarkup(shape: NoteShape, n: number, text: string): { ref: string; note: string } {
  if (shape === 'pandoc') {
    return {
      ref: `<a href="#fn${n}" class="footnote-ref" id="fnref${n}" role="doc-noteref"><sup>${n}</sup></a>`,
      note: `<li id="fn${n}"><p>${text}<a href="#fnref${n}" class="footnote-back" role="doc-backlink">↩︎</a></p></li>`,
    };
  }
  if (shape === 'dpub') {
    return {
      ref: `<sup><a href="#note-${n}" id="ref-${n}" role="doc-noteref">${n}</a></sup>`,
      note: `<li id="note-${n}" role="doc-endnote">${text} <a href="#ref-${n}" role="doc-backlink">Back</a></li>`,
    };
  }
  return { ref: `<sup><a href="#n${n}">[${n}]</a></sup>`, note: `<li id="n${n}">${text}</li>` };
}

function notesSection(shape: NoteShape, items: string[]): string {
  if (shape === 'pandoc')
    return `<section id="footnotes" class="footnotes footnotes-end-of-document" role="doc-endnotes"><hr><ol>${items.join('')}</ol></section>`;
  if (shape === 'dpub') return `<section role="doc-endnotes"><h2>Notes</h2><ol>${items.join('')}</ol></section>`;
  return `<h3>Notes</h3><ol class="notes">${items.join('')}</ol>`;
}

/**
 * A news page saved from a browser: navigation, ads, share and related-link
 * widgets around one article (h1, h2–h4, paragraphs with notes in one of
 * three shapes, a <pre> block, absolute, relative and in-page links), its
 * address in a canonical link (most pages) or a <base>.
 */
export function savedPage(prose: Prose, index: number): CorpusDocument {
  const shape: NoteShape = (['pandoc', 'dpub', 'plain'] as const)[index % 3] ?? 'plain';
  const site = 'https://news.example.com';
  const address = `${site}/world/${prose.slug()}.html`;
  const head = index % 4 === 3 ? `<base href="${site}/world/">` : index % 4 === 2 ? '' : `<link rel="canonical" href="${address}">`;
  const baseUrl = index % 4 === 3 ? `${site}/world/` : index % 4 === 2 ? null : address;
  const notes: string[] = [];
  const refs: string[] = [];
  const noteTexts: string[] = [];
  // The article as the page has it, and for the reference reader without the notes' numbers and back links.
  const ref = (): string => {
    const n = notes.length + 1;
    const text = escapeHtml(prose.sentence());
    const made = noteMarkup(shape, n, text);
    notes.push(made.note);
    refs.push(made.ref);
    noteTexts.push(`<li>${text}</li>`);
    return `⟦${n}⟧`;
  };
  const title = prose.title();
  const parts: string[] = [`<h1>${title}</h1>`, `<p class="byline">By ${prose.title(2)}</p>`, `<p>${prose.paragraph()}${ref()}</p>`];
  const sections = prose.int(2, 3);
  for (let section = 0; section < sections; section += 1) {
    parts.push(`<h2 id="part-${section + 1}">${prose.title(4)}</h2>`);
    parts.push(
      `<p>${prose.sentence()} The <a href="/data/${prose.slug()}">${prose.word()} figures</a> and <a href="../${prose.slug()}.html">an earlier report</a> agree.${ref()}</p>`,
    );
    parts.push(
      `<p>${prose.paragraph()} See <a href="https://stats.example.org/${prose.slug()}">the series</a> and <a href="#part-1">the first part</a>.</p>`,
    );
    if (section === 0) {
      const code = codeSample(prose);
      parts.push(`<pre><code class="language-${code.language}">${escapeHtml(code.text)}</code></pre>`);
    }
    parts.push(`<h3>${prose.title(3)}</h3><p>${prose.paragraph()}</p>`);
    if (section === 1) {
      parts.push(`<h4>${prose.title(3)}</h4><p>${prose.paragraph()}</p>`);
      // Shapes real pages have: text straight in a div with line breaks, a quote, a figure, a heading holding a link.
      parts.push(`<div class="text">${prose.sentence()}<br>${prose.sentence()}</div>`);
      parts.push(`<blockquote><p>${prose.sentence()}</p></blockquote>`);
      parts.push(
        `<figure><img src="https://cdn.example.com/${prose.slug()}.jpg" alt="${prose.title(3)}"><figcaption>${prose.sentence()}</figcaption></figure>`,
      );
      parts.push(`<h3><a href="https://news.example.com/topics/${prose.slug()}">${prose.title(3)}</a></h3><p>${prose.paragraph()}</p>`);
      parts.push(`<pre>  indented   ${prose.word()}\n\ttabbed line</pre>`);
    }
  }
  const body = parts.join('\n');
  const article = `<article>${body.replace(/⟦(\d+)⟧/g, (_, n: string) => refs[Number(n) - 1] ?? '')}\n${notesSection(shape, notes)}</article>`;
  const plainArticle = `<article>${body.replace(/⟦\d+⟧/g, '')}\n<ol>${noteTexts.join('')}</ol></article>`;
  const nav = `<header><nav><a href="/">Home</a> <a href="/world/">World</a> <a href="/markets/">Markets</a> <span>${CHROME[0]}</span></nav></header>`;
  const ads = `<div class="ad-slot"><p>${CHROME[1]}</p><p>${CHROME[6]}</p></div>`;
  const share = `<aside class="share"><p>${CHROME[2]}</p></aside>`;
  const related = `<aside class="related"><h3>${CHROME[3]}</h3><ul>${Array.from({ length: 6 }, () => `<li><a href="/world/${prose.slug()}.html">${prose.title(5)}</a></li>`).join('')}</ul></aside>`;
  const footer = `<footer><p>${CHROME[4]}</p><p>${CHROME[5]}</p><p>© 2025 ${CHROME[7]}.</p></footer>`;
  const page = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${title} | Example News</title>${head}</head><body>${nav}${ads}<main>${article}${share}</main>${related}${footer}</body></html>`;
  return {
    name: `page-${index + 1}.html`,
    format: 'html',
    bytes: utf8(page),
    reference: {
      bytes: utf8(`<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"></head><body>${plainArticle}</body></html>`),
      from: 'html',
    },
    baseUrl,
    notes: notes.length,
    chrome: [...CHROME],
  };
}
