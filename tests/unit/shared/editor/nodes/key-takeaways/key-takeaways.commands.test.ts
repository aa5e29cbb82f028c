// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { generateHTML, generateJSON, type Editor, type JSONContent } from '@tiptap/core';
import type { PmNodeJson } from '../../../../../../shared/model/brief';
import { TAKEAWAY_ITEM_MAX_CHARS, takeawaysReport, takeawaysReportsInBody } from '../../../../../../shared/editor/nodes/key-takeaways';
import {
  blockTestExtensions,
  cursorAtText,
  cursorBlock,
  cursorInNode,
  docOf,
  item,
  makeEditor,
  para,
  press,
  takeaways,
  text,
  textsOf,
  topLevel,
} from '../../../../support/body-editor-fixtures';

const A = 'The basin commission meets in Basel next month.';
const B = 'Upstream states want a fixed summer quota.';
const C = 'Downstream farmers expect a dry season.';

let editor: Editor | undefined;
const open = (content?: JSONContent | string): Editor => {
  editor = makeEditor(content);
  return editor;
};
afterEach(() => {
  editor?.destroy();
  editor = undefined;
});

const link = {
  type: 'link',
  attrs: { href: 'https://example.org/basin', target: null, rel: 'noopener noreferrer', class: null, title: null },
};

describe('keyTakeaways: HTML', () => {
  it('renders the section / h2 / ol / li shape', () => {
    const html = generateHTML(docOf(takeaways(A)), blockTestExtensions());
    expect(html).toBe(
      '<section class="key-takeaways" data-type="key-takeaways" aria-label="Key takeaways">' +
        '<h2 class="key-takeaways-title">Key Takeaways</h2>' +
        `<ol class="key-takeaways-list"><li data-type="takeaway">${A}</li></ol></section>`,
    );
  });

  it('round-trips JSON → HTML → JSON with bold, italic and links', () => {
    const doc = docOf(
      para('Before the block.'),
      {
        type: 'keyTakeaways',
        content: [
          {
            type: 'takeaway',
            content: [
              text('The '),
              text('commission', [{ type: 'bold' }]),
              text(' meets in '),
              text('Basel', [{ type: 'italic' }]),
              text('.'),
            ],
          },
          { type: 'takeaway', content: [text('Read '), text('the draft', [link]), text(' first.')] },
          item(C),
        ],
      },
      para('After the block.'),
    );
    const extensions = blockTestExtensions();
    const html = generateHTML(doc, extensions);
    expect(html).toContain('<strong>commission</strong>');
    expect(html).toContain('<em>Basel</em>');
    expect(html).toContain('href="https://example.org/basin"');
    expect(generateJSON(html, extensions)).toEqual(doc);
  });

  it('flattens block content inside an item and drops marks a takeaway cannot carry', () => {
    const json = generateJSON(
      '<section data-type="key-takeaways" class="key-takeaways"><h2 class="key-takeaways-title">Key Takeaways</h2>' +
        '<ol class="key-takeaways-list"><li data-type="takeaway"><h3>Quota talks stall</h3></li>' +
        '<li data-type="takeaway"><p>Farmers <s>protest</s> <code>plan</code> <b>loudly</b></p></li><li>Plain li inside</li></ol></section>',
      blockTestExtensions(),
    );
    expect(json).toEqual(
      docOf({
        type: 'keyTakeaways',
        content: [
          item('Quota talks stall'),
          { type: 'takeaway', content: [text('Farmers protest plan '), text('loudly', [{ type: 'bold' }])] },
          item('Plain li inside'),
        ],
      }),
    );
  });
});

