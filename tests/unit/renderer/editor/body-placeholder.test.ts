import { describe, expect, it } from 'vitest';
import { bodyPlaceholderPos } from '../../../../renderer/editor/body-placeholder';
import { makeRendererEditor } from '../editor-fixtures';

const takeaways = { type: 'keyTakeaways', content: [{ type: 'takeaway', content: [{ type: 'paragraph' }] }] };
const desk = { type: 'editorsDesk', content: [{ type: 'paragraph' }] };
const para = (text?: string) => (text ? { type: 'paragraph', content: [{ type: 'text', text }] } : { type: 'paragraph' });

/** Where the placeholder goes, as the index of the top-level node, or null. */
function placeholderIndex(content: object[]): number | null {
  const editor = makeRendererEditor({ type: 'doc', content });
  const pos = bodyPlaceholderPos(editor.state.doc);
  let index: number | null = null;
  editor.state.doc.forEach((_node, offset, at) => {
    if (offset === pos) index = at;
  });
  editor.destroy();
  return index;
}

describe('bodyPlaceholderPos', () => {
  it('marks the empty paragraph below the blocks of a new brief', () => {
    expect(placeholderIndex([takeaways, desk, para()])).toBe(2);
  });

  it('marks the first empty paragraph after the last block, not one above the blocks', () => {
    expect(placeholderIndex([para(), takeaways, desk, para(), para()])).toBe(3);
  });

  it('marks the only paragraph of an empty body, and the one under a template heading', () => {
    expect(placeholderIndex([para()])).toBe(0);
    expect(
      placeholderIndex([takeaways, { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Background' }] }, para()]),
    ).toBe(2);
  });

  it('shows nothing once the body has text or another block of its own', () => {
    expect(placeholderIndex([takeaways, desk, para('Shipping fell.'), para()])).toBeNull();
    expect(placeholderIndex([takeaways, para(), { type: 'horizontalRule' }, para()])).toBeNull();
  });
});
