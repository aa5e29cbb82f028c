import { describe, expect, it } from 'vitest';
import type { BriefdeskApi } from '../../../../shared/api/contract';
import { dispatch } from '../../../../shared/api/dispatch';
import { BriefContent } from '../../../../shared/model/brief';
import type { BodyLineChange, TextSegment } from '../../../../shared/revisions/brief-diff-model';
import { apiOver } from '../../../../renderer/api/create-api';
import type { ToastMessage } from '../../../../renderer/ui/Toast';
import { bodyRows, coalesceSegments, diffSummary } from '../../../../renderer/history/diff-display';
import { wordSegments } from '../../../../shared/revisions/brief-diff';
import { restoreInEditor, UNSAVED_BEFORE_RESTORE, undoRestore } from '../../../../renderer/history/restore-in-editor';
import { kindLabel, revisionTitle } from '../../../../renderer/history/revision-labels';
import { SaveController } from '../../../../renderer/save/save-controller';
import { contentWithBody, para, takeaways } from '../../support/body-fixtures';
import { handlersOnNewLibrary } from '../../support/handler-fixtures';
import { storeFixture } from '../../support/store-fixtures';

const fixture = storeFixture();

function line(change: BodyLineChange['change'], text: string): BodyLineChange {
  return {
    change,
    kind: 'paragraph',
    label: null,
    before: change === 'added' ? null : text,
    after: change === 'removed' ? null : text,
    segments: [{ op: change === 'changed' ? 'added' : change, text }],
    formatOnly: false,
  };
}

/** What bodyRows shows, as short strings: the line's text, or "…N" for a fold. */
function shown(lines: BodyLineChange[], options?: { showAll?: boolean }): string[] {
  return bodyRows(lines, options).map((row) => (row.kind === 'fold' ? `…${row.count}` : (row.line.after ?? row.line.before ?? '')));
}

describe('History: labels', () => {
  it('a named version goes by its name; others by their kind', () => {
    expect(revisionTitle({ kind: 'named', name: 'Sent to the desk' })).toBe('Sent to the desk');
    expect(revisionTitle({ kind: 'auto' })).toBe('Automatic');
    expect(revisionTitle({ kind: 'before-restore' })).toBe('Before restore');
    expect(kindLabel('export')).toBe('Exported');
    expect(kindLabel('named')).toBe('Named version');
  });
});

describe('History: the body diff as shown', () => {
  it('keeps one unchanged line of context around each change and folds longer runs', () => {
    const lines = [
      line('unchanged', 'u1'),
      line('unchanged', 'u2'),
      line('unchanged', 'u3'),
      line('changed', 'c4'),
      line('unchanged', 'u5'),
      line('unchanged', 'u6'),
      line('unchanged', 'u7'),
      line('unchanged', 'u8'),
      line('added', 'a9'),
      line('unchanged', 'u10'),
    ];
    expect(shown(lines)).toEqual(['…2', 'u3', 'c4', 'u5', '…2', 'u8', 'a9', 'u10']);
    expect(shown(lines, { showAll: true })).toHaveLength(10);
  });

  it('shows neighbouring changes without a fold between them, and folds a body with no change entirely', () => {
    expect(shown([line('removed', 'r1'), line('unchanged', 'u2'), line('added', 'a3')])).toEqual(['r1', 'u2', 'a3']);
    expect(shown([line('unchanged', 'u1'), line('unchanged', 'u2')])).toEqual(['…2']);
    expect(shown([])).toEqual([]);
  });

  it('sums up what differs in words', () => {
    const counts = (fields: number, changed: number, added: number, removed: number) => ({ fields, changed, added, removed });
    expect(diffSummary({ identical: true, counts: counts(0, 0, 0, 0) })).toBe('No differences.');
    expect(diffSummary({ identical: false, counts: counts(1, 0, 0, 0) })).toBe('1 field differs.');
    expect(diffSummary({ identical: false, counts: counts(0, 1, 0, 0) })).toBe('1 line of the body differs (1 changed).');
    expect(diffSummary({ identical: false, counts: counts(2, 1, 2, 1) })).toBe(
      '2 fields and 4 lines of the body differ (1 changed, 2 added, 1 removed).',
    );
  });
});

/** The text before (`removed`) or after (`added`) a diff, from its segments. */
function side(segments: readonly TextSegment[], op: 'removed' | 'added'): string {
  return segments
    .filter((segment) => segment.op !== (op === 'added' ? 'removed' : 'added'))
    .map((segment) => segment.text)
    .join('');
}

describe('History: word diffs made readable', () => {
  it('joins changes separated only by spaces into one removed and one added run', () => {
    const before = 'Dams must release more in dry summers, the treaty says.';
    const after = 'Dams must release more in drought years, the treaty says.';
    const segments = wordSegments(before, after);
    expect(segments.filter((segment) => segment.op !== 'unchanged').length).toBeGreaterThan(2);
    const joined = coalesceSegments(segments);
    expect(joined.filter((segment) => segment.op !== 'unchanged')).toEqual([
      { op: 'removed', text: 'dry summers' },
      { op: 'added', text: 'drought years' },
    ]);
    expect(side(joined, 'removed')).toBe(before);
    expect(side(joined, 'added')).toBe(after);
  });

  it('keeps both texts exactly, whatever the changes', () => {
    const pairs: Array<[string, string]> = [
      ['Fares rise in May.', 'Fares rise in June.'],
      ['one two three four', 'one 2 three 4'],
      ['a b c', 'x y z'],
      ['Ports reopen', 'Ports  reopen soon'],
      ['', 'All new text'],
      ['Text that goes away', ''],
      ['dry summers', ' drought'],
    ];
    for (const [before, after] of pairs) {
      const joined = coalesceSegments(wordSegments(before, after));
      expect(side(joined, 'removed')).toBe(before);
      expect(side(joined, 'added')).toBe(after);
    }
  });

  it('leaves words kept between changes where they are', () => {
    expect(coalesceSegments(wordSegments('one two three', 'uno two tres'))).toEqual([
      { op: 'removed', text: 'one' },
      { op: 'added', text: 'uno' },
      { op: 'unchanged', text: ' two ' },
      { op: 'removed', text: 'three' },
      { op: 'added', text: 'tres' },
    ]);
  });
});

