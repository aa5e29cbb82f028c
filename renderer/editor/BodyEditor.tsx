import { type Editor, EditorContent, useEditor } from '@tiptap/react';
import { memo, useCallback, useEffect, useRef, useState } from 'react';
import type { ImageAsset } from '../../shared/api/contract';
import { ASSET_SRC_PREFIX, BRIEF_IMAGE } from '../../shared/editor/nodes/brief-image';
import type { BodyDoc } from '../../shared/model/brief';
import { resolveImageSrc } from '../api/asset-url';
import { editingExtensions } from './editing-extensions';
import { bodyDocOf } from './body-json';
import { errorMessage } from '../format/error-message';
import { ImageFileInput } from '../files/ImageFileInput';
import { FormattingToolbar } from './FormattingToolbar';
import { ImageAltDialog } from './ImageAltDialog';
import { LinkDialog } from './LinkDialog';
import { PasteNotice } from './PasteNotice';
import { PastePrompt } from './PastePrompt';
import type { PasteReport } from './paste-sanitizer';
import { SlashMenu } from './SlashMenu';

export interface BodyEditorProps {
  /** The body as loaded; later changes flow out through onChange only. */
  initialBody: BodyDoc;
  onChange: (body: BodyDoc) => void;
  uploadImage: (file: File) => Promise<ImageAsset>;
  /** The editor, once, for panels shown beside the body (the outline). */
  onEditorReady?: (editor: Editor) => void;
}

type Dialog =
  | { kind: 'none' }
  | { kind: 'link'; href: string }
  | { kind: 'insert-image'; asset: ImageAsset }
  | { kind: 'edit-alt'; src: string; alt: string };

const NO_PASTE_REPORT: PasteReport = { storing: 0, notice: null, missingAlt: 0 };

/**
 * The body: one TipTap editor in its own component. It renders on its own
 * schedule (shouldRerenderOnTransaction: false); only the toolbar follows
 * the selection, through useEditorState.
 */
