import { closeHistory } from '@tiptap/pm/history';
import { Fragment, type Slice } from '@tiptap/pm/model';
import type { EditorState, Transaction } from '@tiptap/pm/state';
import type { SearchQuery } from 'prosemirror-search';
import { HEADER_FIELD_INFO, type HeaderTexts } from './header-fields';
import { type FindResults, fieldKey } from './find-matches';
import { replaceInText } from './text-field-state';

/** What replacing some matches does: one body transaction (one undo step) and the header fields' new texts. */
export interface ReplacePlan {
  /** The body's changes, desk fields included; null when no body or desk text changes. */
  tr: Transaction | null;
  header: HeaderTexts;
  replaced: number;
  /** Matches left alone because they are in a synced desk block. */
  skippedSynced: number;
  /** Matches left alone because a required field would become blank. */
  skippedBlank: number;
}

/**
 * Plans replacing the matches at `which` (indexes into `results.matches`)
 * with the query's replacement (`$1`… expanded). Matches in synced desk
 * blocks are skipped, and so is a replacement that would blank a required
 * header field. All body and desk changes go into one transaction, which
 * starts its own undo step.
 */
export function planReplace(query: SearchQuery, results: FindResults, state: EditorState, which: readonly number[]): ReplacePlan {
  const plan: ReplacePlan = { tr: null, header: {}, replaced: 0, skippedSynced: 0, skippedBlank: 0 };
  const byField = new Map<string, number[]>();
  const bodyRanges: Range[] = [];
  const tr = closeHistory(state.tr);
  for (const index of [...which].sort((a, b) => a - b)) {
    const match = results.matches[index];
    if (!match) continue;
    if (match.synced) {
      plan.skippedSynced += 1;
      continue;
    }
    if (match.place.kind === 'body') {
      const result = results.bodyResults.get(index);
      if (!result) continue;
      bodyRanges.push(...query.getReplacements(state, result));
      plan.replaced += 1;
      continue;
    }
    const key = fieldKey(match.place);
    byField.set(key, [...(byField.get(key) ?? []), match.nth]);
  }

  replaceByBlock(tr, state, bodyRanges);

  for (const [key, nths] of byField) {
    const search = results.fieldSearches.get(key);
    const place = results.matches.find((match) => fieldKey(match.place) === key)?.place;
    if (!search || !place) continue;
    const text = replaceInText(query, search, nths);
    if (place.kind === 'header') {
      if (HEADER_FIELD_INFO[place.field].required && text.trim() === '') {
        plan.skippedBlank += nths.length;
        continue;
      }
      plan.header[place.field] = text;
    } else if (place.kind === 'desk') {
      tr.setNodeAttribute(tr.mapping.map(place.pos), place.field, text);
    }
    plan.replaced += nths.length;
  }
  if (tr.docChanged) plan.tr = tr;
  return plan;
}

interface Range {
  from: number;
  to: number;
  insert: Slice;
}

/**
 * Applies the ranges (in document order) as one step per textblock: its new
 * inline content built once, so thousands of matches cost as many steps as
 * blocks, not matches.
 */
function replaceByBlock(tr: Transaction, state: EditorState, ranges: readonly Range[]): void {
  let index = 0;
  while (index < ranges.length) {
    const first = ranges[index];
    if (!first) break;
    const $from = state.doc.resolve(first.from);
    const start = $from.start();
    const end = $from.end();
    const parts: Fragment[] = [];
    let pos = start;
    for (let range = ranges[index]; range && range.to <= end; range = ranges[index]) {
      parts.push(state.doc.slice(pos, range.from).content, range.insert.content);
      pos = range.to;
      index += 1;
    }
    if (pos === start && index < ranges.length && ranges[index] === first) {
      // A range that leaves its block (cannot happen for text matches): applied on its own.
      tr.replace(tr.mapping.map(first.from), tr.mapping.map(first.to), first.insert);
      index += 1;
      continue;
    }
    parts.push(state.doc.slice(pos, end).content);
    const content = parts.reduce((all, part) => all.append(part), Fragment.empty);
    tr.replaceWith(tr.mapping.map(start), tr.mapping.map(end), content);
  }
}
