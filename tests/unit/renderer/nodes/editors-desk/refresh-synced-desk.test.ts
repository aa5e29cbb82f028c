// @vitest-environment happy-dom
import { Editor, Extension } from '@tiptap/core';
import { UndoRedo } from '@tiptap/extensions';
import { afterEach, describe, expect, it } from 'vitest';
import { bodyExtensions } from '../../../../../shared/editor/body-extensions';
import type { PmNodeJson } from '../../../../../shared/model/brief';
import type { DeskBlock } from '../../../../../shared/model/desk-block';
import { syncedDeskGuard } from '../../../../../renderer/nodes/editors-desk/synced-desk-guard';
import { insertDeskBlock } from '../../../../../renderer/desk/insert-desk-block';
import { refreshSyncedDesk } from '../../../../../renderer/nodes/editors-desk/refresh-synced-desk';
import { desk, doc, para } from '../../../support/body-fixtures';

const Guard = Extension.create({
  name: 'syncedDeskGuardForTest',
  addProseMirrorPlugins() {
    const type = this.editor.schema.nodes.editorsDesk;
    return type ? [syncedDeskGuard(type)] : [];
  },
});

let editor: Editor | undefined;
function open(...content: PmNodeJson[]): Editor {
  editor = new Editor({ extensions: [...bodyExtensions(), UndoRedo, Guard], content: doc(...content) });
  return editor;
}
afterEach(() => editor?.destroy());

const block: DeskBlock = {
  id: 'desk-1',
  name: 'Harbourline note',
  title: 'Why sequencing wins',
  deskName: 'Harbourline Policy Desk',
  series: 'Strategic Insight',
  publication: '',
  content: [para('The edited analysis.')],
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-02T00:00:00.000Z',
};

const synced = desk(
  { title: block.title, deskName: block.deskName, series: block.series, publication: block.publication, libraryRef: 'desk-1' },
  para('The edited analysis.'),
);

const topLevel = (current: Editor): PmNodeJson[] => current.getJSON().content ?? [];

describe('refreshSyncedDesk', () => {
  it('replaces a synced desk’s attributes and text with the library block’s, outside undo history', () => {
    const current = open(para('Intro'), desk({ title: 'Old', libraryRef: 'desk-1' }, para('Old analysis.')));
    const pos = current.state.doc.child(0).nodeSize;
    expect(refreshSyncedDesk(current, pos, 'desk-1', block)).toBe(true);
    expect(topLevel(current)[1]).toEqual(synced);
    expect(current.can().undo()).toBe(false);
    expect(refreshSyncedDesk(current, pos, 'desk-1', block)).toBe(false);
  });

  it('leaves desks that are not synced to that block alone', () => {
    const current = open(desk({ libraryRef: null }, para('Own text.')), desk({ libraryRef: 'other' }, para('Other.')));
    expect(refreshSyncedDesk(current, 0, 'desk-1', block)).toBe(false);
    const second = current.state.doc.child(0).nodeSize;
    expect(refreshSyncedDesk(current, second, 'desk-1', block)).toBe(false);
    expect(topLevel(current)[0]).toEqual(desk({ libraryRef: null }, para('Own text.')));
  });
});

describe('insertDeskBlock', () => {
  it('inserts a synced instance or a copy at the cursor, replacing an empty paragraph', () => {
    const current = open(para('Intro'), para());
    current.commands.setTextSelection(current.state.doc.child(0).nodeSize + 1);
    expect(insertDeskBlock(current, block, 'synced')).toBe(true);
    expect(topLevel(current)[1]).toEqual(synced);
    current.commands.setTextSelection(1);
    insertDeskBlock(current, block, 'copy');
    expect(topLevel(current).map((node) => [node.type, node.attrs?.libraryRef ?? null])).toEqual([
      ['paragraph', null],
      ['editorsDesk', null],
      ['editorsDesk', 'desk-1'],
    ]);
  });
});
