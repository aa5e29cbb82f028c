import type { Editor } from '@tiptap/react';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { BriefdeskApi, SaveResult } from '../../shared/api/contract';
import type { BriefSummary } from '../../shared/model/brief';
import type { ToastMessage } from '../ui/Toast';
import type { OpenBriefApi } from '../brief/use-open-brief';
import { errorMessage } from '../format/error-message';
import { keptTimeLabel } from './format-time';
import { openSaveBroadcast, type SaveBroadcast } from './save-broadcast';
import { stasherOf } from './stashers';
import { captureView, restoreView, type ViewState } from './view-state';
import { windowId } from './window-id';

export interface OtherWindowsApi {
  /** The open brief was saved elsewhere while this window has unsaved edits: ask what to do. */
  changedElsewhere: boolean;
  busy: boolean;
  error: string | null;
  /** Keep this window's unsaved edits as a revision, then show what was saved elsewhere. */
  reloadKeeping: () => void;
  /** Keep what was saved elsewhere as a revision, then go on saving this window's edits over it. */
  keepEditing: () => void;
  /** Tell the other windows about a save made here. */
  announce: (result: SaveResult) => void;
}

export interface OtherWindowsOptions {
  api: BriefdeskApi;
  opened: OpenBriefApi;
  /** The open brief's body editor (to keep the cursor across a reload). */
  activeEditor: Editor | null;
  /** A brief's library row changed in another window. */
  onSummary: (summary: BriefSummary) => void;
  notify: (message: Omit<ToastMessage, 'id'>) => void;
}

/**
 * Two windows on one brief never silently overwrite each other. Each window
 * tells the others (BroadcastChannel) when it saved a brief; a window showing
 * that brief with nothing unsaved loads the new version quietly, keeping the
 * cursor where it was; one with unsaved edits — or whose save met a
 * conflict — asks: reload (its edits kept as a revision) or keep editing
 * (the other version kept as a revision).
 */
export function useOtherWindows({ api, opened, activeEditor, onSummary, notify }: OtherWindowsOptions): OtherWindowsApi {
  const [broadcast, setBroadcast] = useState<SaveBroadcast | null>(null);
  const [changedFor, setChangedFor] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const pendingView = useRef<ViewState | null>(null);
  const openedRef = useRef(opened);
  openedRef.current = opened;
  const editorRef = useRef(activeEditor);
  editorRef.current = activeEditor;
  const onSummaryRef = useRef(onSummary);
  onSummaryRef.current = onSummary;

  const current = opened.current;
  const session = current.kind === 'open' ? current.session : null;
  const controller = current.kind === 'open' ? current.controller : null;

  // Opened and closed by one effect, so a remount (or StrictMode's double run) never posts on a closed channel.
  useEffect(() => {
    const channel = openSaveBroadcast(windowId);
    setBroadcast(channel);
    return () => channel.close();
  }, []);

  /** Load the saved brief into this window in place of the open one, keeping the cursor. */
  const reloadQuietly = useCallback(
    (id: string, forSession: number) => {
      api.getBrief({ id }).then(
        (brief) => {
          const now = openedRef.current.current;
          if (now.kind !== 'open' || now.session !== forSession || now.brief.id !== id) return;
          if (now.controller.hasUnsavedChanges()) {
            setChangedFor(forSession);
            return;
          }
          if (brief.revision <= now.controller.getState().revision) return;
          pendingView.current = captureView(document, editorRef.current);
          openedRef.current.replace(brief);
        },
        () => undefined,
      );
    },
    [api],
  );

  // Saves announced by other windows.
  useEffect(
    () =>
      broadcast?.listen((message) => {
        onSummaryRef.current(message.summary);
        const now = openedRef.current.current;
        if (now.kind !== 'open' || now.brief.id !== message.id) return;
        if (message.revision <= now.controller.getState().revision) return;
        if (now.controller.hasUnsavedChanges()) setChangedFor(now.session);
        else reloadQuietly(message.id, now.session);
      }),
    [broadcast, reloadQuietly],
  );

  // A save here met a conflict (the brief changed without this window hearing of it).
  useEffect(() => {
    if (!controller || session === null) return undefined;
    const check = () => {
      if (controller.getState().conflict) setChangedFor(session);
    };
    check();
    return controller.subscribe(check);
  }, [controller, session]);

  // Back where the analyst was, once the reloaded brief's editor is ready.
  useEffect(() => {
    const view = pendingView.current;
    if (!view || !activeEditor) return;
    pendingView.current = null;
    restoreView(document, activeEditor, view);
  }, [activeEditor]);

  const announce = useCallback(
    (result: SaveResult) =>
      broadcast?.post({ type: 'saved', writer: windowId, id: result.summary.id, revision: result.revision, summary: result.summary }),
    [broadcast],
  );

  const reloadKeeping = useCallback(() => {
    const now = openedRef.current.current;
    if (now.kind !== 'open' || busy) return;
    setBusy(true);
    setError(null);
    void (async () => {
      try {
        const { controller: open } = now;
        const content = open.latestContent();
        let keptName: string | null = null;
        if (content && open.hasUnsavedChanges()) {
          keptName = `Unsaved changes set aside at ${keptTimeLabel(new Date().toISOString())}`;
          await api.keepUnsaved({ id: open.id, baseRevision: open.getState().revision, content, name: keptName });
        }
        const stasher = stasherOf(open);
        stasher?.stop();
        await stasher?.dropNow();
        const brief = await api.getBrief({ id: open.id });
        setChangedFor(null);
        openedRef.current.replace(brief);
        notify({
          text: keptName
            ? `Loaded the version saved in another window. Your unsaved changes are kept in the brief’s history as “${keptName}”.`
            : 'Loaded the version saved in another window.',
        });
      } catch (failure) {
        setError(`Couldn’t reload — ${errorMessage(failure)}. Your changes here are still in the editor.`);
      } finally {
        setBusy(false);
      }
    })();
  }, [api, busy, notify]);

  const keepEditing = useCallback(() => {
    const now = openedRef.current.current;
    if (now.kind !== 'open' || busy) return;
    setBusy(true);
    setError(null);
    const name = `Saved in another window, replaced at ${keptTimeLabel(new Date().toISOString())}`;
    api.saveVersion({ id: now.controller.id, name }).then(
      (kept) => {
        now.controller.rebase(kept.briefRevision);
        setChangedFor(null);
        setBusy(false);
        notify({ text: `Keeping your changes. The other window’s version is kept in the brief’s history as “${name}”.` });
      },
      (failure: unknown) => {
        setError(`Couldn’t keep the other version — ${errorMessage(failure)}. Nothing was overwritten.`);
        setBusy(false);
      },
    );
  }, [api, busy, notify]);

  return { changedElsewhere: changedFor !== null && changedFor === session, busy, error, reloadKeeping, keepEditing, announce };
}