const early = contentWithBody('Ferry fares rise', takeaways('Fares rise in May.'), para('Operators cite fuel costs.'));
const later = contentWithBody('Ferry fares rise again', takeaways('Fares rise in June.'), para('Operators cite fuel costs.'));
const pending = contentWithBody('Ferry fares rise a third time', takeaways('Fares rise in July.'), para('Typed, not yet saved.'));

/** The renderer's API over a fresh library holding one brief saved as `early`, named "Early", then as `later`. */
async function briefWithVersion() {
  const { handlers, store } = await handlersOnNewLibrary(fixture);
  const api: BriefdeskApi = apiOver((name, input) => dispatch(handlers, name, input));
  const { id } = await api.createBrief({});
  await api.saveBrief({ id, content: early, baseRevision: 0 });
  const version = await api.saveVersion({ id, name: 'Early' });
  const { revision } = await api.saveBrief({ id, content: later, baseRevision: 1 });
  return { api, store, id, version, revision };
}

/** An open editor's autosave on the brief, with a pause long enough that its edits stay pending until flushed. */
function editorController(api: BriefdeskApi, id: string, revision: number): SaveController {
  return new SaveController({ id, revision, save: (request) => api.saveBrief(request), debounceMs: 60_000 });
}

describe('History: restoring into the open editor', () => {
  it('saves the pending edits first, restores, reloads the brief and offers Undo restore', async () => {
    const { api, id, version, revision } = await briefWithVersion();
    const editor = editorController(api, id, revision);
    editor.update(pending);
    const rewritten: string[][] = [];
    const toasts: Omit<ToastMessage, 'id'>[] = [];
    const workbench = {
      api,
      flushOpen: () => editor.flush(),
      briefsRewritten: (ids: readonly string[]) => rewritten.push([...ids]),
      notify: (t: Omit<ToastMessage, 'id'>) => toasts.push(t),
    };

    const { undoRevisionId } = await restoreInEditor(workbench, id, version);

    expect(BriefContent.parse(await api.getBrief({ id }))).toEqual(early);
    // The edits typed before the restore were saved first, so the restore can give them back.
    expect((await api.getRevision({ id, revisionId: undoRevisionId })).content).toEqual(pending);
    expect(rewritten).toEqual([[id]]);
    expect(toasts).toHaveLength(1);
    expect(toasts[0]?.text).toMatch(/^Restored the version of .+\.$/);
    expect(toasts[0]?.action?.label).toBe('Undo restore');

    // The editor that still holds the old revision would conflict: that is why the brief is loaded again.
    editor.update(later);
    expect(await editor.flush()).toBe(false);
    expect(editor.getState().conflict).toBe(true);
    editor.dispose();
    // Loaded again, it saves on the restored revision without a conflict.
    const reloaded = editorController(api, id, (await api.getBrief({ id })).revision);
    reloaded.update({ ...early, standfirst: 'Written after the restore.' });
    expect(await reloaded.flush()).toBe(true);
    reloaded.dispose();

    await undoRestore({ ...workbench, flushOpen: async () => true }, id, undoRevisionId);
    expect(BriefContent.parse(await api.getBrief({ id }))).toEqual(pending);
    expect(rewritten).toEqual([[id], [id]]);
    expect(toasts[1]?.text).toBe('Undid the restore: the brief is back as it was.');
  });

  it('restores nothing when the pending edits cannot be saved first', async () => {
    const { api, id, version } = await briefWithVersion();
    const before = await api.listRevisions({ id });
    const rewritten: string[][] = [];
    const workbench = {
      api,
      flushOpen: async () => false,
      briefsRewritten: (ids: readonly string[]) => rewritten.push([...ids]),
      notify: () => undefined,
    };

    await expect(restoreInEditor(workbench, id, version)).rejects.toThrow(UNSAVED_BEFORE_RESTORE);
    expect(BriefContent.parse(await api.getBrief({ id }))).toEqual(later);
    expect(await api.listRevisions({ id })).toEqual(before);
    expect(rewritten).toEqual([]);
  });

  it('an undo that fails says so and where the brief as it was is kept', async () => {
    const { api, id } = await briefWithVersion();
    const toasts: Omit<ToastMessage, 'id'>[] = [];
    const workbench = {
      api,
      flushOpen: async () => true,
      briefsRewritten: () => undefined,
      notify: (t: Omit<ToastMessage, 'id'>) => toasts.push(t),
    };
    await undoRestore(workbench, id, '20250101T000000000Z-before-restore-abcdef');
    expect(toasts[0]?.text).toMatch(/^Couldn’t undo the restore — .+ The brief as it was is kept in History under “Before restore”\.$/);
    expect(BriefContent.parse(await api.getBrief({ id }))).toEqual(later);
  });
});
