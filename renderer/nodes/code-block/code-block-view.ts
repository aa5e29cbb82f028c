import type { Node as PmNode } from '@tiptap/pm/model';
import { Plugin, TextSelection } from '@tiptap/pm/state';
import type { EditorView, NodeView } from '@tiptap/pm/view';

/** A language name as stored: trimmed, lower case, letters, digits and `+#._-` only ("C++" → "c++"), or null for none. */
export function normalizeLanguage(value: string): string | null {
  const cleaned = value
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}+#._-]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return cleaned === '' ? null : cleaned.slice(0, 40);
}

/**
 * A code block in the editor: its text verbatim in `<pre><code>`, and above
 * it a small field naming its language ("yaml", "python"…), which exports
 * write as `class="language-…"` and as the Markdown fence's info. Enter or
 * Escape in the field goes back into the code.
 */
export class CodeBlockView implements NodeView {
  readonly dom: HTMLElement;
  readonly contentDOM: HTMLElement;
  readonly #input: HTMLInputElement;
  #node: PmNode;

  constructor(
    node: PmNode,
    private readonly view: EditorView,
    private readonly getPos: () => number | undefined,
  ) {
    this.#node = node;
    this.dom = document.createElement('div');
    this.dom.className = 'code-block-view';
    const bar = document.createElement('div');
    bar.className = 'code-block-bar';
    bar.contentEditable = 'false';
    this.#input = document.createElement('input');
    this.#input.type = 'text';
    this.#input.className = 'code-block-language';
    this.#input.placeholder = 'Language';
    this.#input.spellcheck = false;
    this.#input.setAttribute('aria-label', 'Code language');
    this.#input.addEventListener('change', () => this.#commit());
    this.#input.addEventListener('keydown', (event) => this.#keydown(event));
    bar.append(this.#input);
    const pre = document.createElement('pre');
    this.contentDOM = document.createElement('code');
    pre.append(this.contentDOM);
    this.dom.append(bar, pre);
    this.#render();
  }

  #render(): void {
    const language = this.#language();
    this.#input.value = language ?? '';
    this.contentDOM.className = language ? `language-${language}` : '';
  }

  #language(): string | null {
    const value: unknown = this.#node.attrs.language;
    return typeof value === 'string' && value !== '' ? value : null;
  }

  /** Stores the field's language on the block (one undoable step), when it changed. */
  #commit(): void {
    const pos = this.getPos();
    const language = normalizeLanguage(this.#input.value);
    if (pos === undefined || language === this.#language()) {
      this.#render();
      return;
    }
    this.view.dispatch(this.view.state.tr.setNodeAttribute(pos, 'language', language));
  }

  #keydown(event: KeyboardEvent): void {
    if (event.key !== 'Enter' && event.key !== 'Escape') return;
    event.preventDefault();
    if (event.key === 'Escape') this.#render();
    else this.#commit();
    const pos = this.getPos();
    if (pos === undefined) return;
    const { state } = this.view;
    this.view.dispatch(state.tr.setSelection(TextSelection.create(state.doc, pos + 1 + this.#node.content.size)));
    this.view.focus();
  }

  update(node: PmNode): boolean {
    if (node.type !== this.#node.type) return false;
    this.#node = node;
    if (document.activeElement !== this.#input) this.#render();
    return true;
  }

  /** The language field's own events stay there. */
  stopEvent(event: Event): boolean {
    return event.target === this.#input;
  }

  ignoreMutation(mutation: MutationRecord | { type: 'selection'; target: Node }): boolean {
    // Changes outside the code itself (the field) are the view's own.
    return mutation.type !== 'selection' && !this.contentDOM.contains(mutation.target);
  }
}

/** Gives the body's code blocks their view (the language field) without replacing the schema's node. */
export function codeBlockViewPlugin(): Plugin {
  return new Plugin({
    props: {
      nodeViews: {
        codeBlock: (node, view, getPos) => new CodeBlockView(node, view, getPos),
      },
    },
  });
}
