import type { Extensions } from '@tiptap/core';
import { ListKeymap } from '@tiptap/extension-list';
import { Dropcursor, Gapcursor, Placeholder, TrailingNode, UndoRedo } from '@tiptap/extensions';
import { bodyExtensions } from '../../shared/editor/body-extensions';
import { EditorShortcuts } from './editor-shortcuts';

export interface EditingExtensionOptions {
  resolveImageSrc: (src: string) => string | null;
  onOpenLink: () => void;
}

/** The body's schema (from shared/) plus the behaviour of editing it here. */
export function editingExtensions(options: EditingExtensionOptions): Extensions {
  return [
    ...bodyExtensions({ resolveImageSrc: options.resolveImageSrc }),
    UndoRedo.configure({ depth: 200 }),
    Dropcursor.configure({ width: 2, class: 'drop-cursor' }),
    Gapcursor,
    ListKeymap,
    TrailingNode,
    Placeholder.configure({ placeholder: 'Write the brief…' }),
    EditorShortcuts.configure({ onOpenLink: options.onOpenLink }),
  ];
}
