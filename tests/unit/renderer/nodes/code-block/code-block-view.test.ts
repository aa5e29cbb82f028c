// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { Editor, Extension, type JSONContent } from '@tiptap/core';
import { UndoRedo } from '@tiptap/extensions';
import { bodyExtensions } from '../../../../../shared/editor/body-extensions';
import { codeBlockViewPlugin, normalizeLanguage } from '../../../../../renderer/nodes/code-block/code-block-view';
import type { PmNodeJson } from '../../../../../shared/model/brief';
import { docOf, para } from '../../../support/body-editor-fixtures';

let editor: Editor | undefined;
afterEach(() => {
  editor?.destroy();
  editor = undefined;
});

const CodeBlockUi = Extension.create({ name: 'codeBlockUi', addProseMirrorPlugins: () => [codeBlockViewPlugin()] });

function open(content: JSONContent): Editor {
  editor = new Editor({ extensions: [...bodyExtensions(), CodeBlockUi, UndoRedo], content });
  return editor;
}

const code = (text: string, language: string | null = null): PmNodeJson => ({
  type: 'codeBlock',
  attrs: { language },
  content: [{ type: 'text', text }],
});

function languageField(current: Editor): HTMLInputElement {
  const field = current.view.dom.querySelector('input[aria-label="Code language"]');
  if (!(field instanceof HTMLInputElement)) throw new Error('no language field');
  return field;
}

describe('normalizeLanguage', () => {
  it('keeps a language name as fences and classes write it, and nothing for an empty field', () => {
    expect(normalizeLanguage(' YAML ')).toBe('yaml');
    expect(normalizeLanguage('C++')).toBe('c++');
    expect(normalizeLanguage('objective c')).toBe('objective-c');
    expect(normalizeLanguage('"><script>')).toBe('script');
    expect(normalizeLanguage('   ')).toBeNull();
  });
});

describe('the code block in the editor', () => {
  it('shows the code verbatim with its language, and the field sets the language as one undoable step', () => {
    const current = open(docOf(para('Before'), code('a:\n  b:  1\n\tc', 'yaml')));
    const field = languageField(current);
    expect(field.value).toBe('yaml');
    expect(current.view.dom.querySelector('pre > code.language-yaml')?.textContent).toBe('a:\n  b:  1\n\tc');
    field.value = 'Python';
    field.dispatchEvent(new Event('change'));
    expect(current.getJSON().content?.[1]).toEqual(code('a:\n  b:  1\n\tc', 'python'));
    expect(current.view.dom.querySelector('pre > code')?.className).toBe('language-python');
    current.commands.undo();
    expect(current.getJSON().content?.[1]).toEqual(code('a:\n  b:  1\n\tc', 'yaml'));
    expect(languageField(current).value).toBe('yaml');
  });

  it('Enter in the field stores the language and puts the caret at the end of the code; an emptied field clears it', () => {
    const current = open(docOf(code('ls -la', 'sh'), para('After')));
    const field = languageField(current);
    field.value = '';
    field.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
    expect(current.getJSON().content?.[0]).toEqual(code('ls -la', null));
    expect(current.state.selection.$from.parent.type.name).toBe('codeBlock');
    expect(current.state.selection.$from.parentOffset).toBe('ls -la'.length);
  });

  it('Escape in the field leaves the language as it was', () => {
    const current = open(docOf(code('x = 1', 'python')));
    const field = languageField(current);
    field.value = 'ruby';
    field.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true }));
    expect(current.getJSON().content?.[0]).toEqual(code('x = 1', 'python'));
    expect(field.value).toBe('python');
  });

  it('typing ``` and a language at the start of a paragraph makes a code block in that language', () => {
    const current = open(docOf(para()));
    current.commands.setTextSelection(1);
    const typed = '```js ';
    current.view.someProp('handleTextInput', (handle) => handle(current.view, 1, 1, typed, () => current.state.tr.insertText(typed, 1, 1)));
    const block = current.getJSON().content?.[0];
    expect(block?.type).toBe('codeBlock');
    expect(block?.attrs).toEqual({ language: 'js' });
  });
});
