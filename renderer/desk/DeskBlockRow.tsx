import { type FormEvent, useState } from 'react';
import type { BriefSummary } from '../../shared/model/brief';
import type { DeskBlock } from '../../shared/model/desk-block';
import { ENTRY_NAME_MAX } from '../../shared/model/library-entry';
import { errorMessage } from '../format/error-message';
import { exactTime, relativeTime } from '../format/relative-time';
import { deskExcerpt } from './desk-excerpt';
import type { DeskInsertMode } from './insert-desk-block';
import { usageLines, usageWarning } from './usage-warning';
import { InlineAlert } from '../ui/InlineAlert';

export interface DeskBlockRowProps {
  block: DeskBlock;
  now: number;
  /** Why the insert buttons are off (no brief open), or null when they work. */
  insertBlocked: string | null;
  onInsert: (mode: DeskInsertMode) => void;
  onRename: (name: string) => Promise<void>;
  /** The briefs synced to the block, asked before deleting. */
  usage: () => Promise<BriefSummary[]>;
  onDelete: () => Promise<void>;
}

type RowState =
  | { kind: 'idle' }
  | { kind: 'renaming'; draft: string }
  | { kind: 'checking' }
  | { kind: 'confirm-delete'; briefs: BriefSummary[] }
  | { kind: 'busy' };

/** One block of the desk library: what it says, and rename / delete / insert. */
export function DeskBlockRow({ block, now, insertBlocked, onInsert, onRename, usage, onDelete }: DeskBlockRowProps) {
  const [state, setState] = useState<RowState>({ kind: 'idle' });
  const [problem, setProblem] = useState<string | null>(null);
  const excerpt = deskExcerpt(block.content);

  async function run(work: () => Promise<void>, what: string, after: RowState): Promise<void> {
    setProblem(null);
    const before = state;
    setState({ kind: 'busy' });
    try {
      await work();
      setState(after);
    } catch (error) {
      setProblem(`Couldn’t ${what} — ${errorMessage(error)}`);
      setState(before.kind === 'busy' ? { kind: 'idle' } : before);
    }
  }

  function submitRename(event: FormEvent, draft: string): void {
    event.preventDefault();
    if (draft.trim() === '') {
      setProblem('A block needs a name.');
      return;
    }
    void run(() => onRename(draft.trim()), 'rename the block', { kind: 'idle' });
  }

  async function askDelete(): Promise<void> {
    setProblem(null);
    setState({ kind: 'checking' });
    try {
      setState({ kind: 'confirm-delete', briefs: await usage() });
    } catch (error) {
      setProblem(`Couldn’t check which briefs use it — ${errorMessage(error)}`);
      setState({ kind: 'idle' });
    }
  }

  const busy = state.kind === 'busy' || state.kind === 'checking';

  return (
    <li className="library-row desk-block-row" aria-label={block.name}>
      <div className="library-row-main">
        {state.kind === 'renaming' ? (
          <form className="library-rename" onSubmit={(event) => submitRename(event, state.draft)}>
            <input
              className="text-input"
              type="text"
              aria-label="Block name"
              maxLength={ENTRY_NAME_MAX}
              value={state.draft}
              autoFocus
              onChange={(event) => setState({ kind: 'renaming', draft: event.target.value })}
              onKeyDown={(event) => {
                if (event.key === 'Escape') {
                  event.preventDefault();
                  event.stopPropagation();
                  setState({ kind: 'idle' });
                }
              }}
            />
            <button type="submit" className="button button-small button-primary">
              Save name
            </button>
            <button type="button" className="button button-small" onClick={() => setState({ kind: 'idle' })}>
              Cancel
            </button>
          </form>
        ) : (
          <span className="library-row-name">{block.name}</span>
        )}
        <span className="library-row-title">{block.title.trim() || 'Untitled desk'}</span>
        {excerpt !== '' && <span className="library-row-excerpt">{excerpt}</span>}
        <span className="library-row-meta">
          Updated{' '}
          <time dateTime={block.updatedAt} title={exactTime(block.updatedAt)}>
            {relativeTime(block.updatedAt, now)}
          </time>
        </span>
      </div>

      {state.kind === 'confirm-delete' ? (
        <div className="library-row-confirm" role="group" aria-label={`Delete “${block.name}”?`}>
          <p className="library-row-question">{usageWarning(state.briefs.length)}</p>
          {state.briefs.length > 0 && (
            <ul className="library-usage" aria-label="Briefs using this block">
              {usageLines(state.briefs).map((line, index) => (
                <li key={state.briefs[index]?.id ?? index}>{line}</li>
              ))}
            </ul>
          )}
          <div className="library-row-actions">
            <button type="button" className="button button-small" onClick={() => setState({ kind: 'idle' })}>
              Cancel
            </button>
            <button
              type="button"
              className="button button-small button-danger"
              onClick={() => void run(onDelete, 'delete the block', { kind: 'idle' })}
            >
              Delete block
            </button>
          </div>
        </div>
      ) : (
        <div className="library-row-actions">
          <button
            type="button"
            className="button button-small button-primary"
            disabled={insertBlocked !== null || busy}
            title={insertBlocked ?? 'Insert at the cursor; it follows the original desk block when that is edited'}
            onClick={() => onInsert('synced')}
          >
            Insert synced
          </button>
          <button
            type="button"
            className="button button-small"
            disabled={insertBlocked !== null || busy}
            title={insertBlocked ?? 'Insert a copy at the cursor; the brief’s own from then on'}
            onClick={() => onInsert('copy')}
          >
            Insert copy
          </button>
          <button
            type="button"
            className="button button-small button-quiet"
            disabled={busy}
            onClick={() => {
              setProblem(null);
              setState({ kind: 'renaming', draft: block.name });
            }}
          >
            Rename
          </button>
          <button
            type="button"
            className="button button-small button-quiet button-danger-quiet"
            disabled={busy}
            onClick={() => void askDelete()}
          >
            Delete
          </button>
        </div>
      )}
      <InlineAlert message={problem} />
    </li>
  );
}
