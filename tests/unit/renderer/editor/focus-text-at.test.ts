// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import type { Editor } from '@tiptap/core';
import { focusTextAt } from '../../../../renderer/editor/focus-text-at';
import { docOf, para, takeaways } from '../../support/body-editor-fixtures';
import { makeRendererEditor, posOf } from '../editor-fixtures';

let editor: Editor | undefined;
afterEach(() => {
  editor?.destroy();
  editor = undefined;
  document.body.replaceChildren();
});

describe('focusTextAt', () => {
  it('puts the cursor there and focuses the editor before anything else can run (no waiting for a frame)', () => {
    editor = makeRendererEditor(docOf(para('Intro'), takeaways('First', 'Second')));
    document.body.append(editor.view.dom);
    const handle = document.body.appendChild(document.createElement('button'));
    handle.focus();
    expect(document.activeElement).toBe(handle);

    const end = posOf(editor, 'takeaway', 1) + 1 + 'Second'.length;
    focusTextAt(editor, end);

    expect(document.activeElement).toBe(editor.view.dom);
    expect(editor.state.selection.from).toBe(end);
    expect(editor.state.selection.empty).toBe(true);
  });
});
