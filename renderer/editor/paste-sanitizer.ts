import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';
import type { ImageAsset } from '../../shared/api/contract';
import { BODY_HEADING_LEVELS } from '../../shared/editor/body-extensions';
import { type CleanPaste, cleanPaste, finishPaste, type PastePurifiers, pastePurifiers } from './paste/prepare-paste';
import { attachAsset, dataUrlBytes, droppedImagesNotice } from './paste/paste-images';
import { plainTextSlice } from './paste/plain-text-slice';
import { detachedWindow } from './paste/quiet-window';

let purifiers: PastePurifiers | null = null;

/** The paste's sanitizers, on a window whose parsers meet no page policy (see detachedWindow), else on this one. */
function purifiersHere(): PastePurifiers {
  purifiers ??= pastePurifiers(detachedWindow(document) ?? window);
  return purifiers;
}

/**
 * Pasted HTML made safe and clean for body text, its images left out (the
 * rules of an imported file, plus the editor's own copy attributes). For
 * editors that store no images (a footnote's note) and for drops.
 */
export function sanitizePaste(html: string): string {
  const clean = cleanPaste(purifiersHere(), html, BODY_HEADING_LEVELS);
  return finishPaste(purifiersHere(), clean);
}

/** What a paste tells the analyst: images still being brought in, then what was left out. */
export interface PasteReport {
  /** Embedded images being stored now (0 once the paste is in). */
  storing: number;
  /** "12 images could not be brought in: they are on the web." — or null. */
  notice: string | null;
  /** Images the paste brought in without alt text. */
  missingAlt: number;
}

export interface PasteOptions {
  /** Stores an image in the library (as the Insert image button does). */
  storeImage: (file: File) => Promise<ImageAsset>;
  onReport: (report: PasteReport) => void;
}

const pasteKey = new PluginKey('briefdeskPaste');
/** Set while the cleaned markup goes through the editor's own paste, which must not clean it again. */
let insertingClean = false;

/** Stores each embedded image of a paste; the ones that fail are counted and left to finishPaste to remove. */
async function storeImages(clean: CleanPaste, store: PasteOptions['storeImage']): Promise<{ failed: number; reason: string }> {
  let failed = 0;
  let reason = '';
  await Promise.all(
    clean.pending.map(async (image, index) => {
      try {
        const { type, bytes } = dataUrlBytes(image.dataUrl);
        const extension = type.slice('image/'.length);
        attachAsset(image, await store(new File([bytes], `pasted-image-${index + 1}.${extension}`, { type })));
      } catch (error) {
        failed += 1;
        reason ||= error instanceof Error ? error.message : String(error);
      }
    }),
  );
  return { failed, reason };
}

function insert(view: EditorView, clean: CleanPaste): void {
  if (view.isDestroyed) return;
  const markup = finishPaste(purifiersHere(), clean);
  insertingClean = true;
  try {
    view.pasteHTML(markup);
  } finally {
    insertingClean = false;
  }
}

/**
 * The body's paste. HTML from another app is cleaned (cleanPaste: DOMPurify
 * first, in a window where nothing of it can run or even be registered) before
 * the editor's parser sees it; its embedded images are stored as assets
 * first, so the paste goes in as one step (one undo) with real image nodes;
 * what was left out is reported once. Ctrl/Cmd+Shift+V (or a clipboard with
 * only text) pastes plain text: paragraphs from blank lines, line breaks kept.
 */
export const PasteSanitizer = Extension.create<PasteOptions>({
  name: 'pasteSanitizer',
  // After the other extensions: their paste handlers (TipTap's paste rules note whether the
  // copy came from an editor like this one) see the event before this one takes it over.
  priority: 10,

  addOptions() {
    return {
      storeImage: () => Promise.reject(new Error('Images cannot be stored here.')),
      onReport: () => undefined,
    };
  },

  transformPastedHTML(html) {
    return insertingClean ? html : sanitizePaste(html);
  },

  addProseMirrorPlugins() {
    const { storeImage, onReport } = this.options;
    let shiftHeld = false;
    return [
      new Plugin({
        key: pasteKey,
        props: {
          clipboardTextParser: (text, $context) => plainTextSlice(text, $context.parent.type.schema, $context.marks()),
          handleKeyDown: (_view, event) => {
            shiftHeld = event.shiftKey;
            return false;
          },
          handleDOMEvents: {
            keyup: (_view, event) => {
              if (event.key === 'Shift') shiftHeld = false;
              return false;
            },
            paste: (view, event) => {
              const html = event.clipboardData?.getData('text/html') ?? '';
              // With Shift held the editor pastes the plain text itself.
              if (html === '' || shiftHeld || !view.editable) return false;
              event.preventDefault();
              let clean: CleanPaste;
              try {
                clean = cleanPaste(purifiersHere(), html, BODY_HEADING_LEVELS);
              } catch (error) {
                // Nothing is lost: the text goes in without its formatting.
                view.pasteText(event.clipboardData?.getData('text/plain') ?? '');
                onReport({
                  storing: 0,
                  notice: `The formatting could not be kept, so the text was pasted without it (${String(error)}).`,
                  missingAlt: 0,
                });
                return true;
              }
              const finish = (failed: number, reason: string): void => {
                const missingAlt = clean.pending.filter(
                  ({ element }) => element.hasAttribute('data-asset') && (element.getAttribute('alt') ?? '').trim() === '',
                ).length;
                insert(view, clean);
                const left = droppedImagesNotice(clean.dropped);
                const stored = failed === 0 ? null : `${failed === 1 ? '1 image' : `${failed} images`} could not be stored: ${reason}`;
                onReport({ storing: 0, notice: [left, stored].filter((part) => part !== null).join(' ') || null, missingAlt });
              };
              if (clean.pending.length === 0) {
                finish(0, '');
                return true;
              }
              onReport({ storing: clean.pending.length, notice: null, missingAlt: 0 });
              void storeImages(clean, storeImage).then(({ failed, reason }) => finish(failed, reason));
              return true;
            },
          },
        },
      }),
    ];
  },
});
