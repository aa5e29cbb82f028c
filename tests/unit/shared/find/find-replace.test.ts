// @vitest-environment happy-dom
import type { Editor } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import { buildQuery, type FindOptions } from '../../../../shared/find/find-query';
import { collectMatches } from '../../../../shared/find/find-matches';
import { planReplace, type ReplacePlan } from '../../../../shared/find/find-replace';
import type { BriefContent, PmNodeJson } from '../../../../shared/model/brief';
import { desk, doc, para, takeaways } from '../../support/body-fixtures';
import { makeRendererEditor } from '../../renderer/editor-fixtures';

let editor: Editor | undefined;
afterEach(() => editor?.destroy());

type Header = Pick<BriefContent, 'headline' | 'standfirst' | 'byline' | 'hero'>;
const header: Header = { headline: 'Oman hosts', standfirst: 'Oman, again', byline: '', hero: null };

function open(...blocks: PmNodeJson[]): Editor {
  editor = makeRendererEditor(doc(...blocks));
  return editor;
}

function replaceAll(
  current: Editor,
  search: string,
  replace: string,
  more: Partial<FindOptions> = {},
  content: Header = header,
): ReplacePlan {
  const built = buildQuery({ search, replace, caseSensitive: false, wholeWord: false, regexp: false, ...more });
  if (!built.ok) throw new Error('no query');
  const results = collectMatches(built.query, content, current.state);
  const plan = planReplace(
    built.query,
    results,
    current.state,
    results.matches.map((_, index) => index),
  );
  if (plan.tr) current.view.dispatch(plan.tr);
  return plan;
}

const texts = (current: Editor): string[] => {
  const out: string[] = [];
  current.state.doc.descendants((node) => {
    if (node.isTextblock) out.push(node.textContent);
    return true;
  });
  return out;
};

describe('planReplace', () => {
  it('replaces in the body, takeaway items and desk fields in one transaction, undone in one step', () => {
    const current = open(
      para('Oman and oman.'),
      takeaways('Oman leads', 'Iran waits'),
      desk({ title: 'Oman desk', series: 'Oman weekly' }, para('Oman text.')),
    );
    typeText(current);
    const before = current.state.doc;
    const plan = replaceAll(current, 'oman', 'Qatar');
    expect(plan.replaced).toBe(8);
    expect(plan.header).toEqual({ headline: 'Qatar hosts', standfirst: 'Qatar, again' });
    expect(texts(current)).toEqual(['Qatar and Qatar.!', 'Qatar leads', 'Iran waits', 'Qatar text.']);
    expect(current.state.doc.child(2).attrs).toMatchObject({ title: 'Qatar desk', series: 'Qatar weekly' });
    current.commands.undo();
    expect(current.state.doc.eq(before)).toBe(true);
    // The typing before the replace is its own step.
    current.commands.undo();
    expect(texts(current)[0]).toBe('Oman and oman.');
  });

  it('expands $1 groups of a regular expression', () => {
    const current = open(para('Smith, John and Doe, Jane'));
    replaceAll(current, '(\\w+), (\\w+)', '$2 $1', { regexp: true });
    expect(texts(current)).toEqual(['John Smith and Jane Doe']);
  });

  it('leaves a synced desk block’s text and fields as they are, and counts them', () => {
    const current = open(para('Oman'), desk({ title: 'Oman note', libraryRef: 'desk-1' }, para('Oman synced.')));
    const plan = replaceAll(current, 'Oman', 'Qatar', {}, { ...header, headline: 'x', standfirst: '' });
    expect(plan).toMatchObject({ replaced: 1, skippedSynced: 2 });
    expect(texts(current)).toEqual(['Qatar', 'Oman synced.']);
    expect(current.state.doc.child(1).attrs.title).toBe('Oman note');
  });

  it('does not blank a required header field', () => {
    const current = open(para('x'));
    const plan = replaceAll(current, 'Oman hosts', '', {}, header);
    expect(plan.header.headline).toBeUndefined();
    expect(plan.skippedBlank).toBe(1);
  });

  it('replaces 5,000 matches in a 20,000-word body as one undo step', () => {
    // 1,000 paragraphs of 20 words, each with 5 matches.
    const words = Array.from({ length: 1000 }, (_, n) => para(`lorem ipsum target ${n} `.repeat(5).trim()));
    const current = open(...words);
    const before = current.state.doc;
    const plan = replaceAll(current, 'target', 'goal', { wholeWord: true });
    expect(plan.replaced).toBe(5000);
    expect(current.state.doc.textContent.match(/goal/g)).toHaveLength(5000);
    expect(current.state.doc.textContent).not.toContain('target');
    current.commands.undo();
    expect(current.state.doc.eq(before)).toBe(true);
  });
});

/** Types "!" at the end of the first paragraph, as its own undo step before the replace. */
function typeText(current: Editor): void {
  const end = current.state.doc.child(0).nodeSize - 1;
  current.view.dispatch(current.state.tr.insertText('!', end));
}
