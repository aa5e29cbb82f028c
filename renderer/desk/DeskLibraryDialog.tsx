import { useEffect, useState } from 'react';
import type { DeskBlock } from '../../shared/model/desk-block';
import { ModalDialog } from '../ui/ModalDialog';
import { useNow } from '../format/use-now';
import { errorMessage } from '../format/error-message';
import { DeskBlockRow } from './DeskBlockRow';
import { type DeskInsertMode, insertDeskBlock } from './insert-desk-block';
import { useWorkbench } from '../workbench/workbench-context';
import { RetryAlert } from '../ui/RetryAlert';

export interface DeskLibraryDialogProps {
  onClose: () => void;
}

const SEARCH_DELAY_MS = 150;

/**
 * The desk library: named Editor's Desk blocks, searchable; each can be
 * inserted into the open brief (synced or as a copy), renamed or deleted
 * (its synced copies are detached first, keeping their text).
 */
export function DeskLibraryDialog({ onClose }: DeskLibraryDialogProps) {
  const workbench = useWorkbench();
  const { api, deskBlocks, activeEditor } = workbench;
  const [query, setQuery] = useState('');
  const [blocks, setBlocks] = useState<DeskBlock[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const now = useNow();

  useEffect(() => {
    let current = true;
    const timer = setTimeout(() => {
      const trimmed = query.trim();
      api.listDeskBlocks(trimmed === '' ? {} : { query: trimmed }).then(
        (list) => {
          if (!current) return;
          setBlocks(list);
          setProblem(null);
        },
        (error: unknown) => {
          if (current) setProblem(errorMessage(error));
        },
      );
    }, SEARCH_DELAY_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [api, query, attempt]);

  function replace(block: DeskBlock): void {
    deskBlocks.put(block);
    setBlocks((list) => list?.map((item) => (item.id === block.id ? block : item)) ?? null);
  }

  function insert(block: DeskBlock, mode: DeskInsertMode): void {
    const editor = activeEditor;
    onClose();
    if (!editor) return;
    if (mode === 'synced') deskBlocks.put(block);
    // After the dialog has handed focus back, so the cursor lands in the body.
    setTimeout(() => {
      if (!insertDeskBlock(editor, block, mode)) workbench.notify({ text: 'Couldn’t insert the block — the brief was closed.' });
    }, 0);
  }

  async function remove(block: DeskBlock): Promise<void> {
    // The library rewrites the briefs using the block: save the open one's latest edits first.
    await workbench.flushOpen();
    const { detached } = await api.deleteDeskBlock({ id: block.id });
    deskBlocks.forget(block.id);
    setBlocks((list) => list?.filter((item) => item.id !== block.id) ?? null);
    workbench.briefsRewritten(detached);
    workbench.notify({
      text:
        detached.length === 0
          ? `Deleted “${block.name}” from Desk blocks`
          : `Deleted “${block.name}”; ${detached.length === 1 ? '1 brief keeps its text' : `${detached.length} briefs keep their text`}`,
    });
  }

  const insertBlocked = activeEditor ? null : 'Open a brief to insert a block into it';
  const searching = query.trim() !== '';

  return (
    <ModalDialog title="Desk blocks" onClose={onClose} className="modal-wide modal-top desk-library">
      <div className="desk-library-search">
        <input
          type="search"
          className="search-input"
          aria-label="Search desk blocks"
          placeholder="Search by name or title"
          value={query}
          data-autofocus
          onChange={(event) => setQuery(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Escape' && query !== '') {
              event.preventDefault();
              event.stopPropagation();
              setQuery('');
            }
          }}
        />
      </div>
      {problem && <RetryAlert message={<>Couldn’t load the desk blocks — {problem}</>} onRetry={() => setAttempt((n) => n + 1)} />}
      {blocks === null && !problem && <p className="library-note">Loading…</p>}
      {blocks !== null && blocks.length === 0 && (
        <p className="library-note">
          {searching
            ? `No desk blocks match “${query.trim()}”.`
            : 'No desk blocks yet. Use “Save as desk block” on an Editor’s Desk to keep one here.'}
        </p>
      )}
      {blocks !== null && blocks.length > 0 && (
        <ul className="library-list desk-library-list" aria-label="Desk blocks">
          {blocks.map((block) => (
            <DeskBlockRow
              key={block.id}
              block={block}
              now={now}
              insertBlocked={insertBlocked}
              onInsert={(mode) => insert(block, mode)}
              onRename={async (name) => replace(await api.renameDeskBlock({ id: block.id, name }))}
              usage={async () => (await api.deskBlockUsage({ id: block.id })).briefs}
              onDelete={() => remove(block)}
            />
          ))}
        </ul>
      )}
      <div className="modal-actions">
        <button type="button" className="button" onClick={onClose}>
          Close
        </button>
      </div>
    </ModalDialog>
  );
}
