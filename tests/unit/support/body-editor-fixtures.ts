import { Editor, type JSONContent } from '@tiptap/core';
import { UndoRedo } from '@tiptap/extensions';
import type { PmNodeJson } from '../../../shared/model/brief';
import { bodyExtensions } from '../../../shared/editor/body-extensions';

/** The body's extensions plus the brief blocks, as the renderer will wire them. */
export const blockTestExtensions = () => bodyExtensions();

/** A headless editor with the body schema, the brief blocks and undo. */
export function makeEditor(content?: JSONContent | string): Editor {
  return new Editor({ extensions: [...blockTestExtensions(), UndoRedo], content: content ?? null });
}

export interface KeyMods {
  shift?: boolean;
  alt?: boolean;
  mod?: boolean;
}

/**
 * Presses a key the way the view sees it (through the handleKeyDown props,
 * i.e. the keymaps). Returns whether a handler took the key.
 */
export function press(editor: Editor, key: string, mods: KeyMods = {}): boolean {
  const mac = /Mac|iP(hone|[oa]d)/.test(navigator.platform);
  const event = new KeyboardEvent('keydown', {
    key: mods.shift && key.length === 1 ? key.toUpperCase() : key,
    keyCode: key.length === 1 ? key.toUpperCase().charCodeAt(0) : 0,
    shiftKey: Boolean(mods.shift),
    altKey: Boolean(mods.alt),
    ctrlKey: Boolean(mods.mod) && !mac,
    metaKey: Boolean(mods.mod) && mac,
    bubbles: true,
    cancelable: true,
  });
  return editor.view.someProp('handleKeyDown', (handle) => handle(editor.view, event)) ?? false;
}

/** Puts the cursor `offset` characters into the first text node containing `text`. */
export function cursorAtText(editor: Editor, text: string, offset = 0): void {
  let found: number | null = null;
  editor.state.doc.descendants((node, pos) => {
    if (found !== null) return false;
    const at = node.isText ? (node.text ?? '').indexOf(text) : -1;
    if (at >= 0) found = pos + at + offset;
    return true;
  });
  if (found === null) throw new Error(`no text "${text}" in the document`);
  editor.commands.setTextSelection(found);
}

/** Puts the cursor at the start (or end) of the n-th node named `type`. */
export function cursorInNode(editor: Editor, type: string, index: number, where: 'start' | 'end' = 'start'): void {
  let seen = 0;
  let found: number | null = null;
  editor.state.doc.descendants((node, pos) => {
    if (found !== null) return false;
    if (node.type.name === type) {
      if (seen === index) found = where === 'start' ? pos + 1 : pos + 1 + node.content.size;
      seen += 1;
    }
    return true;
  });
  if (found === null) throw new Error(`no ${type} #${index}`);
  editor.commands.setTextSelection(found);
}

/** The text of every node named `type`, in document order. */
export function textsOf(editor: Editor, type: string): string[] {
  const texts: string[] = [];
  editor.state.doc.descendants((node) => {
    if (node.type.name === type) texts.push(node.textContent);
    return true;
  });
  return texts;
}

/** Names of the top-level nodes of the document. */
export function topLevel(editor: Editor): string[] {
  const names: string[] = [];
  editor.state.doc.forEach((node) => names.push(node.type.name));
  return names;
}

/** Name of the node the cursor's text position is in, and its text. */
export function cursorBlock(editor: Editor): { type: string; text: string; offset: number } {
  const { $from } = editor.state.selection;
  return { type: $from.parent.type.name, text: $from.parent.textContent, offset: $from.parentOffset };
}

const text = (value: string, marks?: PmNodeJson['marks']): PmNodeJson =>
  marks ? { type: 'text', text: value, marks } : { type: 'text', text: value };

/** A paragraph node with plain text (none when empty). */
export const para = (value = ''): PmNodeJson => (value ? { type: 'paragraph', content: [text(value)] } : { type: 'paragraph' });

/** A takeaway item with plain text. */
export const item = (value = ''): PmNodeJson => (value ? { type: 'takeaway', content: [text(value)] } : { type: 'takeaway' });

/** A Key Takeaways block of plain items. */
export const takeaways = (...items: string[]): PmNodeJson => ({ type: 'keyTakeaways', content: items.map(item) });

/** A document of the given top-level nodes. */
export const docOf = (...content: PmNodeJson[]): PmNodeJson => ({ type: 'doc', content });

export { text };
