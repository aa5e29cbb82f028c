import { type FormEvent, useMemo, useState } from 'react';
import type { LibraryFindOptions, LibraryFindResult, ReplaceJobStatus } from '../../shared/api/contract';
import { buildQuery } from '../../shared/find/find-query';
import { errorMessage } from '../format/error-message';
import { ModalDialog } from '../ui/ModalDialog';
import { useWorkbench } from '../workbench/workbench-context';
import { matchKey, ReplacePreview, tickedByDefault } from './ReplacePreview';
import { type ReplaceRun, useLibraryReplace } from './use-library-replace';
import './find-in-briefs.css';

export interface FindInBriefsDialogProps {
  /** Opened as Replace in all briefs (the Replace field shown). */
  replacing: boolean;
  onClose: () => void;
}

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString()} ${count === 1 ? one : many}`;
}

/** "Changed 12 briefs (47 replacements)", and the desk blocks changed. */
export function replaceReport(status: ReplaceJobStatus): string {
  const desks = status.desksChanged > 0 ? ` and ${plural(status.desksChanged, 'desk block')}` : '';
  const head = `Changed ${plural(status.briefsChanged, 'brief')}${desks} (${plural(status.replacements, 'replacement')})`;
  return status.state === 'cancelled' ? `Cancelled: ${head}; the briefs not reached are unchanged` : head;
}

function Progress({ run, onCancel }: { run: Extract<ReplaceRun, { kind: 'running' }>; onCancel: () => void }) {
  const total = run.status?.total ?? 0;
  const processed = run.status?.processed ?? 0;
  return (
    <div className="bulk-progress">
      <progress className="bulk-progress-bar" aria-label="Replace progress" max={Math.max(total, 1)} value={processed} />
      <p className="bulk-progress-text" role="status">
        {run.cancelling ? 'Stopping after the brief being changed…' : `Replacing: ${processed} of ${total} done`}
      </p>
      <div className="modal-actions">
        <button type="button" className="button" onClick={onCancel} disabled={run.cancelling} autoFocus>
          Cancel
        </button>
      </div>
    </div>
  );
}

/**
 * Find / Replace in all briefs: the same options as the open brief's find
 * bar, a preview (brief, field, before → after, a checkbox each), then the
 * replace in the main side with a progress bar and Cancel. Each changed brief
 * is kept as a revision first (History → Restore); the open brief is saved
 * before and loaded again after.
 */
export function FindInBriefsDialog({ replacing: startReplacing, onClose }: FindInBriefsDialogProps) {
  const { api, flushOpen, briefsRewritten, deskBlocks, notify } = useWorkbench();
  const [options, setOptions] = useState<LibraryFindOptions>({
    search: '',
    replace: '',
    caseSensitive: false,
    wholeWord: false,
    regexp: false,
  });
  const [replacing, setReplacing] = useState(startReplacing);
  const [found, setFound] = useState<{ options: LibraryFindOptions; result: LibraryFindResult } | null>(null);
  const [searching, setSearching] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [ticked, setTicked] = useState<ReadonlySet<string>>(new Set());
  const { run, start, cancel, reset } = useLibraryReplace(api, (status) => {
    briefsRewritten(status.changedBriefIds);
    for (const match of found?.result.matches ?? []) if (match.source === 'desk') void deskBlocks.refresh(match.id);
    notify({ text: replaceReport(status) });
  });
  const invalid = useMemo(() => {
    const built = buildQuery(options);
    return built.ok ? null : built.error;
  }, [options]);

  const change = (patch: Partial<LibraryFindOptions>): void => setOptions((now) => ({ ...now, ...patch }));

  async function search(event: FormEvent): Promise<void> {
    event.preventDefault();
    if (options.search === '' || invalid !== null || searching) return;
    setSearching(true);
    setFailure(null);
    reset();
    try {
      await flushOpen();
      const result = await api.findInLibrary(options);
      setFound({ options, result });
      setTicked(new Set(result.matches.filter(tickedByDefault).map(matchKey)));
    } catch (error) {
      setFailure(errorMessage(error));
    } finally {
      setSearching(false);
    }
  }

  async function replace(): Promise<void> {
    if (!found) return;
    const picks = found.result.matches.filter((match) => ticked.has(matchKey(match)));
    if (picks.length === 0) return;
    if (!(await flushOpen())) {
      setFailure('The open brief could not be saved: nothing was replaced.');
      return;
    }
    start(
      found.options,
      picks.map(({ source, id, index, match }) => ({ source, id, index, match })),
    );
  }

  const result = found?.result ?? null;
  const stale = found !== null && (found.options.search !== options.search || found.options.replace !== options.replace);
  const busy = run.kind === 'running';
  return (
    <ModalDialog
      title={replacing ? 'Replace in all briefs' : 'Find in all briefs'}
      onClose={busy ? () => undefined : onClose}
      className="find-in-briefs"
    >
      <form className="find-in-briefs-form" onSubmit={(event) => void search(event)}>
        <div className="find-in-briefs-fields">
          <input
            type="search"
            aria-label="Find in all briefs"
            placeholder="Find in all briefs"
            value={options.search}
            data-autofocus
            disabled={busy}
            onChange={(event) => change({ search: event.target.value })}
          />
          {replacing && (
            <input
              type="text"
              aria-label="Replace with"
              placeholder="Replace with"
              value={options.replace}
              disabled={busy}
              onChange={(event) => change({ replace: event.target.value })}
            />
          )}
          <button type="submit" className="button" disabled={busy || options.search === '' || invalid !== null} aria-busy={searching}>
            {searching ? 'Searching…' : 'Find'}
          </button>
        </div>
        <div className="find-in-briefs-options">
          <label>
            <input
              type="checkbox"
              checked={options.caseSensitive}
              disabled={busy}
              onChange={(event) => change({ caseSensitive: event.target.checked })}
            />{' '}
            Match case
          </label>
          <label>
            <input
              type="checkbox"
              checked={options.wholeWord}
              disabled={busy}
              onChange={(event) => change({ wholeWord: event.target.checked })}
            />{' '}
            Whole word
          </label>
          <label>
            <input
              type="checkbox"
              checked={options.regexp}
              disabled={busy}
              onChange={(event) => change({ regexp: event.target.checked })}
            />{' '}
            Regular expression
          </label>
          {!replacing && (
            <button type="button" className="button button-quiet" onClick={() => setReplacing(true)}>
              Replace…
            </button>
          )}
        </div>
        {(invalid ?? result?.problem ?? failure) && (
          <p className="find-in-briefs-problem" role="alert">
            {invalid ?? result?.problem ?? failure}
          </p>
        )}
      </form>
      {result && result.problem === null && (run.kind === 'idle' || run.kind === 'failed') && (
        <>
          <p className="find-in-briefs-summary" role="status">
            {result.matches.length === 0
              ? `No matches in ${plural(result.briefsSearched, 'brief')}`
              : `${plural(result.matches.length, 'match', 'matches')} in ${plural(new Set(result.matches.map((m) => `${m.source}:${m.id}`)).size, 'brief or desk block', 'briefs or desk blocks')} (${plural(result.briefsSearched, 'brief')} searched)`}
            {result.truncated && ' — only the first ones are listed'}
            {result.syncedCopies > 0 &&
              `. ${plural(result.syncedCopies, 'match', 'matches')} in synced desk blocks: they change only through the desk block’s own rows.`}
            {stale && ' Press Find again to search for what you typed now.'}
          </p>
          {replacing && result.matches.length > 0 && (
            <div className="find-in-briefs-select">
              <button type="button" className="button button-quiet" onClick={() => setTicked(new Set(result.matches.map(matchKey)))}>
                Select all
              </button>
              <button type="button" className="button button-quiet" onClick={() => setTicked(new Set())}>
                Select none
              </button>
              <span>{plural(ticked.size, 'match', 'matches')} selected</span>
            </div>
          )}
          <ReplacePreview
            matches={result.matches}
            replacing={replacing}
            ticked={ticked}
            onToggle={(key, on) =>
              setTicked((now) => {
                const next = new Set(now);
                if (on) next.add(key);
                else next.delete(key);
                return next;
              })
            }
          />
        </>
      )}
      {run.kind === 'running' && <Progress run={run} onCancel={cancel} />}
      {run.kind === 'finished' && (
        <div className="find-in-briefs-report" role="status">
          <p>{replaceReport(run.status)}. Undo a brief with History → Restore (“Before replace in all briefs”).</p>
          {run.status.notes.length > 0 && (
            <ul>
              {run.status.notes.map((note) => (
                <li key={note}>{note}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      {run.kind === 'failed' && (
        <p className="find-in-briefs-problem" role="alert">
          Replace failed — {run.message}
        </p>
      )}
      {!busy && (
        <div className="modal-actions">
          <button type="button" className="button" onClick={onClose}>
            Close
          </button>
          {replacing && result && result.problem === null && run.kind !== 'finished' && (
            <button type="button" className="button button-primary" disabled={ticked.size === 0 || stale} onClick={() => void replace()}>
              Replace {plural(ticked.size, 'match', 'matches')}
            </button>
          )}
        </div>
      )}
    </ModalDialog>
  );
}
