import { useCallback, useRef } from 'react';
import type { BriefdeskApi } from '../../shared/api/contract';
import type { Library } from '../library/use-library';
import type { OpenBriefApi } from '../brief/use-open-brief';
import { singleImportedId } from './import-summary';
import type { ImportOutcome } from './run-import';
import { type Importer, useImport } from './use-import';

export interface LibraryImportDeps {
  api: BriefdeskApi;
  library: Library;
  opened: OpenBriefApi;
  setFilter: (filter: string) => void;
}

export interface LibraryImporter extends Importer {
  /** Opens an imported brief from the results (and closes them), then puts focus on its library row. */
  openImported: (id: string) => void;
}

/** Whether keyboard focus is nowhere (the element that had it before the dialog is gone). */
function focusLost(): boolean {
  return document.activeElement === null || document.activeElement === document.body;
}

/** Put keyboard focus on a brief's row in the library once the dialog has given focus back (`always`, or only if it went nowhere). */
function focusRowSoon(id: string, when: 'always' | 'if-lost'): void {
  requestAnimationFrame(() => {
    if (when === 'if-lost' && !focusLost()) return;
    document.querySelector<HTMLElement>(`[data-brief-id="${CSS.escape(id)}"]`)?.focus();
  });
}

/**
 * Import into the library: once the files are in, the list shows the live
 * briefs unfiltered (leaving the Trash view and clearing the filter, so the
 * new ones are in sight), and a lone imported brief is opened.
 */
export function useLibraryImport({ api, library, opened, setFilter }: LibraryImportDeps): LibraryImporter {
  const deps = useRef({ library, opened, setFilter });
  deps.current = { library, opened, setFilter };

  const onFinished = useCallback((outcomes: readonly ImportOutcome[]) => {
    const { library: lib, opened: open, setFilter: clearFilter } = deps.current;
    if (!outcomes.some((outcome) => outcome.kind === 'imported')) return;
    clearFilter('');
    if (lib.view === 'briefs') lib.reload();
    else lib.setView('briefs');
    const id = singleImportedId(outcomes);
    if (id !== null) open.open(id);
  }, []);

  const importer = useImport(api, onFinished);
  const { state, dismiss } = importer;
  const openedByImport = state.phase === 'done' ? singleImportedId(state.outcomes) : null;

  const openImported = useCallback(
    (id: string) => {
      dismiss();
      deps.current.opened.open(id);
      focusRowSoon(id, 'always');
    },
    [dismiss],
  );

  // Focus goes back where it was; if that was in the brief the import replaced, to the new brief's row.
  const dismissResults = useCallback(() => {
    dismiss();
    if (openedByImport !== null) focusRowSoon(openedByImport, 'if-lost');
  }, [dismiss, openedByImport]);

  return { ...importer, dismiss: dismissResults, openImported };
}
