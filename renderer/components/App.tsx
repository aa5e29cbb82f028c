import { useCallback, useEffect, useRef, useState } from 'react';
import type { BriefdeskApi } from '../../shared/api/contract';
import type { BriefSummary } from '../../shared/model/brief';
import { useBriefActions } from '../hooks/use-brief-actions';
import { useGlobalShortcuts } from '../hooks/use-global-shortcuts';
import { useLibrary } from '../hooks/use-library';
import { useNow } from '../hooks/use-now';
import { useOpenBrief } from '../hooks/use-open-brief';
import { useUnloadGuard } from '../hooks/use-unload-guard';
import { readImageFile } from '../model/read-image-file';
import { ConfirmPurgeDialog } from './ConfirmPurgeDialog';
import { EditorPane } from './EditorPane';
import { EmptyLibrary } from './EmptyLibrary';
import { PaneMessage } from './PaneMessage';
import { Sidebar } from './Sidebar';
import { Toast, type ToastMessage } from './Toast';

/** Briefdesk: the library on the left, the open brief on the right. */
export function App({ api }: { api: BriefdeskApi }) {
  const library = useLibrary(api);
  const opened = useOpenBrief(api, (result) => library.upsert(result.summary));
  const [filter, setFilter] = useState('');
  const [toast, setToast] = useState<ToastMessage | null>(null);
  const [purging, setPurging] = useState<BriefSummary | null>(null);
  const now = useNow();
  const toastIds = useRef(0);
  const autoOpened = useRef(false);

  const notify = useCallback((message: Omit<ToastMessage, 'id'>) => setToast({ ...message, id: ++toastIds.current }), []);
  const dismissToast = useCallback(() => setToast(null), []);
  const actions = useBriefActions({ api, library, opened, filter, setFilter, notify });
  const uploadImage = useCallback(async (file: File) => api.addImage(await readImageFile(file)), [api]);

  useUnloadGuard(opened.registry);
  useGlobalShortcuts({ onNewBrief: actions.newBrief, onSave: () => void opened.flush() });

  // On start, open the most recently updated brief.
  const first = library.briefs[0];
  useEffect(() => {
    if (autoOpened.current || library.status !== 'ready' || library.view !== 'briefs') return;
    autoOpened.current = true;
    if (first && opened.current.kind === 'none') opened.open(first.id);
  }, [library.status, library.view, first, opened]);

  const current = opened.current;
  const openId = current.kind === 'open' ? current.brief.id : current.kind === 'none' ? null : current.id;

  useEffect(() => {
    document.title = 'Briefdesk';
  }, []);

  function pane() {
    if (current.kind === 'open') {
      return (
        <EditorPane
          key={current.session}
          brief={current.brief}
          controller={current.controller}
          focusHeadline={current.focusHeadline}
          uploadImage={uploadImage}
          onDuplicate={actions.duplicateOpen}
          onDelete={actions.trashOpen}
          onReload={opened.reload}
        />
      );
    }
    if (current.kind === 'loading') return <PaneMessage title={current.id === '' ? 'One moment…' : 'Opening…'} />;
    if (current.kind === 'error') {
      return (
        <PaneMessage title="Couldn’t open this brief" alert>
          <p>{current.message}</p>
          <button type="button" className="button" onClick={opened.reload}>
            Retry
          </button>
        </PaneMessage>
      );
    }
    if (library.status === 'ready' && library.view === 'briefs' && library.briefs.length === 0) {
      return <EmptyLibrary onNewBrief={actions.newBrief} />;
    }
    if (library.status === 'loading') return <PaneMessage title="Loading your briefs…" />;
    return (
      <PaneMessage title="No brief open">
        <p>Choose a brief from the list, or start a new one.</p>
      </PaneMessage>
    );
  }

  return (
    <div className="app">
      <Sidebar
        library={library}
        openId={openId}
        filter={filter}
        now={now}
        onFilterChange={setFilter}
        onNewBrief={actions.newBrief}
        onOpen={opened.open}
        onRestore={actions.restore}
        onPurge={setPurging}
      />
      {pane()}
      <Toast toast={toast} onDismiss={dismissToast} />
      {purging && (
        <ConfirmPurgeDialog
          headline={purging.headline}
          onCancel={() => setPurging(null)}
          onConfirm={() => {
            actions.purge(purging);
            setPurging(null);
          }}
        />
      )}
    </div>
  );
}