describe('keyTakeaways: commands', () => {
  it('insertKeyTakeaways replaces an empty paragraph, cursor in the first item', () => {
    const ed = open(docOf(para('Intro.'), para()));
    cursorInNode(ed, 'paragraph', 1);
    expect(ed.commands.insertKeyTakeaways()).toBe(true);
    expect(topLevel(ed)).toEqual(['paragraph', 'keyTakeaways']);
    expect(textsOf(ed, 'takeaway')).toEqual(['']);
    expect(cursorBlock(ed)).toEqual({ type: 'takeaway', text: '', offset: 0 });
  });

  it('insertKeyTakeaways with items goes after the current block without splitting it', () => {
    const ed = open(docOf(para('Intro text.'), para('Later.')));
    cursorAtText(ed, 'Intro', 3);
    ed.commands.insertKeyTakeaways([A, B]);
    expect(topLevel(ed)).toEqual(['paragraph', 'keyTakeaways', 'paragraph']);
    expect(textsOf(ed, 'paragraph')).toEqual(['Intro text.', 'Later.']);
    expect(textsOf(ed, 'takeaway')).toEqual([A, B]);
    expect(cursorBlock(ed)).toEqual({ type: 'takeaway', text: A, offset: A.length });
  });

  it('Mod-Shift-k inserts a block', () => {
    const ed = open(docOf(para()));
    expect(press(ed, 'k', { mod: true, shift: true })).toBe(true);
    expect(topLevel(ed)).toEqual(['keyTakeaways']);
  });

  it('addTakeaway adds an empty item after the current one', () => {
    const ed = open(docOf(takeaways(A, B)));
    cursorAtText(ed, A, 4);
    expect(ed.commands.addTakeaway()).toBe(true);
    expect(textsOf(ed, 'takeaway')).toEqual([A, '', B]);
    expect(cursorBlock(ed)).toEqual({ type: 'takeaway', text: '', offset: 0 });
  });

  it('addTakeaway and friends refuse outside a block', () => {
    const ed = open(docOf(para('Loose.')));
    cursorAtText(ed, 'Loose');
    expect(ed.can().addTakeaway()).toBe(false);
    expect(ed.commands.moveTakeawayUp()).toBe(false);
    expect(ed.commands.removeTakeaway()).toBe(false);
    expect(ed.commands.convertOrderedListToTakeaways()).toBe(false);
  });

  it('moveTakeawayUp / moveTakeawayDown swap items and keep the cursor in the moved one', () => {
    const ed = open(docOf(takeaways(A, B, C)));
    cursorAtText(ed, B, 5);
    expect(ed.commands.moveTakeawayUp()).toBe(true);
    expect(textsOf(ed, 'takeaway')).toEqual([B, A, C]);
    expect(cursorBlock(ed)).toEqual({ type: 'takeaway', text: B, offset: 5 });
    expect(ed.can().moveTakeawayUp()).toBe(false);
    expect(ed.commands.moveTakeawayDown()).toBe(true);
    expect(ed.commands.moveTakeawayDown()).toBe(true);
    expect(textsOf(ed, 'takeaway')).toEqual([A, C, B]);
    expect(cursorBlock(ed)).toEqual({ type: 'takeaway', text: B, offset: 5 });
    expect(ed.commands.moveTakeawayDown()).toBe(false);
  });

  it('removeTakeaway removes the item, then the whole block for the last one', () => {
    const ed = open(docOf(para('Intro.'), takeaways(A, B)));
    cursorAtText(ed, B, 2);
    ed.commands.removeTakeaway();
    expect(textsOf(ed, 'takeaway')).toEqual([A]);
    expect(cursorBlock(ed)).toEqual({ type: 'takeaway', text: A, offset: A.length });
    ed.commands.removeTakeaway();
    expect(topLevel(ed)).toEqual(['paragraph', 'paragraph']);
    expect(cursorBlock(ed)).toEqual({ type: 'paragraph', text: '', offset: 0 });
  });

  it('convertOrderedListToTakeaways turns a pasted list into a block, keeping allowed marks', () => {
    const ed = open('<ol><li>a <b>b</b></li><li>c <s>struck</s></li></ol>');
    cursorAtText(ed, 'c', 1);
    expect(ed.commands.convertOrderedListToTakeaways()).toBe(true);
    expect(ed.getJSON()).toEqual(
      docOf({
        type: 'keyTakeaways',
        content: [
          { type: 'takeaway', content: [text('a '), text('b', [{ type: 'bold' }])] },
          { type: 'takeaway', content: [text('c struck')] },
        ],
      }),
    );
    expect(cursorBlock(ed)).toEqual({ type: 'takeaway', text: 'c struck', offset: 1 });
  });

  it('convertOrderedListToTakeaways refuses lists whose items are not single paragraphs', () => {
    const ed = open('<ol><li><p>one</p><p>two</p></li></ol><ul><li>bullet</li></ul>');
    cursorAtText(ed, 'one');
    expect(ed.commands.convertOrderedListToTakeaways()).toBe(false);
    cursorAtText(ed, 'bullet');
    expect(ed.commands.convertOrderedListToTakeaways()).toBe(false);
  });

  it('keeps headings out of an item', () => {
    const ed = open(docOf(takeaways(A)));
    cursorAtText(ed, A, 3);
    const before = ed.getJSON();
    expect(ed.commands.setHeading({ level: 2 })).toBe(false);
    expect(ed.commands.toggleStrike()).toBe(false);
    expect(ed.getJSON()).toEqual(before);
  });
});

