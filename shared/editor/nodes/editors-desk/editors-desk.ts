import { mergeAttributes, Node } from '@tiptap/core';
import type { DOMOutputSpec, Node as PmNode, NodeType, Schema } from '@tiptap/pm/model';
import { closeHistory } from '@tiptap/pm/history';
import { TextSelection } from '@tiptap/pm/state';
import {
  ancestorOfType,
  atEndOfContent,
  atStartOfFirstChild,
  insertTopLevelBlock,
  removeBlock,
  selectedBlockOfType,
} from '../../block-utils';
import { requireNodeType } from '../require-node-type';

/** Node name of the Editor's Desk block. */
export const EDITORS_DESK = 'editorsDesk';
/** Title an Editor's Desk block gets unless the analyst changes it. */
export const EDITORS_DESK_DEFAULT_TITLE = 'Strategic Analysis';
/** The badge every Editor's Desk block shows. */
export const EDITORS_DESK_BADGE = "Editor's Desk";

/** The attributes of an `editorsDesk` node. */
export interface EditorsDeskAttributes {
  /** Heading of the analysis. @default 'Strategic Analysis' */
  title: string;
  /** First sign-off line, e.g. "Northwind Policy Desk". @default '' */
  deskName: string;
  /** Second sign-off line, the series, e.g. "Strategic Insight". @default '' */
  series: string;
  /** Third sign-off line, the publication. @default '' */
  publication: string;
  /** Id of the desk-library block this one is an instance of. @default null */
  libraryRef: string | null;
}

const TEXT_ATTRIBUTES = ['title', 'deskName', 'series', 'publication'] as const;
type TextAttribute = (typeof TEXT_ATTRIBUTES)[number];

const DATA_NAMES: Record<TextAttribute, string> = {
  title: 'data-title',
  deskName: 'data-desk-name',
  series: 'data-series',
  publication: 'data-publication',
};

/** Class of each sign-off line's `<p>`, in order. */
const SIGNOFF_CLASSES: Record<Exclude<TextAttribute, 'title'>, string> = {
  deskName: 'editors-desk-desk-name',
  series: 'editors-desk-series',
  publication: 'editors-desk-publication',
};

export interface EditorsDeskOptions {
  /**
   * Extra HTML attributes on the `<aside>`.
   * @default {}
   */
  HTMLAttributes: Record<string, unknown>;
}

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    editorsDesk: {
      /**
       * Inserts an Editor's Desk block at the selection (replacing an empty
       * paragraph, otherwise after the current top-level block), cursor in
       * its body.
       * @example editor.commands.insertEditorsDesk({ deskName: 'Policy Desk' })
       */
      insertEditorsDesk: (attrs?: Partial<EditorsDeskAttributes>) => ReturnType;
      /**
       * Changes the attributes of the Editor's Desk block around the selection
       * (or selected). Quick successive updates (typing in a field) undo together.
       */
      updateEditorsDesk: (attrs: Partial<EditorsDeskAttributes>) => ReturnType;
      /** Removes the Editor's Desk block around the selection. */
      removeEditorsDesk: () => ReturnType;
    };
  }
}

function deskType(schema: Schema): NodeType {
  return requireNodeType(schema, EDITORS_DESK);
}

/** Reads a text attribute of a desk node as a string. */
function textAttr(node: PmNode, name: TextAttribute): string {
  const value: unknown = node.attrs[name];
  return typeof value === 'string' ? value : '';
}

/** The attributes of a desk node, typed. */
export function editorsDeskAttributes(node: PmNode): EditorsDeskAttributes {
  const ref: unknown = node.attrs.libraryRef;
  return {
    title: textAttr(node, 'title'),
    deskName: textAttr(node, 'deskName'),
    series: textAttr(node, 'series'),
    publication: textAttr(node, 'publication'),
    libraryRef: typeof ref === 'string' && ref !== '' ? ref : null,
  };
}

/** Only the known attributes, with the right types (unknown keys and wrong types are dropped). */
function cleanAttrs(attrs: Partial<EditorsDeskAttributes>): Partial<EditorsDeskAttributes> {
  const clean: Partial<EditorsDeskAttributes> = {};
  for (const name of TEXT_ATTRIBUTES) {
    const value: unknown = attrs[name];
    if (typeof value === 'string') clean[name] = value;
  }
  const ref: unknown = attrs.libraryRef;
  if (ref === null || (typeof ref === 'string' && ref !== '')) clean.libraryRef = ref;
  return clean;
}

function directChildWithClass(element: HTMLElement, className: string): Element | null {
  for (const child of Array.from(element.children)) {
    if (child.classList.contains(className)) return child;
  }
  return null;
}

/** Parses a text attribute from its data-* attribute, falling back to the visible text. */
function parseTextAttr(element: HTMLElement, name: TextAttribute): string | null {
  const data = element.getAttribute(DATA_NAMES[name]);
  if (data !== null) return data;
  const fallback =
    name === 'title'
      ? directChildWithClass(element, 'editors-desk-title')
      : directChildWithClass(element, 'editors-desk-signoff')?.querySelector(`.${SIGNOFF_CLASSES[name]}`);
  const text = fallback?.textContent?.trim();
  return text ? text : null;
}

