import { describe, expect, it } from 'vitest';
import { plainTextSlice } from '../../../../../renderer/editor/paste/plain-text-slice';
import { bodySchema } from '../../../../../shared/editor/body-extensions';

const shape = (text: string): unknown[] =>
  plainTextSlice(text, bodySchema())
    .content.toJSON()
    ?.map((node: { content?: { type: string; text?: string }[] }) => node.content?.map((inline) => inline.text ?? inline.type) ?? []) ?? [];

describe('plain text as the body takes it', () => {
  it('starts a paragraph at each blank line and keeps single line breaks', () => {
    expect(shape('Title\n\nFirst line\nsecond line\r\n\r\n\n  \nLast')).toEqual([
      ['Title'],
      ['First line', 'hardBreak', 'second line'],
      ['Last'],
    ]);
  });

  it('is one open paragraph for one line, so it joins the paragraph it lands in', () => {
    const slice = plainTextSlice('just words', bodySchema());
    expect(slice.content.childCount).toBe(1);
    expect([slice.openStart, slice.openEnd]).toEqual([1, 1]);
  });

  it('keeps the marks where it lands', () => {
    const bold = bodySchema().marks.bold?.create();
    const slice = plainTextSlice('a', bodySchema(), bold ? [bold] : []);
    expect(slice.content.firstChild?.firstChild?.marks.map((mark) => mark.type.name)).toEqual(['bold']);
  });
});
