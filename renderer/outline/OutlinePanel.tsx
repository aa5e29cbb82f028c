import { type Editor, useEditorState } from '@tiptap/react';
import { type KeyboardEvent, type MouseEvent, useEffect, useId } from 'react';
import { jumpTo } from './outline-actions';
import { buildOutline, type OutlineEntry } from './outline-model';
import { OutlineTakeaways } from './OutlineTakeaways';
import { SourcesList } from './SourcesList';
import type { OutlinePanelState } from './use-outline-panel';

export interface OutlinePanelProps {
  editor: Editor;
  state: OutlinePanelState;
}

function OutlineEntryView({ editor, entry, takeawaysBlocks }: { editor: Editor; entry: OutlineEntry; takeawaysBlocks: number }) {
  if (entry.kind === 'takeaways') {
    const label = takeawaysBlocks > 1 ? `Key takeaways ${entry.ordinal + 1}` : 'Key takeaways';
    return <OutlineTakeaways editor={editor} ordinal={entry.ordinal} items={entry.items} label={label} />;
  }
  if (entry.kind === 'desk') {
    return (
      <button type="button" className="outline-link outline-link-desk" onClick={() => jumpTo(editor, 'desk', entry.ordinal)}>
        <span className="outline-desk-badge">Editor’s Desk</span>
        <span className="outline-desk-title" dir="auto">
          {entry.title}
        </span>
      </button>
    );
  }
  return (
    <button
      type="button"
      className={`outline-link outline-link-heading level-${entry.level}`}
      onClick={() => jumpTo(editor, 'heading', entry.ordinal)}
      dir="auto"
    >
      {entry.text.trim() || 'Untitled heading'}
    </button>
  );
}

/** Whether the panel is drawn over the brief now (a narrow pane), as the stylesheet decided. */
function isOverlay(panel: HTMLElement): boolean {
  return getComputedStyle(panel).getPropertyValue('--outline-overlay').trim() === '1';
}

/**
 * The brief's outline: headings, Key Takeaways (items editable and movable in
 * place) and Editor's Desk blocks; a click goes there. Beside a wide pane it
 * is a column of its own; over a narrow one a panel that opens from the
 * action bar, takes focus, and closes with Escape or after a jump. It follows
 * the document through useEditorState (the editor does not re-render) and
 * only re-renders when the outline itself changes.
 */
export function OutlinePanel({ editor, state }: OutlinePanelProps) {
  const headingId = useId();
  const outline = useEditorState({ editor, selector: ({ editor: current }) => buildOutline(current.state.doc) });
  const takeawaysBlocks = outline.filter((entry) => entry.kind === 'takeaways').length;
  const { panelId, panelRef, columnOpen, overlayOpen, setColumnOpen, setOverlayOpen, focusRequest } = state;

  useEffect(() => {
    if (focusRequest === 0) return;
    // The first entry, else (an empty outline) the close button.
    const panel = panelRef.current;
    const target =
      panel?.querySelector<HTMLElement>('.outline-body button, .outline-body input') ?? panel?.querySelector<HTMLElement>('.outline-close');
    target?.focus();
  }, [focusRequest, panelRef]);

  function close(): void {
    const panel = panelRef.current;
    if (panel && isOverlay(panel)) setOverlayOpen(false);
    else setColumnOpen(false);
  }

  /** Over the brief, the panel gives way once a jump put the cursor in the text ("Enter" in an item's field jumps too). */
  function closeAfterJump(target: EventTarget, jumps: string): void {
    const panel = panelRef.current;
    if (!panel || !isOverlay(panel) || !(target instanceof Element)) return;
    if (target.closest(jumps)) setOverlayOpen(false);
  }

  function onKeyDown(event: KeyboardEvent<HTMLElement>): void {
    const panel = panelRef.current;
    if (event.key === 'Escape' && panel && isOverlay(panel)) {
      event.preventDefault();
      setOverlayOpen(false);
    } else if (event.key === 'Enter') {
      closeAfterJump(event.target, '.outline-item-input');
    }
  }

  return (
    <aside
      ref={panelRef}
      id={panelId}
      className="outline-panel"
      aria-labelledby={headingId}
      data-column={columnOpen ? 'open' : 'closed'}
      data-overlay={overlayOpen ? 'open' : 'closed'}
      onKeyDown={onKeyDown}
      onClick={(event: MouseEvent<HTMLElement>) => closeAfterJump(event.target, '.outline-link')}
    >
      <header className="outline-header">
        <h2 id={headingId} className="outline-title">
          Outline
        </h2>
        <button type="button" className="outline-close" aria-label="Close outline" title="Close the outline" onClick={close}>
          <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
            <path d="M4 4l8 8M12 4l-8 8" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" />
          </svg>
        </button>
      </header>
      <div className="outline-body">
        {outline.length === 0 ? (
          <p className="outline-empty">Headings, Key Takeaways and Editor’s Desk blocks will be listed here.</p>
        ) : (
          <ol className="outline-list">
            {outline.map((entry) => (
              <li key={entry.key} className={`outline-entry outline-entry-${entry.kind}`}>
                <OutlineEntryView editor={editor} entry={entry} takeawaysBlocks={takeawaysBlocks} />
              </li>
            ))}
          </ol>
        )}
        <SourcesList editor={editor} />
      </div>
    </aside>
  );
}