/**
 * The Editor's Desk: a labelled block of analysis with a title and sign-off
 * lines (desk / series / publication), reusable across briefs through
 * `libraryRef`. The attributes are the source of truth; the badge, title and
 * sign-off are rendered from them:
 * `<aside class="editors-desk" data-type="editors-desk" data-title=… data-desk-name=… data-series=… data-publication=… [data-library-ref=…]>
 * <p class="editors-desk-badge">Editor's Desk</p><h2 class="editors-desk-title">…</h2>
 * <div class="editors-desk-body">…</div><footer class="editors-desk-signoff"><p>…</p>…</footer></aside>`.
 *
 * Mod-Shift-e inserts one. Backspace at the start of its body never removes
 * the block; `removeEditorsDesk` does.
 */
export const EditorsDesk = Node.create<EditorsDeskOptions>({
  name: EDITORS_DESK,
  group: 'block',
  content: '(paragraph | bulletList | orderedList | blockquote)+',
  defining: true,
  isolating: true,

  addOptions() {
    return { HTMLAttributes: {} };
  },

  addAttributes() {
    const text = (name: TextAttribute, fallback: string) => ({
      default: fallback,
      parseHTML: (element: HTMLElement) => parseTextAttr(element, name) ?? fallback,
      renderHTML: (attributes: Record<string, unknown>) => {
        const value = attributes[name];
        return { [DATA_NAMES[name]]: typeof value === 'string' ? value : fallback };
      },
    });
    return {
      title: text('title', EDITORS_DESK_DEFAULT_TITLE),
      deskName: text('deskName', ''),
      series: text('series', ''),
      publication: text('publication', ''),
      libraryRef: {
        default: null,
        parseHTML: (element: HTMLElement) => element.getAttribute('data-library-ref') || null,
        renderHTML: (attributes: Record<string, unknown>) => {
          const ref = attributes.libraryRef;
          return typeof ref === 'string' && ref !== '' ? { 'data-library-ref': ref } : {};
        },
      },
    };
  },

  parseHTML() {
    return [
      {
        tag: 'aside[data-type="editors-desk"]',
        contentElement: (node: HTMLElement) => node.querySelector<HTMLElement>('.editors-desk-body') ?? node,
      },
    ];
  },

  renderHTML({ node, HTMLAttributes }) {
    const attrs = editorsDeskAttributes(node);
    const lines: DOMOutputSpec[] = [];
    for (const name of ['deskName', 'series', 'publication'] as const) {
      const line = attrs[name].trim();
      if (line) lines.push(['p', { class: SIGNOFF_CLASSES[name] }, line]);
    }
    return [
      'aside',
      mergeAttributes({ class: 'editors-desk', 'data-type': 'editors-desk' }, this.options.HTMLAttributes, HTMLAttributes),
      ['p', { class: 'editors-desk-badge' }, EDITORS_DESK_BADGE],
      ['h2', { class: 'editors-desk-title' }, attrs.title.trim() || EDITORS_DESK_DEFAULT_TITLE],
      ['div', { class: 'editors-desk-body' }, 0],
      ['footer', { class: 'editors-desk-signoff' }, ...lines],
    ];
  },

  addCommands() {
    return {
      insertEditorsDesk:
        (attrs = {}) =>
        ({ tr, state, dispatch }) => {
          const paragraph = state.schema.nodes.paragraph;
          if (!paragraph) return false;
          const desk = deskType(state.schema).create(cleanAttrs(attrs), paragraph.create());
          if (dispatch) {
            const pos = insertTopLevelBlock(tr, desk);
            tr.setSelection(TextSelection.create(tr.doc, pos + 2));
            closeHistory(tr).scrollIntoView();
          }
          return true;
        },

      updateEditorsDesk:
        (attrs) =>
        ({ tr, dispatch }) => {
          const desk = selectedBlockOfType(tr, deskType(tr.doc.type.schema));
          if (!desk) return false;
          if (dispatch) tr.setNodeMarkup(desk.pos, undefined, { ...desk.node.attrs, ...cleanAttrs(attrs) });
          return true;
        },

      removeEditorsDesk:
        () =>
        ({ tr, dispatch }) => {
          const desk = selectedBlockOfType(tr, deskType(tr.doc.type.schema));
          if (!desk) return false;
          if (dispatch) {
            removeBlock(tr, desk.pos, desk.node);
            closeHistory(tr).scrollIntoView();
          }
          return true;
        },
    };
  },

  addKeyboardShortcuts() {
    const editor = this.editor;
    const deskAround = () => {
      const { selection, schema } = editor.state;
      if (!selection.empty) return null;
      const desk = ancestorOfType(selection.$from, deskType(schema));
      return desk ? { desk, $from: selection.$from } : null;
    };
    return {
      Backspace: () => {
        const found = deskAround();
        if (!found || !atStartOfFirstChild(found.$from, found.desk.depth)) return false;
        const { desk, $from } = found;
        if ($from.parent.content.size > 0 || desk.node.childCount === 1) return true;
        // An empty first paragraph with more after it simply goes.
        return editor.commands.command(({ tr, dispatch }) => {
          if (dispatch) {
            const start = $from.before();
            tr.delete(start, $from.after());
            tr.setSelection(TextSelection.near(tr.doc.resolve(start + 1)));
          }
          return true;
        });
      },
      Delete: () => {
        const found = deskAround();
        return found !== null && atEndOfContent(found.$from, found.desk.depth);
      },
      'Mod-Shift-e': () => editor.commands.insertEditorsDesk(),
    };
  },
});
