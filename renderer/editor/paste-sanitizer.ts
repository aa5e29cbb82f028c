import { Extension } from '@tiptap/core';
import { Plugin, PluginKey, TextSelection } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';
import type { ImageAsset } from '../../shared/api/contract';
import { BODY_HEADING_LEVELS } from '../../shared/editor/body-extensions';
import { type CleanPaste, cleanPaste, finishPaste, type PastePurifiers, pastePurifiers } from './paste/prepare-paste';
import { imageFilesPaste, transferFiles } from './paste/paste-files';
import { attachAsset, dataUrlBytes, droppedImagesNotice, type PendingImage } from './paste/paste-images';
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

/** The file to store for a pending image: the clipboard's own file, or the embedded bytes as one. */
function pendingFile(image: PendingImage, index: number): File {
  if ('file' in image) return image.file;
  const { type, bytes } = dataUrlBytes(image.dataUrl);
  return new File([bytes], `pasted-image-${index + 1}.${type.slice('image/'.length)}`, { type });
}

/** Stores each image of a paste; the ones that fail are counted and left to finishPaste to remove. */
async function storeImages(clean: CleanPaste, store: PasteOptions['storeImage']): Promise<{ failed: number; reason: string }> {
  let failed = 0;
  let reason = '';
  await Promise.all(
    clean.pending.map(async (image, index) => {
      try {
        attachAsset(image, await store(pendingFile(image, index)));
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
 * Puts a cleaned paste in once its images are stored (one step, one undo),
 * then reports what was left out (`notes` first: files refused before) and
 * how many of its images have no alt text.
 */
function bringIn(view: EditorView, clean: CleanPaste, notes: readonly string[], options: PasteOptions): void {
  const finish = (failed: number, reason: string): void => {
    const missingAlt = clean.pending.filter(
      ({ element }) => element.hasAttribute('data-asset') && (element.getAttribute('alt') ?? '').trim() === '',
    ).length;
    if (clean.fragment.hasChildNodes()) insert(view, clean);
    const left = droppedImagesNotice(clean.dropped);
    const stored = failed === 0 ? null : `${failed === 1 ? '1 image' : `${failed} images`} could not be stored: ${reason}`;
    const notice = [...notes, left, stored].filter((part) => part !== null).join(' ') || null;
    options.onReport({ storing: 0, notice, missingAlt });
  };
  if (clean.pending.length === 0) {
    finish(0, '');
    return;
  }
  options.onReport({ storing: clean.pending.length, notice: null, missingAlt: 0 });
  void storeImages(clean, options.storeImage).then(({ failed, reason }) => finish(failed, reason));
}

/**
 * The body's paste. HTML from another app is cleaned (cleanPaste: DOMPurify
 * first, in a window where nothing of it can run or even be registered) before
 * the editor's parser sees it; its embedded images are stored as assets
 * first, so the paste goes in as one step (one undo) with real image nodes;
 * what was left out is reported once. Ctrl/Cmd+Shift+V (or a clipboard with
 * only text) pastes plain text: paragraphs from blank lines, line breaks kept.
 * Image files on the clipboard (a screenshot, an image copied in a file
 * manager) or dropped on the body become images stored as assets the same
 * way; other files, and images too large to keep, are refused with a message.
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
    const options = this.options;
    const { onReport } = options;
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
          handleDrop: (view, event, _slice, moved) => {
            const files = moved || !view.editable ? [] : transferFiles(event.dataTransfer);
            if (files.length === 0) return false;
            event.preventDefault();
            const at = view.posAtCoords({ left: event.clientX, top: event.clientY });
            if (at) view.dispatch(view.state.tr.setSelection(TextSelection.near(view.state.doc.resolve(at.pos))));
            const { clean, refused } = imageFilesPaste(files, purifiersHere().document);
            bringIn(view, clean, refused, options);
            return true;
          },
          handleDOMEvents: {
            keyup: (_view, event) => {
              if (event.key === 'Shift') shiftHeld = false;
              return false;
            },
            paste: (view, event) => {
              const html = event.clipboardData?.getData('text/html') ?? '';
              // With Shift held the editor pastes the plain text itself.
              if (shiftHeld || !view.editable) return false;
              const files = transferFiles(event.clipboardData);
              // Files with no text beside them (a screenshot, a copied image file): the files are the paste.
              const pasteFiles = (): boolean => {
                const { clean, refused } = imageFilesPaste(files, purifiersHere().document);
                bringIn(view, clean, refused, options);
                return true;
              };
              if (html === '' && files.length === 0) return false;
              event.preventDefault();
              if (html === '') return pasteFiles();
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
              // An app's markup around a copied image (an <img> of a file or a web address, no text): the file is the image.
              if (files.length > 0 && (clean.fragment.textContent ?? '').trim() === '') return pasteFiles();
              bringIn(view, clean, [], options);
              return true;
            },
          },
        },
      }),
    ];
  },
});
