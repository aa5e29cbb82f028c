// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { generateHTML, generateJSON, type Editor, type JSONContent } from '@tiptap/core';
import type { PmNodeJson } from '../../../../../../shared/model/brief';
import { editorsDeskAttributes, type EditorsDeskAttributes } from '../../../../../../shared/editor/nodes/editors-desk';
import {
  blockTestExtensions,
  cursorAtText,
  cursorBlock,
  cursorInNode,
  docOf,
  makeEditor,
  para,
  press,
  text,
  textsOf,
  topLevel,
} from '../../../../support/body-editor-fixtures';

const ANALYSIS = 'Sequencing matters more than scope: a narrow first deal buys time for the harder questions.';
const defaults = { title: 'Strategic Analysis', deskName: '', series: '', publication: '', libraryRef: null };
const signed = {
  title: 'Why sequencing wins',
  deskName: 'Harbourline Policy Desk',
  series: 'Strategic Insight',
  publication: 'The Harbourline Brief',
  libraryRef: 'desk-7f3a',
};

const desk = (attrs: Record<string, unknown>, ...content: PmNodeJson[]): PmNodeJson => ({
  type: 'editorsDesk',
  attrs: { ...defaults, ...attrs },
  content,
});

let editor: Editor | undefined;
const open = (content?: JSONContent | string): Editor => {
  editor = makeEditor(content);
  return editor;
};
afterEach(() => {
  editor?.destroy();
  editor = undefined;
});

/** Attributes of the first desk block in the editor. */
function deskAttrs(ed: Editor): EditorsDeskAttributes | null {
  const desks: EditorsDeskAttributes[] = [];
  ed.state.doc.descendants((node) => {
    if (node.type.name === 'editorsDesk') desks.push(editorsDeskAttributes(node));
    return true;
  });
  return desks[0] ?? null;
}

describe('editorsDesk: HTML', () => {
  it('renders badge, title, body and one sign-off line per non-empty attribute', () => {
    const html = generateHTML(docOf(desk({ ...signed, series: '', libraryRef: null }, para('Short note.'))), blockTestExtensions());
    expect(html).toBe(
      '<aside class="editors-desk" data-type="editors-desk" data-title="Why sequencing wins" data-desk-name="Harbourline Policy Desk" data-series="" data-publication="The Harbourline Brief">' +
        '<p class="editors-desk-badge">Editor\'s Desk</p><h2 class="editors-desk-title">Why sequencing wins</h2>' +
        '<div class="editors-desk-body"><p>Short note.</p></div>' +
        '<footer class="editors-desk-signoff"><p class="editors-desk-desk-name">Harbourline Policy Desk</p>' +
        '<p class="editors-desk-publication">The Harbourline Brief</p></footer></aside>',
    );
  });

  it('round-trips JSON → HTML → JSON with marks, lists, a quote, sign-off and libraryRef', () => {
    const doc = docOf(
      para('Reported text.'),
      desk(
        signed,
        {
          type: 'paragraph',
          content: [
            text('Sequencing '),
            text('matters', [{ type: 'bold' }]),
            text(' more than '),
            text('scope', [{ type: 'italic' }]),
            text('.'),
          ],
        },
        { type: 'bulletList', content: [{ type: 'listItem', content: [para('Verification first')] }] },
        { type: 'orderedList', attrs: { start: 1, type: null }, content: [{ type: 'listItem', content: [para('Then sanctions')] }] },
        { type: 'blockquote', content: [para('“Step by step,” one envoy said.')] },
      ),
      desk({}, para(ANALYSIS)),
    );
    const extensions = blockTestExtensions();
    const html = generateHTML(doc, extensions);
    expect(html).toContain('data-library-ref="desk-7f3a"');
    expect(html.match(/data-library-ref/g)).toHaveLength(1);
    expect(generateJSON(html, extensions)).toEqual(doc);
  });

  it('falls back to the visible title and sign-off when data attributes are missing', () => {
    const json = generateJSON(
      '<aside data-type="editors-desk"><p class="editors-desk-badge">Editor\'s Desk</p><h2 class="editors-desk-title">Reading the room</h2>' +
        '<div class="editors-desk-body"><p>Body text.</p></div><footer class="editors-desk-signoff">' +
        '<p class="editors-desk-series">Weekly Outlook</p></footer></aside>',
      blockTestExtensions(),
    );
    expect(json).toEqual(docOf(desk({ title: 'Reading the room', series: 'Weekly Outlook' }, para('Body text.'))));
  });
});

