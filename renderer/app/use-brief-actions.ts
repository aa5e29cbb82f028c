import { useCallback, useRef } from 'react';
import type { BriefdeskApi } from '../../shared/api/contract';
import type { BriefSummary } from '../../shared/model/brief';
import { DEFAULT_TEMPLATE_ID } from '../../shared/model/template';
import type { ToastMessage } from '../ui/Toast';
import { contentOf, summaryOf } from '../brief/content-of';
import { errorMessage } from '../format/error-message';
import { displayHeadline } from '../format/untitled';
import type { Library } from '../library/use-library';
import type { OpenBriefApi } from '../brief/use-open-brief';

export interface BriefActionsDeps {
  api: BriefdeskApi;
  library: Library;
  opened: OpenBriefApi;
  filter: string;
  setFilter: (filter: string) => void;
  notify: (toast: Omit<ToastMessage, 'id'>) => void;
}

export interface BriefActions {
  /**
   * A new brief from the built-in template. It stays in the window only —
   * no file, no row — until its first change writes it (see SaveController's
   * draft); left untouched, it is gone.
   */
  newBrief: () => void;
  /** A new brief from the template with this id (held like newBrief's). */
  newBriefFrom: (templateId: string) => void;
  duplicateOpen: () => void;
  trashOpen: () => void;
  restore: (brief: BriefSummary) => void;
  purge: (brief: BriefSummary) => void;
}

/**
 * Put keyboard focus on a brief's row in the library (after the open brief
 * changed under the cursor) — when the library is shown; otherwise the brief
 * that opens takes it (EditorPane's hand-over).
 */
function focusRow(id: string): void {
  requestAnimationFrame(() => {
    const row = document.querySelector<HTMLElement>(`[data-brief-id="${CSS.escape(id)}"]`);
    if (row?.checkVisibility()) row.focus();
  });
}

/** What can be done to briefs as a whole: create, duplicate, trash (with undo), restore, purge. */
export function useBriefActions({ api, library, opened, filter, setFilter, notify }: BriefActionsDeps): BriefActions {
  const creating = useRef(false);
  const depsRef = useRef({ library, opened, filter });
  depsRef.current = { library, opened, filter };

  const fail = useCallback((what: string, error: unknown) => notify({ text: `Couldn’t ${what} — ${errorMessage(error)}` }), [notify]);

  const newBriefFrom = useCallback(
    (templateId: string) => {
      if (creating.current) return;
      creating.current = true;
      const { library: lib, opened: open } = depsRef.current;
      const previousId = open.showPending();
      api
        .draftBrief({ templateId })
        .then((brief) => {
          if (lib.view !== 'briefs') lib.setView('briefs');
          setFilter('');
          depsRef.current.opened.openLoaded(brief, { focusHeadline: true, draft: true });
        })
        .catch((error: unknown) => {
          if (previousId) depsRef.current.opened.open(previousId);
          else depsRef.current.opened.close();
          fail('create a brief', error);
        })
        .finally(() => {
          creating.current = false;
        });
    },
    [api, fail, setFilter],
  );

  const newBrief = useCallback(() => newBriefFrom(DEFAULT_TEMPLATE_ID), [newBriefFrom]);

  const duplicateOpen = useCallback(() => {
    const { library: lib, opened: open } = depsRef.current;
    const current = open.current;
    if (current.kind !== 'open') return;
    const id = current.brief.id;
    void open
      .flush()
      .then(() => {
        depsRef.current.opened.showPending();
        return api.duplicateBrief({ id });
      })
      .then((copy) => {
        if (lib.view === 'briefs') lib.upsert(summaryOf(copy));
        depsRef.current.opened.openLoaded(copy, { focusHeadline: true });
        notify({ text: `Duplicated as “${displayHeadline(contentOf(copy).headline)}”` });
      })
      .catch((error: unknown) => {
        depsRef.current.opened.open(id);
        fail('duplicate the brief', error);
      });
  }, [api, fail, notify]);

  const undoTrash = useCallback(
    (id: string) => {
      api
        .restoreBrief({ id })
        .then((summary) => {
          const { library: lib, opened: open } = depsRef.current;
          if (lib.view === 'briefs') lib.upsert(summary);
          else lib.remove(id);
          open.open(id);
          focusRow(id);
        })
        .catch((error: unknown) => fail('restore the brief', error));
    },
    [api, fail],
  );

  const trashOpen = useCallback(() => {
    const { library: lib, opened: open } = depsRef.current;
    const current = open.current;
    if (current.kind !== 'open') return;
    const id = current.brief.id;
    if (current.controller.isDraft && !current.controller.hasUnsavedChanges()) {
      // Nothing of a new brief was ever written: there is nothing to move to the Trash.
      open.close();
      notify({ text: 'Discarded the new brief' });
      return;
    }
    const next = lib.neighbourOf(id);
    void open
      .flush()
      .then(() => {
        depsRef.current.opened.showPending();
        return api.trashBrief({ id });
      })
      .then(() => {
        lib.remove(id);
        const latest = depsRef.current.opened;
        if (next && next.id !== id) {
          latest.open(next.id);
          focusRow(next.id);
        } else {
          latest.close();
        }
        notify({ text: 'Moved to Trash', action: { label: 'Undo', accessibleName: 'Undo move to Trash', run: () => undoTrash(id) } });
      })
      .catch((error: unknown) => {
        depsRef.current.opened.open(id);
        fail('move the brief to the Trash', error);
      });
  }, [api, fail, notify, undoTrash]);

  const restore = useCallback(
    (brief: BriefSummary) => {
      api
        .restoreBrief({ id: brief.id })
        .then((summary) => {
          depsRef.current.library.remove(summary.id);
          notify({ text: `Restored “${displayHeadline(summary.headline)}”` });
        })
        .catch((error: unknown) => fail('restore the brief', error));
    },
    [api, fail, notify],
  );

  const purge = useCallback(
    (brief: BriefSummary) => {
      api
        .purgeBrief({ id: brief.id })
        .then(() => {
          depsRef.current.library.remove(brief.id);
          depsRef.current.opened.registry.discard(brief.id);
          notify({ text: `Deleted “${displayHeadline(brief.headline)}” forever` });
        })
        .catch((error: unknown) => fail('delete the brief', error));
    },
    [api, fail, notify],
  );

  return { newBrief, newBriefFrom, duplicateOpen, trashOpen, restore, purge };
}