export const BodyEditor = memo(function BodyEditor({ initialBody, onChange, uploadImage, onEditorReady }: BodyEditorProps) {
  const onChangeRef = useRef(onChange);
  onChangeRef.current = onChange;
  const [dialog, setDialog] = useState<Dialog>({ kind: 'none' });
  const [imageError, setImageError] = useState<string | null>(null);
  const [uploading, setUploading] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const openLinkRef = useRef<() => void>(() => undefined);
  const uploadImageRef = useRef(uploadImage);
  uploadImageRef.current = uploadImage;
  const [pasteReport, setPasteReport] = useState<PasteReport>(NO_PASTE_REPORT);
  // The box the slash menu and the paste prompt are placed in.
  const [contentBox, setContentBox] = useState<HTMLDivElement | null>(null);

  const editor = useEditor({
    extensions: editingExtensions({
      resolveImageSrc: (src) => resolveImageSrc(src),
      onOpenLink: () => openLinkRef.current(),
      paste: { storeImage: (file) => uploadImageRef.current(file), onReport: setPasteReport },
    }),
    content: initialBody,
    immediatelyRender: true,
    shouldRerenderOnTransaction: false,
    editorProps: {
      attributes: { role: 'textbox', 'aria-multiline': 'true', 'aria-label': 'Body', class: 'prose body-prose', spellcheck: 'true' },
    },
    // Converted incrementally: only the nodes a keystroke changed are turned into JSON again.
    onUpdate: ({ editor: current }) => onChangeRef.current(bodyDocOf(current.state.doc)),
  });

  useEffect(() => {
    onEditorReady?.(editor);
  }, [editor, onEditorReady]);

  const openLink = useCallback(() => {
    const href = editor.getAttributes('link').href;
    setDialog({ kind: 'link', href: typeof href === 'string' ? href : '' });
  }, [editor]);
  openLinkRef.current = openLink;

  const closeDialog = useCallback(() => {
    setDialog({ kind: 'none' });
    editor.commands.focus();
  }, [editor]);

  function applyLink(href: string): void {
    const { empty } = editor.state.selection;
    if (empty && !editor.isActive('link')) {
      editor
        .chain()
        .focus()
        .insertContent({ type: 'text', text: href, marks: [{ type: 'link', attrs: { href } }] })
        .run();
    } else {
      editor.chain().focus().extendMarkRange('link').setLink({ href }).run();
    }
    setDialog({ kind: 'none' });
  }

  function removeLink(): void {
    editor.chain().focus().extendMarkRange('link').unsetLink().run();
    setDialog({ kind: 'none' });
  }

  async function onImageFile(file: File): Promise<void> {
    setImageError(null);
    setUploading(true);
    try {
      const asset = await uploadImage(file);
      setDialog({ kind: 'insert-image', asset });
    } catch (failure) {
      setImageError(errorMessage(failure));
    } finally {
      setUploading(false);
    }
  }

  function insertImage(asset: ImageAsset, alt: string): void {
    editor
      .chain()
      .focus()
      .setImage({ src: `${ASSET_SRC_PREFIX}${asset.id}`, alt, width: asset.width, height: asset.height })
      .run();
    setDialog({ kind: 'none' });
  }

  /** Selects the first image without alt text and asks for it (after a paste brought such images). */
  function describeNextImage(): void {
    let target = -1;
    editor.state.doc.descendants((node, pos) => {
      if (target >= 0) return false;
      if (node.type.name === BRIEF_IMAGE && String(node.attrs.alt ?? '').trim() === '') target = pos;
      return true;
    });
    setPasteReport((report) => ({ ...report, missingAlt: target < 0 ? 0 : Math.max(0, report.missingAlt - 1) }));
    if (target < 0) return;
    editor.chain().focus().setNodeSelection(target).run();
    editImageAlt();
  }

  function editImageAlt(): void {
    const { src, alt } = editor.getAttributes('image');
    if (typeof src !== 'string') return;
    setDialog({ kind: 'edit-alt', src, alt: typeof alt === 'string' ? alt : '' });
  }

  return (
    <div className="body-editor">
      <FormattingToolbar editor={editor} onLink={openLink} onInsertImage={() => fileInput.current?.click()} onEditImageAlt={editImageAlt} />
      <ImageFileInput inputRef={fileInput} label="Image file" onFile={(file) => void onImageFile(file)} />
      {imageError && (
        <p className="inline-error-text body-notice" role="alert">
          Couldn’t add the image — {imageError}
        </p>
      )}
      {uploading && <p className="body-progress">Adding image…</p>}
      <PasteNotice report={pasteReport} onDismiss={() => setPasteReport(NO_PASTE_REPORT)} onDescribe={describeNextImage} />
      <div className="body-content-box" ref={setContentBox}>
        <EditorContent editor={editor} className="body-content" />
        <SlashMenu editor={editor} container={contentBox} />
        <PastePrompt editor={editor} container={contentBox} />
      </div>

      {dialog.kind === 'link' && <LinkDialog initialHref={dialog.href} onApply={applyLink} onRemove={removeLink} onClose={closeDialog} />}
      {dialog.kind === 'insert-image' && (
        <ImageAltDialog
          mode="insert"
          previewSrc={resolveImageSrc(`${ASSET_SRC_PREFIX}${dialog.asset.id}`)}
          initialAlt=""
          onSubmit={(alt) => insertImage(dialog.asset, alt)}
          onClose={closeDialog}
        />
      )}
      {dialog.kind === 'edit-alt' && (
        <ImageAltDialog
          mode="edit"
          previewSrc={resolveImageSrc(dialog.src)}
          initialAlt={dialog.alt}
          onSubmit={(alt) => {
            editor.chain().focus().updateAttributes('image', { alt }).run();
            setDialog({ kind: 'none' });
          }}
          onClose={closeDialog}
        />
      )}
    </div>
  );
});