describe('editorsDesk: commands', () => {
  it('insertEditorsDesk puts the cursor in the body', () => {
    const ed = open(docOf(para('Reported text.')));
    cursorAtText(ed, 'Reported', 2);
    expect(ed.commands.insertEditorsDesk({ deskName: 'Harbourline Policy Desk' })).toBe(true);
    expect(topLevel(ed)).toEqual(['paragraph', 'editorsDesk']);
    expect(deskAttrs(ed)).toEqual({ ...defaults, deskName: 'Harbourline Policy Desk' });
    expect(cursorBlock(ed)).toEqual({ type: 'paragraph', text: '', offset: 0 });
    expect(ed.state.selection.$from.node(-1).type.name).toBe('editorsDesk');
    ed.commands.insertContent(ANALYSIS);
    expect(textsOf(ed, 'editorsDesk')).toEqual([ANALYSIS]);
  });

  it('Mod-Shift-e inserts one with the default title', () => {
    const ed = open(docOf(para()));
    expect(press(ed, 'e', { mod: true, shift: true })).toBe(true);
    expect(topLevel(ed)).toEqual(['editorsDesk']);
    expect(deskAttrs(ed)).toEqual(defaults);
  });

  it('updateEditorsDesk changes only the block around the selection, and only known attributes', () => {
    const ed = open(docOf(desk({}, para('First desk.')), desk({}, para('Second desk.'))));
    cursorAtText(ed, 'Second');
    expect(ed.commands.updateEditorsDesk({ title: 'Reading the room', series: 'Weekly Outlook' })).toBe(true);
    const attrs: EditorsDeskAttributes[] = [];
    ed.state.doc.forEach((node) => attrs.push(editorsDeskAttributes(node)));
    expect(attrs).toEqual([defaults, { ...defaults, title: 'Reading the room', series: 'Weekly Outlook' }]);
    ed.commands.updateEditorsDesk({ libraryRef: 'desk-1' });
    ed.commands.updateEditorsDesk({ libraryRef: null });
    expect(deskAttrs(ed)?.libraryRef).toBeNull();
  });

  it('updateEditorsDesk and removeEditorsDesk refuse outside a desk', () => {
    const ed = open(docOf(para('Loose.'), desk({}, para('Inside.'))));
    cursorAtText(ed, 'Loose');
    expect(ed.commands.updateEditorsDesk({ title: 'X' })).toBe(false);
    expect(ed.can().removeEditorsDesk()).toBe(false);
  });

  it('removeEditorsDesk removes the block; the only block becomes an empty paragraph', () => {
    const ed = open(docOf(para('Before.'), desk({}, para('Inside.'))));
    cursorAtText(ed, 'Inside');
    expect(ed.commands.removeEditorsDesk()).toBe(true);
    expect(topLevel(ed)).toEqual(['paragraph']);
    expect(cursorBlock(ed)).toEqual({ type: 'paragraph', text: 'Before.', offset: 7 });

    const only = open(docOf(desk({}, para('Inside.'))));
    cursorAtText(only, 'Inside');
    only.commands.removeEditorsDesk();
    expect(only.getJSON()).toEqual(docOf(para()));
  });

  it('keeps headings and takeaways out of the body', () => {
    const ed = open(docOf(desk({}, para('Inside.'))));
    cursorAtText(ed, 'Inside', 2);
    const before = ed.getJSON();
    expect(ed.commands.setHeading({ level: 2 })).toBe(false);
    expect(ed.getJSON()).toEqual(before);
    ed.commands.insertKeyTakeaways();
    expect(topLevel(ed)).toEqual(['editorsDesk', 'keyTakeaways']);
  });
});

describe('editorsDesk: keys', () => {
  it('Enter and Backspace edit the body normally', () => {
    const ed = open(docOf(desk({}, para('One. Two.'))));
    cursorAtText(ed, 'Two');
    press(ed, 'Enter');
    expect(textsOf(ed, 'paragraph')).toEqual(['One. ', 'Two.']);
    press(ed, 'Backspace');
    expect(textsOf(ed, 'paragraph')).toEqual(['One. Two.']);
    expect(topLevel(ed)).toEqual(['editorsDesk']);
  });

  it('Backspace at the start of an empty only paragraph keeps the block', () => {
    const ed = open(docOf(para('Before.'), desk(signed, para())));
    cursorInNode(ed, 'paragraph', 1);
    const before = ed.getJSON();
    expect(press(ed, 'Backspace')).toBe(true);
    expect(press(ed, 'Backspace')).toBe(true);
    expect(ed.getJSON()).toEqual(before);
    expect(cursorBlock(ed)).toEqual({ type: 'paragraph', text: '', offset: 0 });
  });

  it('Backspace in an empty first paragraph with more after it removes just that paragraph', () => {
    const ed = open(docOf(desk({}, para(), para('Kept.'))));
    cursorInNode(ed, 'paragraph', 0);
    press(ed, 'Backspace');
    expect(ed.getJSON()).toEqual(docOf(desk({}, para('Kept.'))));
  });

  it('Delete at the end of the body does not pull the next block in', () => {
    const ed = open(docOf(desk({}, para('Inside.')), para('After.')));
    cursorAtText(ed, 'Inside', 7);
    const before = ed.getJSON();
    expect(press(ed, 'Delete')).toBe(true);
    expect(ed.getJSON()).toEqual(before);
  });
});

describe('editorsDesk: undo', () => {
  it('undoes an insert and a remove in one step each', () => {
    const start = docOf(para('Reported text.'));
    const ed = open(start);
    cursorAtText(ed, 'Reported');
    ed.commands.insertEditorsDesk({ deskName: 'Harbourline Policy Desk' });
    const inserted = ed.getJSON();
    ed.commands.removeEditorsDesk();
    expect(ed.getJSON()).toEqual(start);
    ed.commands.undo();
    expect(ed.getJSON()).toEqual(inserted);
    ed.commands.undo();
    expect(ed.getJSON()).toEqual(start);
  });

  it('undoes an attribute update', () => {
    const start = docOf(desk({}, para('Inside.')));
    const ed = open(start);
    cursorAtText(ed, 'Inside');
    ed.commands.updateEditorsDesk({ title: 'Reading the room' });
    ed.commands.updateEditorsDesk({ title: 'Reading the room again' });
    expect(deskAttrs(ed)?.title).toBe('Reading the room again');
    ed.commands.undo();
    expect(ed.getJSON()).toEqual(start);
  });
});
