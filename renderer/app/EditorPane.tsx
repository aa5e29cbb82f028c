import type { Editor } from '@tiptap/react';
import { type ReactNode, type RefObject, useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { ImageAsset } from '../../shared/api/contract';
import type { BodyDoc, Brief, BriefContent } from '../../shared/model/brief';
import { useWorkbench } from '../workbench/workbench-context';
import { contentOf } from '../brief/content-of';
import { OutlinePanel } from '../outline/OutlinePanel';
import { OutlineToggle } from '../outline/OutlineToggle';
import { useOutlinePanel } from '../outline/use-outline-panel';
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
  /**
   * Set when a pane goes while focus is in it (or in one of its dialogs): the
   * next pane — the same brief reloaded after a restore, or the next one —
   * takes the focus on its headline, unless focus went somewhere meanwhile.
   */
  focusHandOver: RefObject<boolean>;
}

/** Whether focus is in this pane, in a dialog it opened, or nowhere. */
function focusIsHere(main: HTMLElement | null): boolean {
  const active = document.activeElement;
  return active === null || active === document.body || (main?.contains(active) ?? false) || active.closest('dialog') !== null;
}

/** The open brief: its header fields, hero image and body; every change goes to the save controller. */
export function EditorPane(props: EditorPaneProps) {
  const { brief, controller, focusHeadline, uploadImage, onDuplicate, onDelete, onReload, notice, focusHandOver } = props;
  const [content, setContent] = useState<BriefContent>(() => contentOf(brief));
  const contentRef = useRef(content);
  const headlineRef = useRef<HTMLTextAreaElement>(null);
  const standfirstRef = useRef<HTMLTextAreaElement>(null);
  const [bodyEditor, setBodyEditor] = useState<Editor | null>(null);
  const outline = useOutlinePanel();

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

  const mainRef = useRef<HTMLElement>(null);
  useEffect(() => {
    const handedOver = focusHandOver.current;
    focusHandOver.current = false;
    const lost = document.activeElement === null || document.activeElement === document.body;
    if (focusHeadline || (handedOver && lost)) headlineRef.current?.focus();
  }, [focusHeadline, focusHandOver]);
  useLayoutEffect(() => {
    const main = mainRef.current;
    return () => {
      if (focusIsHere(main)) focusHandOver.current = true;
    };
  }, [focusHandOver]);

  // The desk library inserts blocks into this brief's body while it is open.
  const { setActiveEditor } = useWorkbench();
  useEffect(() => {
    setActiveEditor(bodyEditor);
    return () => setActiveEditor(null);
  }, [bodyEditor, setActiveEditor]);

  return (
    <main ref={mainRef} className="editor-pane" aria-label="Brief editor" data-region="editor" tabIndex={-1}>
      <EditorActions
        brief={brief}
        headline={content.headline}
        onDuplicate={onDuplicate}
        onDelete={onDelete}
        trailing={<OutlineToggle state={outline} />}
      />
      {notice}
      <FindBar editor={bodyEditor} content={content} onChange={change} />
      <div className="editor-body">
        <div className="editor-scroll">
          <article className="sheet">
            <BriefHeaderForm content={content} onChange={change} headlineRef={headlineRef} standfirstRef={standfirstRef} />
            <HeroImageField hero={content.hero} onChange={(hero) => change({ hero })} uploadImage={uploadImage} />
            <BodyEditor initialBody={brief.body} onChange={changeBody} uploadImage={uploadImage} onEditorReady={setBodyEditor} />
          </article>
        </div>
        {bodyEditor && <OutlinePanel editor={bodyEditor} state={outline} />}
      </div>
      <FocusModeControls editor={bodyEditor} />
      <StatusBar
        initialBody={brief.body}
        editor={bodyEditor}
        controller={controller}
        onReload={onReload}
        briefId={brief.id}
        wordTarget={content.wordTarget ?? null}
        onWordTarget={(wordTarget) => change({ wordTarget })}
      />
    </main>
  );
}
