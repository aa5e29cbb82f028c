import type { DOMPurify } from 'dompurify';
import createDOMPurify from 'dompurify';
import { configureImportSanitizer, sanitizePastedHtml, sanitizePasteSource } from '../../../shared/editor/sanitize-foreign-html';
import {
  dropBreaksBetweenBlocks,
  dropEmptyBlocks,
  type HeadingLevels,
  nestStrayLists,
  paragraphsInContainers,
  shiftHeadings,
  wordParagraphStyles,
  wrapInlineRuns,
} from './paste-blocks';
import { isBlockLevel } from './paste-dom';
import { type DroppedImages, type PendingImage, sortImages } from './paste-images';
import type { PurifyWindow } from './quiet-window';
import { marksFromStyles } from './style-marks';
import { rebuildWordLists } from './word-lists';

/** The two DOMPurify passes of a paste, on one window. */
export interface PastePurifiers {
  /** First pass: the import's elements, with styles and classes for the clean-up to read. */
  source: DOMPurify;
  /** Last pass: the import's rules exactly (configured by configureImportSanitizer). */
  final: DOMPurify;
  document: Document;
}

/** The paste's sanitizers on `window` (see detachedWindow for the one the editor uses). */
export function pastePurifiers(window: PurifyWindow): PastePurifiers {
  const final = createDOMPurify(window);
  configureImportSanitizer(final);
  return { source: createDOMPurify(window), final, document: window.document };
}

/** A paste after the clean-up, before its embedded images are stored. */
export interface CleanPaste {
  fragment: DocumentFragment;
  /** Embedded images, each to be stored and given `data-asset` (or removed) before finishPaste. */
  pending: PendingImage[];
  dropped: DroppedImages;
}

/**
 * Cleans pasted HTML for the body: sanitized first (DOMPurify, nothing of
 * the source runs or loads), then Word's lists and paragraph styles and Word's
 * and Google Docs' styled bold and italic turned into structure, headings
 * shifted to the body's levels (not for a copy from an editor like this one,
 * which has them already), stray nested lists put into their items, images
 * sorted (see sortImages), mixed text and blocks given paragraphs, and empty
 * blocks and breaks between blocks dropped.
 */
export function cleanPaste(purifiers: PastePurifiers, html: string, levels: HeadingLevels): CleanPaste {
  const fragment = sanitizePasteSource(purifiers.source, html);
  rebuildWordLists(fragment);
  wordParagraphStyles(fragment);
  marksFromStyles(fragment);
  if (!fragment.querySelector('[data-pm-slice]')) shiftHeadings(fragment, levels);
  nestStrayLists(fragment);
  const { pending, dropped } = sortImages(fragment);
  dropBreaksBetweenBlocks(fragment);
  paragraphsInContainers(fragment);
  if (Array.from(fragment.childNodes).some(isBlockLevel)) wrapInlineRuns(fragment);
  dropEmptyBlocks(fragment);
  return { fragment, pending, dropped };
}

/**
 * The markup the editor's clipboard parser reads: any image not stored by
 * now is removed (an image node is never left without its picture), and the
 * whole goes through the import's sanitizer once more.
 */
export function finishPaste(purifiers: PastePurifiers, clean: CleanPaste): string {
  for (const image of Array.from(clean.fragment.querySelectorAll('img:not([data-asset])'))) image.remove();
  const container = purifiers.document.createElement('div');
  container.append(clean.fragment);
  return sanitizePastedHtml(purifiers.final, container.innerHTML);
}
