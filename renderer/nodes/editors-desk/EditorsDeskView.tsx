import { NodeViewContent, NodeViewWrapper, type ReactNodeViewProps } from '@tiptap/react';
import { Selection } from '@tiptap/pm/state';
import type { KeyboardEvent } from 'react';
import {
  EDITORS_DESK_BADGE,
  EDITORS_DESK_DEFAULT_TITLE,
  editorsDeskAttributes,
  type EditorsDeskAttributes,
} from '../../../shared/editor/nodes/editors-desk';
import { LiveTextInput } from '../../ui/LiveTextInput';
import { focusTextAt } from '../../editor/focus-text-at';
import { DeskLibraryActions } from '../../desk/DeskLibraryActions';
import { SyncedDeskNotice } from './SyncedDeskNotice';
import { useSyncedDesk } from './use-synced-desk';
import { handleHistoryKeys } from '../block-chrome/history-keys';
import { RemoveBlockButton } from '../block-chrome/RemoveBlockButton';

type SignoffField = 'deskName' | 'series' | 'publication';

const SIGNOFF_FIELDS: readonly { name: SignoffField; label: string; placeholder: string }[] = [
  { name: 'deskName', label: 'Desk name', placeholder: 'Desk name' },
  { name: 'series', label: 'Series', placeholder: 'Series' },
  { name: 'publication', label: 'Publication', placeholder: 'Publication' },
];

/**
 * The Editor's Desk block as the analyst edits it: badge, title field, the
 * analysis itself (rich text, in place) and the sign-off lines as fields. A
 * synced instance of a desk-library block shows the library's text,
 * read-only ("Edit original" changes it everywhere), and can be detached
 * into a plain copy; one whose block was deleted keeps its last known text.
 */
export function EditorsDeskView({ node, editor, getPos, updateAttributes }: ReactNodeViewProps) {
  const attrs = editorsDeskAttributes(node);
  const synced = attrs.libraryRef !== null;
  const empty = node.childCount === 1 && node.firstChild?.content.size === 0;
  const library = useSyncedDesk(editor, node, getPos);
  const missing = synced && library?.status === 'missing';

  const update = (patch: Partial<EditorsDeskAttributes>): void => updateAttributes(patch);

  /** Puts the cursor at the start of the desk's body. */
  function focusBody(): void {
    const pos = getPos();
    if (typeof pos === 'number') focusTextAt(editor, pos + 2);
  }

  /** Puts the cursor at the end of the desk's body (its last text position, whatever its last block). */
  function focusBodyEnd(): void {
    const pos = getPos();
    if (typeof pos !== 'number') return;
    const end = Selection.near(editor.state.doc.resolve(pos + node.nodeSize - 1), -1);
    focusTextAt(editor, end.from);
  }

  function onFieldKeyDown(event: KeyboardEvent<HTMLInputElement>): void {
    if (handleHistoryKeys(editor, event)) return;
    if (event.key === 'Escape') {
      event.preventDefault();
      focusBody();
    }
  }

  // Tab goes in reading order: title, the analysis (text, which the browser's Tab passes over), then the sign-off.
  function onTitleKeyDown(event: KeyboardEvent<HTMLInputElement>): void {
    if ((event.key === 'Enter' || (event.key === 'Tab' && !event.shiftKey)) && !synced) {
      event.preventDefault();
      focusBody();
      return;
    }
    onFieldKeyDown(event);
  }

  function onFirstSignoffKeyDown(event: KeyboardEvent<HTMLInputElement>): void {
    if (event.key === 'Tab' && event.shiftKey && !synced) {
      event.preventDefault();
      focusBodyEnd();
      return;
    }
    onFieldKeyDown(event);
  }

  function detach(): void {
    const pos = getPos();
    if (typeof pos !== 'number') return;
    editor
      .chain()
      .setTextSelection(pos + 2)
      .updateEditorsDesk({ libraryRef: null })
      .focus()
      .run();
  }

  return (
    <NodeViewWrapper
      as="aside"
      className={synced ? 'editors-desk is-synced' : 'editors-desk'}
      role="region"
      aria-label="Editor's Desk"
      data-type="editors-desk"
    >
      <header className="block-header desk-header" contentEditable={false}>
        <span className="desk-badge">{EDITORS_DESK_BADGE}</span>
        {synced && <span className="desk-synced-pill">{missing ? 'Not in Desk blocks' : 'Synced'}</span>}
        <span className="block-header-actions">
          <DeskLibraryActions editor={editor} node={node} getPos={getPos} entry={library} />
          {synced && !missing && (
            <button
              type="button"
              className="block-text-button"
              title="Keep this copy in the brief, no longer linked to the library"
              onClick={detach}
            >
              Detach
            </button>
          )}
          <RemoveBlockButton editor={editor} getPos={getPos} blockName={EDITORS_DESK_BADGE} />
        </span>
      </header>
      <div className="desk-title-row" contentEditable={false}>
        <LiveTextInput
          dir="auto"
          className="desk-title-input"
          aria-label="Desk title"
          placeholder={EDITORS_DESK_DEFAULT_TITLE}
          value={attrs.title}
          readOnly={synced}
          spellCheck
          onValue={(title) => update({ title })}
          onKeyDown={onTitleKeyDown}
        />
      </div>
      {synced && !missing && (
        <p className="desk-synced-note" contentEditable={false}>
          Edit the original to change every brief that uses it.
        </p>
      )}
      {attrs.libraryRef !== null && <SyncedDeskNotice libraryRef={attrs.libraryRef} entry={library} onDetach={detach} />}
      <NodeViewContent
        className={empty ? 'desk-body is-empty' : 'desk-body'}
        data-placeholder="The analysis: what this means, and what to watch"
        contentEditable={synced ? false : undefined}
      />
      <footer className="desk-signoff" contentEditable={false}>
        {SIGNOFF_FIELDS.map((field) => (
          <LiveTextInput
            dir="auto"
            key={field.name}
            className={`desk-signoff-input desk-signoff-${field.name}`}
            aria-label={field.label}
            placeholder={field.placeholder}
            value={attrs[field.name]}
            readOnly={synced}
            onValue={(value) => update({ [field.name]: value })}
            onKeyDown={field.name === 'deskName' ? onFirstSignoffKeyDown : onFieldKeyDown}
          />
        ))}
      </footer>
    </NodeViewWrapper>
  );
}
