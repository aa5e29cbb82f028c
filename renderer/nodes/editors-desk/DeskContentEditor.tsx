import { type Editor, EditorContent, useEditor } from '@tiptap/react';
import { useEffect } from 'react';
import type { PmNodeJson } from '../../../shared/model/brief';
import { deskContentExtensions } from './desk-content-extensions';

export interface DeskContentEditorProps {
  /** The block's text as it starts. */
  initialContent: readonly PmNodeJson[];
  /** The editor, once, so the dialog can read its content when saving. */
  onReady: (editor: Editor) => void;
  labelledBy: string;
}

/** A small rich-text editor for a desk-library block's body. */
export function DeskContentEditor({ initialContent, onReady, labelledBy }: DeskContentEditorProps) {
  const editor = useEditor({
    extensions: deskContentExtensions(),
    content: { type: 'doc', content: structuredClone([...initialContent]) },
    immediatelyRender: true,
    editorProps: {
      attributes: {
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-labelledby': labelledBy,
        class: 'prose desk-content-prose',
        spellcheck: 'true',
      },
    },
  });

  useEffect(() => {
    onReady(editor);
  }, [editor, onReady]);

  return <EditorContent editor={editor} className="desk-content-editor" />;
}
