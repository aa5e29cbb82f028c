import type { Extensions } from '@tiptap/core';
import { ListKeymap } from '@tiptap/extension-list';
import { Dropcursor, Gapcursor, TrailingNode, UndoRedo } from '@tiptap/extensions';
import { bodyExtensions } from '../../shared/editor/body-extensions';
import { briefBlockViews, BriefBlocksUi } from '../nodes';
import { BlockDirection } from './block-direction';
import { BodyPlaceholder } from './body-placeholder';
import { EditorShortcuts } from './editor-shortcuts';
import { OrderedListPasteOffer } from './ordered-list-paste';
import { type PasteOptions, PasteSanitizer } from './paste-sanitizer';
import { SelectionFromDom } from './selection-from-dom';
import { SlashMenu } from './slash-menu';
import { TabFromCursor } from './tab-from-cursor';

export interface EditingExtensionOptions {
  resolveImageSrc: (src: string) => string | null;
  onOpenLink: () => void;
  /** Stores a pasted image; reports what a paste brought in and left out. */
  paste: PasteOptions;
}

/** The body's schema (from shared/) with the blocks' views, plus the behaviour of editing it here. */
export function editingExtensions(options: EditingExtensionOptions): Extensions {
  return [
    ...bodyExtensions({ resolveImageSrc: options.resolveImageSrc, blockViews: briefBlockViews() }),
    BriefBlocksUi,
    BlockDirection,
    SelectionFromDom,
    PasteSanitizer.configure(options.paste),
    SlashMenu,
    OrderedListPasteOffer,
    UndoRedo.configure({ depth: 200 }),
    Dropcursor.configure({ width: 2, class: 'drop-cursor' }),
    Gapcursor,
    ListKeymap,
    TrailingNode,
    BodyPlaceholder,
    EditorShortcuts.configure({ onOpenLink: options.onOpenLink }),
    TabFromCursor,
  ];
}
