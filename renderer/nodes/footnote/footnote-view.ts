import { baseKeymap, toggleMark } from '@tiptap/pm/commands';
import { redo, undo } from '@tiptap/pm/history';
import { keymap } from '@tiptap/pm/keymap';
import type { Node as PmNode, Schema } from '@tiptap/pm/model';
import { type Command, EditorState, TextSelection, type Transaction } from '@tiptap/pm/state';
import { StepMap } from '@tiptap/pm/transform';
import { type Decoration, EditorView, type NodeView } from '@tiptap/pm/view';
import { isAllowedLinkHref } from '../../../shared/editor/link-policy';
import { sanitizePaste } from '../../editor/paste-sanitizer';
import { footnoteNumberOf } from './footnote-numbers-plugin';
import { linkAddresses } from './note-links';

/** The open note views, by their element, so keys in the text can reach the one selected. */
const views = new WeakMap<Element, FootnoteView>();

/** The note view whose reference is `element`, if it is one. */
export function footnoteViewOf(element: Node | null): FootnoteView | null {
  return element instanceof Element ? (views.get(element) ?? null) : null;
}

/** "Note 3", or "Note" before its number is known. */
const noteLabel = (number: number | null): string => (number === null ? 'Note' : `Note ${number}`);

/** A note's text on one line, for the reference's name and tooltip. */
function preview(node: PmNode): string {
  const text = node.textBetween(0, node.content.size, ' ', ' ').replace(/\s+/g, ' ').trim();
  return text.length > 140 ? `${text.slice(0, 139)}…` : text;
}

/**
 * A footnote in the editor: its number as a superscript reference in the
 * text, renumbered as notes come and go (`footnoteNumbersPlugin`), and —
 * while it is selected — a popover with the note itself, edited in place by
 * a small editor of its own whose every change is a change of the brief
 * (one undo history; links and emphasis kept). Enter or Escape goes back to
 * the text after the reference; Shift+Enter starts a new line of the note.
 */
export class FootnoteView implements NodeView {
  readonly dom: HTMLElement;
  readonly #numberElement: HTMLElement;
  #closing = false;
  #node: PmNode;
  #number: number | null;
  #popover: HTMLElement | null = null;
  #inner: EditorView | null = null;
  readonly #outer: EditorView;
  readonly #getPos: () => number | undefined;

