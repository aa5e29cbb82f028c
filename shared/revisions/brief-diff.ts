import { diffArrays, diffWordsWithSpace } from 'diff';
import type { BriefContent, RelatedBrief } from '../model/brief';
import { type BodyLine, bodyLines } from './body-lines';
import type { BodyLineChange, BriefDiff, DiffField, FieldChange, TextSegment } from './brief-diff-model';

export type { BodyLineChange, BriefDiff, FieldChange, TextSegment } from './brief-diff-model';

/**
 * Below this share of unchanged characters, a removed line and an added line
 * of the same kind are shown as a removal and an addition, not as one
 * changed line (a word diff of two unrelated sentences is hard to read).
 */
const PAIRING_SIMILARITY = 0.3;

const TEXT_FIELDS: ReadonlyArray<readonly [DiffField, string, (content: BriefContent) => string]> = [
  ['headline', 'Headline', (c) => c.headline],
  ['standfirst', 'Standfirst', (c) => c.standfirst],
  ['section', 'Section', (c) => c.section],
  ['byline', 'Byline', (c) => c.byline],
  ['status', 'Status', (c) => c.status],
  ['language', 'Language', (c) => c.language],
  ['heroImage', 'Hero image', (c) => c.hero?.asset ?? ''],
  ['heroAlt', 'Hero image alt text', (c) => c.hero?.alt ?? ''],
  ['heroCaption', 'Hero image caption', (c) => c.hero?.caption ?? ''],
  ['heroCredit', 'Hero image credit', (c) => c.hero?.credit ?? ''],
];

function relatedText(item: RelatedBrief): string {
  return item.kind === 'brief' ? `Brief ${item.id}` : `${item.title || item.url} (${item.url})`;
}

const LIST_FIELDS: ReadonlyArray<readonly [DiffField, string, (content: BriefContent) => string[]]> = [
  ['tags', 'Tags', (c) => c.tags],
  ['related', 'Related', (c) => c.related.map(relatedText)],
];

/** A word diff of two strings as segments. */
export function wordSegments(before: string, after: string): TextSegment[] {
  return diffWordsWithSpace(before, after).map((part) => ({
    op: part.added ? 'added' : part.removed ? 'removed' : 'unchanged',
    text: part.value,
  }));
}

function fieldChanges(older: BriefContent, newer: BriefContent): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const [field, label, read] of TEXT_FIELDS) {
    const before = read(older);
    const after = read(newer);
    if (before !== after) changes.push({ field, label, before, after, segments: wordSegments(before, after), list: false });
  }
  for (const [field, label, read] of LIST_FIELDS) {
    const before = read(older);
    const after = read(newer);
    if (before.length === after.length && before.every((item, index) => item === after[index])) continue;
    const segments = diffArrays(before, after).flatMap((part): TextSegment[] =>
      part.value.map((text) => ({ op: part.added ? 'added' : part.removed ? 'removed' : 'unchanged', text })),
    );
    changes.push({ field, label, before: before.join(', '), after: after.join(', '), segments, list: true });
  }
  return changes;
}

const sameLine = (a: BodyLine, b: BodyLine): boolean => a.kind === b.kind && a.text === b.text && a.format === b.format;

function whole(line: BodyLine, change: 'unchanged' | 'added' | 'removed'): BodyLineChange {
  return {
    change,
    kind: line.kind,
    label: line.label,
    before: change === 'added' ? null : line.text,
    after: change === 'removed' ? null : line.text,
    segments: [{ op: change, text: line.text }],
    formatOnly: false,
  };
}

/** The share of characters two lines have in common (1 for two empty lines). */
function similarity(segments: TextSegment[], before: string, after: string): number {
  const longest = Math.max(before.length, after.length);
  if (longest === 0) return 1;
  const kept = segments.filter((segment) => segment.op === 'unchanged').reduce((sum, segment) => sum + segment.text.length, 0);
  return kept / longest;
}

/** A removed and an added line as one changed line, or null when they have too little in common. */
function changedLine(older: BodyLine, newer: BodyLine): BodyLineChange | null {
  if (older.kind !== newer.kind) return null;
  const segments = wordSegments(older.text, newer.text);
  if (similarity(segments, older.text, newer.text) < PAIRING_SIMILARITY) return null;
  return {
    change: 'changed',
    kind: newer.kind,
    label: newer.label,
    before: older.text,
    after: newer.text,
    segments,
    formatOnly: older.text === newer.text,
  };
}

/**
 * Lines removed next to lines added: each removed line is paired, in order,
 * with the next added line of its kind that reads similarly (a changed
 * line); the rest stay removals and additions.
 */
function pairRuns(removed: BodyLine[], added: BodyLine[]): BodyLineChange[] {
  const out: BodyLineChange[] = [];
  let next = 0;
  for (const old of removed) {
    let paired: BodyLineChange | null = null;
    let at = next;
    for (; at < added.length && paired === null; at += 1) {
      const candidate = added[at];
      if (candidate) paired = changedLine(old, candidate);
    }
    if (paired === null) {
      out.push(whole(old, 'removed'));
      continue;
    }
    for (const line of added.slice(next, at - 1)) out.push(whole(line, 'added'));
    out.push(paired);
    next = at;
  }
  for (const line of added.slice(next)) out.push(whole(line, 'added'));
  return out;
}

function bodyChanges(older: BriefContent, newer: BriefContent): BodyLineChange[] {
  const parts = diffArrays(bodyLines(older.body), bodyLines(newer.body), { comparator: sameLine });
  const out: BodyLineChange[] = [];
  let removed: BodyLine[] = [];
  let added: BodyLine[] = [];
  const flush = (): void => {
    out.push(...pairRuns(removed, added));
    removed = [];
    added = [];
  };
  for (const part of parts) {
    if (part.removed) removed.push(...part.value);
    else if (part.added) added.push(...part.value);
    else {
      flush();
      for (const line of part.value) out.push(whole(line, 'unchanged'));
    }
  }
  flush();
  return out;
}

/**
 * How `older` differs from `newer`: the fields that changed (word diffs for
 * text, item diffs for tags and related briefs) and the body line by line —
 * each Key Takeaways item, the Editor's Desk title, text and sign-off,
 * headings, paragraphs and list items — with a word diff inside each
 * changed line. Pure; runs in Node and in the renderer.
 */
export function diffBriefs(older: BriefContent, newer: BriefContent): BriefDiff {
  const fields = fieldChanges(older, newer);
  const body = bodyChanges(older, newer);
  const count = (change: BodyLineChange['change']): number => body.filter((line) => line.change === change).length;
  const counts = { fields: fields.length, added: count('added'), removed: count('removed'), changed: count('changed') };
  return { identical: counts.fields + counts.added + counts.removed + counts.changed === 0, fields, body, counts };
}