describe('keyTakeaways: paste', () => {
  it('a list pasted into an empty item becomes one item per entry, marks filtered', () => {
    const ed = open(docOf(takeaways(A, '', C)));
    cursorInNode(ed, 'takeaway', 1);
    ed.view.pasteHTML('<ol><li>Quota <b>agreed</b></li><li><s>Review</s> due</li></ol><img src="https://example.org/x.png" alt="x">');
    expect(textsOf(ed, 'takeaway')).toEqual([A, 'Quota agreed', 'Review due', C]);
    expect(topLevel(ed)).toEqual(['keyTakeaways']);
    expect(JSON.stringify(ed.getJSON())).not.toContain('strike');
    expect(JSON.stringify(ed.getJSON())).toContain('"bold"');
  });

  it('paragraphs and a heading pasted mid-item split it into items, not out of the block', () => {
    const ed = open(docOf(takeaways('Alpha. Beta.')));
    cursorAtText(ed, 'Beta.');
    ed.view.pasteHTML('<h2>Head</h2><p>Body</p>');
    expect(textsOf(ed, 'takeaway')).toEqual(['Alpha. Head', 'BodyBeta.']);
    expect(topLevel(ed)).toEqual(['keyTakeaways']);
  });

  it('inline text pastes into the item as usual', () => {
    const ed = open(docOf(takeaways('Alpha.')));
    cursorAtText(ed, 'Alpha.', 6);
    ed.view.pasteHTML('<p>More <em>here</em></p>');
    expect(textsOf(ed, 'takeaway')).toEqual(['Alpha.More here']);
    expect(JSON.stringify(ed.getJSON())).toContain('"italic"');
  });

  it('a pasted exported block lands as a block', () => {
    const ed = open(docOf(para('Intro.'), para()));
    cursorInNode(ed, 'paragraph', 1);
    ed.view.pasteHTML(generateHTML(docOf(takeaways(A, B)), blockTestExtensions()));
    expect(topLevel(ed)).toEqual(['paragraph', 'keyTakeaways']);
    expect(textsOf(ed, 'takeaway')).toEqual([A, B]);
  });
});

describe('keyTakeaways: keys', () => {
  it('Enter splits the item at the cursor', () => {
    const ed = open(docOf(takeaways('Basel talks. Quotas next.')));
    cursorAtText(ed, 'Quotas');
    expect(press(ed, 'Enter')).toBe(true);
    expect(textsOf(ed, 'takeaway')).toEqual(['Basel talks. ', 'Quotas next.']);
    expect(cursorBlock(ed)).toEqual({ type: 'takeaway', text: 'Quotas next.', offset: 0 });
  });

  it('Enter at the end of an item adds a new one after it', () => {
    const ed = open(docOf(takeaways(A, B)));
    cursorAtText(ed, A, A.length);
    press(ed, 'Enter');
    expect(textsOf(ed, 'takeaway')).toEqual([A, '', B]);
    expect(cursorBlock(ed).type).toBe('takeaway');
  });

  it('Enter in an empty last item leaves the block for a new paragraph', () => {
    const ed = open(docOf(takeaways(A, B), para('After.')));
    cursorAtText(ed, B, B.length);
    press(ed, 'Enter');
    press(ed, 'Enter');
    expect(textsOf(ed, 'takeaway')).toEqual([A, B]);
    expect(topLevel(ed)).toEqual(['keyTakeaways', 'paragraph', 'paragraph']);
    expect(cursorBlock(ed)).toEqual({ type: 'paragraph', text: '', offset: 0 });
  });

  it('Backspace in an empty item removes it and goes to the end of the previous item', () => {
    const ed = open(docOf(takeaways(A, '', B)));
    cursorInNode(ed, 'takeaway', 1);
    expect(press(ed, 'Backspace')).toBe(true);
    expect(textsOf(ed, 'takeaway')).toEqual([A, B]);
    expect(cursorBlock(ed)).toEqual({ type: 'takeaway', text: A, offset: A.length });
  });

  it('Backspace in the only, empty item removes the block and leaves a paragraph', () => {
    const ed = open(docOf(para('Intro.'), takeaways('')));
    cursorInNode(ed, 'takeaway', 0);
    press(ed, 'Backspace');
    expect(topLevel(ed)).toEqual(['paragraph', 'paragraph']);
    expect(cursorBlock(ed)).toEqual({ type: 'paragraph', text: '', offset: 0 });
  });

  it('Backspace at the start of the first, non-empty item keeps the block', () => {
    const ed = open(docOf(para('Intro.'), takeaways(A)));
    cursorInNode(ed, 'takeaway', 0);
    const before = ed.getJSON();
    expect(press(ed, 'Backspace')).toBe(true);
    expect(ed.getJSON()).toEqual(before);
  });

  it('Alt-ArrowUp / Alt-ArrowDown move the item', () => {
    const ed = open(docOf(takeaways(A, B, C)));
    cursorAtText(ed, C, 2);
    expect(press(ed, 'ArrowUp', { alt: true })).toBe(true);
    expect(textsOf(ed, 'takeaway')).toEqual([A, C, B]);
    press(ed, 'ArrowUp', { alt: true });
    expect(textsOf(ed, 'takeaway')).toEqual([C, A, B]);
    expect(press(ed, 'ArrowUp', { alt: true })).toBe(true);
    expect(textsOf(ed, 'takeaway')).toEqual([C, A, B]);
    press(ed, 'ArrowDown', { alt: true });
    expect(textsOf(ed, 'takeaway')).toEqual([A, C, B]);
    expect(cursorBlock(ed)).toEqual({ type: 'takeaway', text: C, offset: 2 });
  });
});