  constructor(node: PmNode, outer: EditorView, getPos: () => number | undefined, decorations: readonly Decoration[]) {
    this.#node = node;
    this.#outer = outer;
    this.#getPos = getPos;
    this.#number = footnoteNumberOf(decorations);
    this.dom = document.createElement('sup');
    this.dom.className = 'footnote-ref-view';
    this.dom.contentEditable = 'false';
    this.dom.setAttribute('data-type', 'footnote');
    this.#numberElement = document.createElement('span');
    this.#numberElement.className = 'footnote-number';
    this.dom.append(this.#numberElement);
    views.set(this.dom, this);
    this.#render();
  }

  /** The reference's number and names, from the node and its number. */
  #render(): void {
    const text = preview(this.#node);
    const label = noteLabel(this.#number);
    this.#numberElement.textContent = this.#number === null ? '*' : String(this.#number);
    this.dom.setAttribute('aria-label', text ? `${label}: ${text}` : `${label} (empty)`);
    this.dom.title = text ? `${label}: ${text}` : `${label} is empty: select it to write it`;
    this.dom.classList.toggle('is-empty', text === '');
    this.#inner?.dom.setAttribute('aria-label', label);
    const title = this.#popover?.querySelector('.footnote-popover-title');
    if (title) title.textContent = label;
  }

  selectNode(): void {
    this.dom.classList.add('ProseMirror-selectednode');
    this.open();
    // A new, empty note is written at once.
    if (this.#node.content.size === 0) requestAnimationFrame(() => this.focusNote());
  }

  deselectNode(): void {
    this.dom.classList.remove('ProseMirror-selectednode');
    if (!this.#inner?.hasFocus()) this.close();
  }

  /** Shows the note under its reference (nothing happens when it is shown already). */
  open(): void {
    if (this.#popover) return;
    const popover = document.createElement('span');
    popover.className = 'footnote-popover';
    popover.setAttribute('role', 'group');
    const title = document.createElement('span');
    title.className = 'footnote-popover-title';
    title.textContent = noteLabel(this.#number);
    const hint = document.createElement('span');
    hint.className = 'footnote-popover-hint';
    hint.textContent = 'Enter or Esc: back to the text · Shift+Enter: new line';
    const area = document.createElement('span');
    area.className = 'footnote-popover-editor';
    popover.append(title, area, hint);
    popover.setAttribute('aria-label', noteLabel(this.#number));
    this.#popover = popover;
    this.dom.append(popover);
    this.#inner = new EditorView(area, {
      state: EditorState.create({ doc: this.#node, plugins: [keymap(this.#keys()), keymap(baseKeymap)] }),
      dispatchTransaction: (tr) => this.#dispatchInner(tr),
      attributes: {
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-label': noteLabel(this.#number),
        class: 'footnote-note',
        dir: 'auto',
        spellcheck: 'true',
      },
      transformPastedHTML: (html) => sanitizePaste(html),
      handlePaste: (view, event) => this.#pasteAddress(view, event),
      handleDOMEvents: {
        mousedown: () => {
          // A click in the note while the text has the focus: the note takes it.
          if (this.#outer.hasFocus()) this.#inner?.focus();
          return false;
        },
        blur: (_view, event) => {
          const next = event.relatedTarget;
          if (!(next instanceof Node) || !this.dom.contains(next)) this.#finish(false);
          return false;
        },
      },
    });
    this.#placePopover(popover);
  }

  /** Keeps the popover inside the editor's width (one measurement, when it opens). */
  #placePopover(popover: HTMLElement): void {
    const bounds = this.#outer.dom.getBoundingClientRect();
    const box = popover.getBoundingClientRect();
    const overflowRight = box.right - bounds.right;
    const overflowLeft = bounds.left - box.left;
    if (overflowRight > 0) popover.style.setProperty('--footnote-shift', `${-overflowRight}px`);
    else if (overflowLeft > 0) popover.style.setProperty('--footnote-shift', `${overflowLeft}px`);
  }

  /** Puts the keyboard in the note (opening it first). */
  focusNote(): void {
    this.open();
    const inner = this.#inner;
    if (!inner) return;
    inner.focus();
    inner.dispatch(inner.state.tr.setSelection(TextSelection.atEnd(inner.state.doc)));
  }

  close(): void {
    this.#inner?.destroy();
    this.#inner = null;
    this.#popover?.remove();
    this.#popover = null;
  }

  /** Leaves the note: typed web addresses become links, the popover closes and (when asked) the text gets the caret after the reference. */
  #finish(toText: boolean): void {
    if (this.#closing) return;
    this.#closing = true;
    try {
      this.#linkTypedAddresses();
    } finally {
      this.#closing = false;
    }
    const pos = this.#getPos();
    this.#closing = true;
    this.close();
    this.#closing = false;
    if (!toText || pos === undefined) return;
    const after = pos + this.#node.nodeSize;
    this.#outer.dispatch(this.#outer.state.tr.setSelection(TextSelection.create(this.#outer.state.doc, after)));
    this.#outer.focus();
  }

  #linkTypedAddresses(): void {
    const pos = this.#getPos();
    const schema: Schema = this.#outer.state.schema;
    const linked = linkAddresses(this.#node.content, schema);
    if (pos === undefined || linked === this.#node.content) return;
    const tr = this.#outer.state.tr.replaceWith(pos + 1, pos + this.#node.nodeSize - 1, linked);
    this.#outer.dispatch(tr);
  }

  #keys(): Record<string, Command> {
    const outer =
      (command: Command): Command =>
      () =>
        command(this.#outer.state, this.#outer.dispatch);
    const mark = (name: string): Command => {
      const type = this.#outer.state.schema.marks[name];
      return type ? toggleMark(type) : () => false;
    };
    const newLine: Command = (state, dispatch) => {
      const lineBreak = state.schema.nodes.hardBreak;
      if (!lineBreak) return false;
      dispatch?.(state.tr.replaceSelectionWith(lineBreak.create()).scrollIntoView());
      return true;
    };
    const back: Command = () => {
      this.#finish(true);
      return true;
    };
    return {
      'Mod-z': outer(undo),
      'Mod-y': outer(redo),
      'Shift-Mod-z': outer(redo),
      'Mod-b': mark('bold'),
      'Mod-i': mark('italic'),
      'Mod-u': mark('underline'),
      'Shift-Enter': newLine,
      Enter: back,
      Escape: back,
    };
  }

  /** A web address pasted on its own: a link (over the selected words, or as its own text). */
  #pasteAddress(view: EditorView, event: ClipboardEvent): boolean {
    const text = event.clipboardData?.getData('text/plain').trim() ?? '';
    const link = view.state.schema.marks.link;
    if (!link || !isAllowedLinkHref(text) || /\s/.test(text)) return false;
    const { from, to, empty } = view.state.selection;
    const mark = link.create({ href: text });
    const tr = empty
      ? view.state.tr.replaceSelectionWith(view.state.schema.text(text, [mark]), false)
      : view.state.tr.addMark(from, to, mark);
    view.dispatch(tr.scrollIntoView());
    return true;
  }

  /** A change made in the note: applied there, and as the same steps to the brief (so it saves and undoes with the rest). */
  #dispatchInner(tr: Transaction): void {
    const inner = this.#inner;
    if (!inner) return;
    const { state, transactions } = inner.state.applyTransaction(tr);
    inner.updateState(state);
    if (tr.getMeta('fromOutside')) return;
    const pos = this.#getPos();
    if (pos === undefined) return;
    const outerTr = this.#outer.state.tr;
    const offset = StepMap.offset(pos + 1);
    for (const applied of transactions) {
      for (const step of applied.steps) {
        const mapped = step.map(offset);
        if (mapped) outerTr.step(mapped);
      }
    }
    if (outerTr.docChanged) this.#outer.dispatch(outerTr);
  }

  update(node: PmNode, decorations: readonly Decoration[]): boolean {
    if (!node.sameMarkup(this.#node)) return false;
    this.#node = node;
    this.#number = footnoteNumberOf(decorations);
    const inner = this.#inner;
    if (inner) {
      const { state } = inner;
      const start = node.content.findDiffStart(state.doc.content);
      if (start !== null) {
        const ends = node.content.findDiffEnd(state.doc.content);
        let endA = ends?.a ?? node.content.size;
        let endB = ends?.b ?? state.doc.content.size;
        const overlap = start - Math.min(endA, endB);
        if (overlap > 0) {
          endA += overlap;
          endB += overlap;
        }
        inner.dispatch(state.tr.replace(start, endB, node.slice(start, endA)).setMeta('fromOutside', true));
      }
    }
    this.#render();
    return true;
  }

  destroy(): void {
    this.close();
    views.delete(this.dom);
  }

  /** Events inside the note are the note's, not the text's. */
  stopEvent(event: Event): boolean {
    return this.#popover !== null && event.target instanceof Node && this.#popover.contains(event.target);
  }

  ignoreMutation(): boolean {
    return true;
  }
}
