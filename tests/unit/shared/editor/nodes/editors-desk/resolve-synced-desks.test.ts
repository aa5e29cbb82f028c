import { describe, expect, it } from 'vitest';
import { detachSyncedDesks, libraryRefsIn, resolveSyncedDesks } from '../../../../../../shared/editor/nodes/editors-desk';
import { deskBlockProblem } from '../../../../../../shared/editor/validate-desk-block';
import { bodyProblem } from '../../../../../../shared/editor/validate-body';
import type { DeskBlockSource } from '../../../../../../shared/model/desk-block';
import { desk, doc, harbourDesk, heading, para, takeaways } from '../../../../support/body-fixtures';

const library = new Map<string, DeskBlockSource>([['desk-harbour', harbourDesk()]]);
const lookup = (id: string) => library.get(id);

const staleCopy = desk({ title: 'Old title', deskName: 'Old desk', libraryRef: 'desk-harbour' }, para('Last known text.'));
const libraryVersion = desk(
  {
    title: 'Why sequencing wins',
    deskName: 'Harbourline Policy Desk',
    series: 'Strategic Insight',
    publication: 'The Harbourline Brief',
    libraryRef: 'desk-harbour',
  },
  para('A narrow first deal buys time for the harder questions.'),
);

describe('resolveSyncedDesks', () => {
  it('replaces the attributes and content of a synced desk with the library block, keeping libraryRef', () => {
    const body = doc(takeaways('One.'), staleCopy, para('Body.'));
    const result = resolveSyncedDesks(body, lookup);
    expect(result).toEqual({ body: doc(takeaways('One.'), libraryVersion, para('Body.')), missing: [] });
    expect(bodyProblem(result.body)).toBeNull();
  });

  it('leaves free-standing desks alone, and finds synced desks nested in a quote', () => {
    const free = desk({ title: 'Own analysis' }, para('Mine.'));
    const body = doc(free, { type: 'blockquote', content: [staleCopy] });
    expect(resolveSyncedDesks(body, lookup).body).toEqual(doc(free, { type: 'blockquote', content: [libraryVersion] }));
  });

  it('keeps the last known copy of a desk whose block is gone and reports its id once', () => {
    const orphan = desk({ title: 'Kept', libraryRef: 'desk-deleted' }, para('Last known text.'));
    const body = doc(orphan, staleCopy, orphan);
    const result = resolveSyncedDesks(body, lookup);
    expect(result.missing).toEqual(['desk-deleted']);
    expect(result.body).toEqual(doc(orphan, libraryVersion, orphan));
  });

  it('does not change its input, and the result does not share content with the library', () => {
    const body = doc(staleCopy);
    const before = structuredClone(body);
    const result = resolveSyncedDesks(body, lookup);
    expect(body).toEqual(before);
    result.body.content?.[0]?.content?.push(para('changed'));
    expect(library.get('desk-harbour')?.content).toHaveLength(1);
  });
});

describe('detachSyncedDesks and libraryRefsIn', () => {
  it('turns the desks synced to one block into copies of its current text, leaving others', () => {
    const other = desk({ libraryRef: 'desk-other' }, para('Other.'));
    const { body, detached } = detachSyncedDesks(doc(staleCopy, other, staleCopy), 'desk-harbour', harbourDesk());
    const copy = { ...libraryVersion, attrs: { ...libraryVersion.attrs, libraryRef: null } };
    expect(detached).toBe(2);
    expect(body).toEqual(doc(copy, other, copy));
  });

  it('lists the blocks a body is synced to, each once, at any depth', () => {
    const body = doc(
      desk({ libraryRef: 'a' }),
      heading('x'),
      { type: 'blockquote', content: [desk({ libraryRef: 'b' }), desk({ libraryRef: 'a' })] },
      desk({}),
    );
    expect(libraryRefsIn(body)).toEqual(['a', 'b']);
  });

  it('checks a block against the desk content rules', () => {
    expect(deskBlockProblem(harbourDesk())).toBeNull();
    expect(deskBlockProblem(harbourDesk({ content: [heading('Not allowed in a desk')] }))).toMatch(/desk block's content does not fit/);
    expect(deskBlockProblem(harbourDesk({ content: [{ type: 'marquee' }] }))).not.toBeNull();
  });
});