describe('keyTakeaways: undo', () => {
  it('undoes an insert, a move and a remove in one step each', () => {
    const start = docOf(para('Intro.'), takeaways(A, B, C));
    const ed = open(start);
    cursorAtText(ed, 'Intro');
    ed.commands.insertKeyTakeaways(['One.', 'Two.']);
    cursorAtText(ed, B);
    ed.commands.moveTakeawayUp();
    ed.commands.removeTakeaway();
    expect(textsOf(ed, 'takeaway')).toEqual(['One.', 'Two.', A, C]);
    ed.commands.undo();
    expect(textsOf(ed, 'takeaway')).toEqual(['One.', 'Two.', B, A, C]);
    ed.commands.undo();
    expect(textsOf(ed, 'takeaway')).toEqual(['One.', 'Two.', A, B, C]);
    ed.commands.undo();
    expect(ed.getJSON()).toEqual(start);
  });

  it('undoes a list conversion in one step', () => {
    const ed = open('<ol><li>first</li><li>second</li></ol>');
    const start = ed.getJSON();
    cursorAtText(ed, 'second');
    ed.commands.convertOrderedListToTakeaways();
    ed.commands.undo();
    expect(ed.getJSON()).toEqual(start);
  });
});

describe('takeaways report', () => {
  it('is quiet for 3–7 short items', () => {
    expect(takeawaysReport(takeaways(A, B, C))).toEqual({ count: 3, warnings: [] });
  });

  it('warns, without blocking, about too few or too many items', () => {
    expect(takeawaysReport(takeaways(A, B)).warnings).toEqual(['Key Takeaways usually has 3–7 items; this one has 2.']);
    const eight = Array.from({ length: 8 }, (_, i) => `Point ${i + 1}.`);
    expect(takeawaysReport(takeaways(...eight))).toEqual({
      count: 8,
      warnings: ['Key Takeaways usually has 3–7 items; this one has 8.'],
    });
  });

  it('warns about items longer than one sentence and empty items', () => {
    const long = `${'Negotiators '.repeat(19)}agree.`; // 234 characters
    expect([...long.trim()].length).toBeGreaterThan(TAKEAWAY_ITEM_MAX_CHARS);
    const report = takeawaysReport(takeaways(A, B, C, long, ''));
    expect(report.count).toBe(5);
    expect(report.warnings).toEqual([
      `Item 4 runs to ${[...long].length} characters; keep each takeaway to one sentence (about 200 characters).`,
      'Item 5 is empty.',
    ]);
  });

  it('counts marked text as one item and finds every block in a body', () => {
    const block: PmNodeJson = {
      type: 'keyTakeaways',
      content: [{ type: 'takeaway', content: [text('a'), text('b', [{ type: 'bold' }])] }],
    };
    const reports = takeawaysReportsInBody({ type: 'doc', content: [para('x'), block, takeaways(A, B, C)] });
    expect(reports.map((r) => r.count)).toEqual([1, 3]);
  });
});
