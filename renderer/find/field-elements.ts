import type { Editor } from '@tiptap/core';
import { HEADER_FIELD_INFO } from '../../shared/find/header-fields';
import type { FindMatch, FindPlace } from '../../shared/find/find-matches';

const DESK_FIELD_SELECTORS = {
  title: '.desk-title-input',
  deskName: '.desk-signoff-deskName',
  series: '.desk-signoff-series',
  publication: '.desk-signoff-publication',
} as const;

/** The input or textarea a header or desk match is in, if shown. */
export function fieldElement(editor: Editor, place: FindPlace): HTMLInputElement | HTMLTextAreaElement | null {
  let element: Element | null = null;
  if (place.kind === 'header') element = document.getElementById(HEADER_FIELD_INFO[place.field].elementId);
  if (place.kind === 'desk') {
    const desk = editor.view.nodeDOM(place.pos);
    element = desk instanceof HTMLElement ? desk.querySelector(DESK_FIELD_SELECTORS[place.field]) : null;
  }
  return element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement ? element : null;
}

const MARK = 'findMatch';

/**
 * Marks the fields that hold matches (`data-find-match="hit"`) and the one
 * with the current match (`"current"`, scrolled into view); text inside a
 * form field cannot carry highlights of its own. Returns the unmarking.
 */
export function markFields(editor: Editor, matches: readonly FindMatch[], current: FindMatch | null): () => void {
  const marked: HTMLElement[] = [];
  for (const match of matches) {
    if (match.place.kind === 'body') continue;
    const element = fieldElement(editor, match.place);
    if (!element) continue;
    const isCurrent = match === current;
    if (element.dataset[MARK] !== 'current') element.dataset[MARK] = isCurrent ? 'current' : 'hit';
    if (isCurrent) element.scrollIntoView({ block: 'center', behavior: 'instant' });
    marked.push(element);
  }
  return () => {
    for (const element of marked) delete element.dataset[MARK];
  };
}
