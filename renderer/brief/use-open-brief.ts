import { useCallback, useEffect, useRef, useState } from 'react';
import type { BriefdeskApi, SaveResult } from '../../shared/api/contract';
import type { Brief } from '../../shared/model/brief';
import { errorMessage } from '../format/error-message';
import { contentOf } from './content-of';
import { SaveController } from '../save/save-controller';
import { SaveRegistry } from '../save/save-registry';

export type OpenBrief =
  | { kind: 'none' }
  | { kind: 'loading'; id: string }
  | { kind: 'error'; id: string; message: string }
  | { kind: 'open'; brief: Brief; controller: SaveController; focusHeadline: boolean; session: number };

export interface OpenBriefApi {
  current: OpenBrief;
  registry: SaveRegistry;
  /** Open a brief by id (loads it). */
  open: (id: string) => void;
  /**
   * Open a brief already in hand (just created or duplicated); `draft` for a
   * new brief not on disk yet, written by its first change.
   */
  openLoaded: (brief: Brief, options?: { focusHeadline?: boolean; draft?: boolean }) => void;
  /**
   * Close the open brief at once while a new one is being made (so nothing is
   * typed into the old one meanwhile). Returns the id that was open.
   */
  showPending: () => string | null;
  /** Throw away unsaved changes and load the brief from disk again. */
  reload: () => void;
  /** Show a newer copy of the open brief in its place (fetched after another window saved it); the open one's unsaved state goes. */
  replace: (brief: Brief) => void;
  close: () => void;
  /** Save the open brief now (a new one never changed is written as it is). */
  flush: () => Promise<boolean>;
}

/**
 * Which brief is open, with its save controller; switching briefs flushes the
 * previous one. `onCreated` sees each new controller (to keep its unsaved edits).
 */
export function useOpenBrief(
  api: BriefdeskApi,
  onSaved: (result: SaveResult) => void,
  onCreated?: (controller: SaveController) => void,
): OpenBriefApi {
  const onSavedRef = useRef(onSaved);
  onSavedRef.current = onSaved;
  const onCreatedRef = useRef(onCreated);
  onCreatedRef.current = onCreated;
  const [registry] = useState(
    () =>
      new SaveRegistry((id, revision, draft) => {
        const controller = new SaveController({
          id,
          revision,
          draft,
          save: (request) => api.saveBrief(request),
          onSaved: (result) => onSavedRef.current(result),
        });
        onCreatedRef.current?.(controller);
        return controller;
      }),
  );
  const [current, setCurrent] = useState<OpenBrief>({ kind: 'none' });
  const currentRef = useRef(current);
  currentRef.current = current;
  const request = useRef(0);
  const sessions = useRef(0);

  const releaseCurrent = useCallback(() => {
    const open = currentRef.current;
    if (open.kind === 'open') registry.release(open.brief.id);
  }, [registry]);

  const show = useCallback(
    (brief: Brief, focusHeadline: boolean, draft = false) => {
      const controller = registry.open(
        brief.id,
        brief.revision,
        draft ? { createdAt: brief.createdAt, content: contentOf(brief) } : undefined,
      );
      const pending = controller.latestContent();
      // Reopened before its last changes were saved: show those changes, not the older copy on disk.
      const shown = pending ? { ...brief, ...pending, revision: controller.getState().revision } : brief;
      setCurrent({ kind: 'open', brief: shown, controller, focusHeadline, session: ++sessions.current });
    },
    [registry],
  );

  const open = useCallback(
    (id: string) => {
      const previous = currentRef.current;
      if (previous.kind === 'open' && previous.brief.id === id) return;
      releaseCurrent();
      const ticket = ++request.current;
      setCurrent({ kind: 'loading', id });
      api.getBrief({ id }).then(
        (brief) => {
          if (ticket === request.current) show(brief, false);
        },
        (error: unknown) => {
          if (ticket === request.current) setCurrent({ kind: 'error', id, message: errorMessage(error) });
        },
      );
    },
    [api, releaseCurrent, show],
  );

  const openLoaded = useCallback(
    (brief: Brief, options: { focusHeadline?: boolean; draft?: boolean } = {}) => {
      releaseCurrent();
      request.current += 1;
      show(brief, options.focusHeadline ?? false, options.draft);
    },
    [releaseCurrent, show],
  );

  const showPending = useCallback((): string | null => {
    const previous = currentRef.current;
    const previousId = previous.kind === 'open' ? previous.brief.id : previous.kind === 'none' ? null : previous.id;
    releaseCurrent();
    request.current += 1;
    const pending: OpenBrief = { kind: 'loading', id: '' };
    currentRef.current = pending;
    setCurrent(pending);
    return previousId;
  }, [releaseCurrent]);

  const reload = useCallback(() => {
    const previous = currentRef.current;
    if (previous.kind === 'none') return;
    const id = previous.kind === 'open' ? previous.brief.id : previous.id;
    registry.discard(id);
    currentRef.current = { kind: 'none' };
    open(id);
  }, [open, registry]);

  const replace = useCallback(
    (brief: Brief) => {
      const previous = currentRef.current;
      if (previous.kind !== 'open' || previous.brief.id !== brief.id) return;
      registry.discard(brief.id);
      request.current += 1;
      show(brief, false);
    },
    [registry, show],
  );

  const close = useCallback(() => {
    releaseCurrent();
    request.current += 1;
    setCurrent({ kind: 'none' });
  }, [releaseCurrent]);

  const flush = useCallback(async () => {
    const open = currentRef.current;
    return open.kind === 'open' ? open.controller.keep() : true;
  }, []);

  useEffect(() => () => registry.disposeAll(), [registry]);

  return { current, registry, open, openLoaded, showPending, reload, replace, close, flush };
}
