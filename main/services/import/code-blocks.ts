import { isElement } from './block-text';

/** Class names that carry a code block's language: `language-x`, `lang-x`, `highlight-source-x`, `brush: x`. */
const LANGUAGE_CLASS = /^(?:language-|lang-|highlight-source-|highlight-)([A-Za-z0-9_+#.-]{1,40})$/;
/** Classes highlighters put beside the language that are not one. */
const NOT_LANGUAGES = new Set([
  'sourcecode',
  'highlight',
  'code',
  'hljs',
  'prettyprint',
  'linenums',
  'numberlines',
  'notranslate',
  'chroma',
  'pre',
]);
/** A language name as it may be kept. */
const LANGUAGE = /^[A-Za-z0-9_+#.-]{1,40}$/;

/** The language a `<pre>` (or the `<code>` or wrapper around it) names, or null. */
function languageOf(pre: Element): string | null {
  const candidates = [pre.querySelector('code'), pre, pre.parentElement].filter((element) => element !== null);
  for (const element of candidates) {
    const data = element.getAttribute('data-lang') ?? element.getAttribute('data-language');
    if (data && LANGUAGE.test(data)) return data.toLowerCase();
    const classes = (element.getAttribute('class') ?? '').split(/\s+/).filter(Boolean);
    for (const name of classes) {
      const match = LANGUAGE_CLASS.exec(name);
      if (match?.[1] && !NOT_LANGUAGES.has(match[1].toLowerCase())) return match[1].toLowerCase();
    }
    const brush = /brush:\s*([A-Za-z0-9_+#.-]{1,40})/.exec(element.getAttribute('class') ?? '');
    if (brush?.[1]) return brush[1].toLowerCase();
    // pandoc: <pre class="sourceCode python">.
    if (classes.includes('sourceCode')) {
      const other = classes.find((name) => name !== 'sourceCode' && LANGUAGE.test(name) && !NOT_LANGUAGES.has(name.toLowerCase()));
      if (other) return other.toLowerCase();
    }
  }
  return null;
}

/** The text of a `<pre>` exactly as shown: its characters, line breaks (`<br>`) as newlines. */
function preText(pre: Element): string {
  let text = '';
  const walk = (node: Node): void => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === 3) text += child.textContent ?? '';
      else if (isElement(child) && child.localName === 'br') text += '\n';
      else walk(child);
    }
  };
  walk(pre);
  return text;
}

/**
 * Makes every `<pre>` of an imported document (before it is sanitized) a
 * plain `<pre><code class="language-…">` holding its text exactly — spaces,
 * tabs and blank lines as they are, line breaks written as `<br>` made
 * newlines, a highlighter's markup and line-number links dropped — with the
 * language its classes or data attributes name. `trimFinalNewline` drops the
 * one newline Markdown renderers and pandoc end every block with. Returns
 * how many code blocks there are.
 */
export function prepareCodeBlocks(root: ParentNode, document: Document, options: { trimFinalNewline: boolean }): number {
  const blocks = Array.from(root.querySelectorAll('pre')).filter((pre) => pre.parentElement?.closest('pre') == null);
  for (const pre of blocks) {
    const language = languageOf(pre);
    let text = preText(pre);
    if (options.trimFinalNewline) text = text.replace(/\n$/, '');
    const code = document.createElement('code');
    if (language) code.setAttribute('class', `language-${language}`);
    code.textContent = text;
    const clean = document.createElement('pre');
    clean.append(code);
    pre.replaceWith(clean);
  }
  return blocks.length;
}
