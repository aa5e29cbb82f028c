import { type Editor, useEditorState } from '@tiptap/react';
import { useId } from 'react';
import { usePersistentFlag } from './use-persistent-flag';
import { jumpTo } from './outline-actions';
import { buildOutline, type OutlineEntry } from './outline-model';
import { OutlineTakeaways } from './OutlineTakeaways';
import { SourcesList } from './SourcesList';

export interface OutlinePanelProps {
  editor: Editor;
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
        <span className="outline-desk-title">{entry.title}</span>
      </button>
    );
  }
  return (
    <button
      type="button"
      className={`outline-link outline-link-heading level-${entry.level}`}
      onClick={() => jumpTo(editor, 'heading', entry.ordinal)}
    >
      {entry.text.trim() || 'Untitled heading'}
    </button>
  );
}

/**
 * The brief's outline beside the body: headings, Key Takeaways (items
 * editable and movable in place) and Editor's Desk blocks, then the brief's
 * Sources (its footnotes); a click goes there. It follows the document through useEditorState (the editor does not
 * re-render) and only re-renders when the outline itself changes.
 */
export function OutlinePanel({ editor }: OutlinePanelProps) {
  const [open, setOpen] = usePersistentFlag('briefdesk.outline.open', true);
  const bodyId = useId();
  const outline = useEditorState({ editor, selector: ({ editor: current }) => buildOutline(current.state.doc) });
  const takeawaysBlocks = outline.filter((entry) => entry.kind === 'takeaways').length;

  return (
    <aside className={open ? 'outline-panel is-open' : 'outline-panel'} aria-label="Outline">
      <button
        type="button"
        className="outline-toggle"
        aria-expanded={open}
        aria-controls={bodyId}
        title={open ? 'Hide the outline' : 'Show the outline'}
        onClick={() => setOpen(!open)}
      >
        <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
          <path d="M2.5 4h11M5 8h8.5M5 12h8.5" fill="none" stroke="currentColor" strokeWidth="1.4" strokeLinecap="round" />
        </svg>
        <span className="outline-toggle-label">Outline</span>
      </button>
      {open && (
        <div className="outline-body" id={bodyId}>
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
      )}
    </aside>
  );
}
