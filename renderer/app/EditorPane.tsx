import type { Editor } from '@tiptap/react';
import { type ReactNode, useCallback, useEffect, useRef, useState } from 'react';
import type { ImageAsset } from '../../shared/api/contract';
import type { BodyDoc, Brief, BriefContent } from '../../shared/model/brief';
import { useWorkbench } from '../workbench/workbench-context';
import { contentOf } from '../brief/content-of';
import { OutlinePanel } from '../outline/OutlinePanel';
import type { SaveController } from '../save/save-controller';
import { BodyEditor } from '../editor/BodyEditor';
import { BriefHeaderForm } from '../brief/BriefHeaderForm';
import { EditorActions } from './EditorActions';
import { FindBar } from '../find/FindBar';
import { FocusModeControls } from '../focus/FocusModeControls';
import { HeroImageField } from '../brief/HeroImageField';
import { StatusBar } from './StatusBar';

export interface EditorPaneProps {
  brief: Brief;
  controller: SaveController;
  /** Put the cursor in the headline when shown (a new brief). */
  focusHeadline: boolean;
  uploadImage: (file: File) => Promise<ImageAsset>;
  onDuplicate: () => void;
  onDelete: () => void;
  onReload: () => void;
  /** Shown above the brief, outside its scrolling (kept unsaved changes, changes from another window). */
  notice?: ReactNode;
}

/** The open brief: its header fields, hero image and body; every change goes to the save controller. */
export function EditorPane({ brief, controller, focusHeadline, uploadImage, onDuplicate, onDelete, onReload, notice }: EditorPaneProps) {
  const [content, setContent] = useState<BriefContent>(() => contentOf(brief));
  const contentRef = useRef(content);
  const headlineRef = useRef<HTMLTextAreaElement>(null);
  const standfirstRef = useRef<HTMLTextAreaElement>(null);
  const [bodyEditor, setBodyEditor] = useState<Editor | null>(null);

  const change = useCallback(
    (patch: Partial<BriefContent>) => {
      const next = { ...contentRef.current, ...patch };
      contentRef.current = next;
      setContent(next);
      controller.update(next);
    },
    [controller],
  );

  // A keystroke in the body re-renders nothing here: the body goes to the save
  // controller only (the status bar and the outline follow the editor itself),
  // so `content.body` in state stays the body as opened.
  const changeBody = useCallback(
    (body: BodyDoc) => {
      const next = { ...contentRef.current, body };
      contentRef.current = next;
      controller.update(next);
    },
    [controller],
  );

  useEffect(() => {
    if (focusHeadline) headlineRef.current?.focus();
  }, [focusHeadline]);

  // The desk library inserts blocks into this brief's body while it is open.
  const { setActiveEditor } = useWorkbench();
  useEffect(() => {
    setActiveEditor(bodyEditor);
    return () => setActiveEditor(null);
  }, [bodyEditor, setActiveEditor]);

  return (
    <main className="editor-pane" aria-label="Brief editor">
      <EditorActions brief={brief} headline={content.headline} onDuplicate={onDuplicate} onDelete={onDelete} />
      {notice}
      <FindBar editor={bodyEditor} content={content} onChange={change} />
      <div className="editor-scroll">
        <div className="editor-columns">
          <article className="sheet">
            <BriefHeaderForm content={content} onChange={change} headlineRef={headlineRef} standfirstRef={standfirstRef} />
            <HeroImageField hero={content.hero} onChange={(hero) => change({ hero })} uploadImage={uploadImage} />
            <BodyEditor initialBody={brief.body} onChange={changeBody} uploadImage={uploadImage} onEditorReady={setBodyEditor} />
          </article>
          {bodyEditor && <OutlinePanel editor={bodyEditor} />}
        </div>
      </div>
      <FocusModeControls editor={bodyEditor} />
      <StatusBar initialBody={brief.body} editor={bodyEditor} controller={controller} onReload={onReload} />
    </main>
  );
}
