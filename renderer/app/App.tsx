import type { Editor } from '@tiptap/react';
import { lazy, Suspense, useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import type { BriefdeskApi, SaveResult } from '../../shared/api/contract';
import type { BriefSummary } from '../../shared/model/brief';
import { useBriefActions } from './use-brief-actions';
import { useGlobalShortcuts } from './use-global-shortcuts';
import { useRegionCycling } from './use-region-cycling';
import { useSidebarPanel } from './use-sidebar-panel';
import { SidebarToggle } from './SidebarToggle';
import { useLibrary } from '../library/use-library';
import { useNow } from '../format/use-now';
import { useOpenBrief } from '../brief/use-open-brief';
import { useUnloadGuard } from './use-unload-guard';
import { ChangedElsewhereNotice } from '../recovery/ChangedElsewhereNotice';
import { RecoveryNotice } from '../recovery/RecoveryNotice';
import { attachStasher } from '../recovery/stashers';
import { useOtherWindows } from '../recovery/use-other-windows';
import { useRecoveryOffer, useStartupRecovery } from '../recovery/use-recovery-offer';
import { summaryOf } from '../brief/content-of';
import { readImageFile } from '../files/read-image-file';
import { DeskBlockCache } from '../desk/desk-block-cache';
import { type Workbench, WorkbenchContext } from '../workbench/workbench-context';
import { ImportFlow } from '../import/ImportFlow';
import { PublishingProvider } from '../publish/PublishingProvider';
import { useLibraryImport } from '../import/use-library-import';
import { ConfirmPurgeDialog } from '../library/ConfirmPurgeDialog';
import { EmptyLibrary } from '../library/EmptyLibrary';
import { PaneMessage } from '../ui/PaneMessage';
import { Sidebar } from './Sidebar';
import { CommandCenter } from '../commands/CommandCenter';
import { Toast, type ToastMessage } from '../ui/Toast';

/** The editor (TipTap, export, history, publishing…) loads after the library list, on the first brief opened. */
const EditorPane = lazy(async () => ({ default: (await import('./EditorPane')).EditorPane }));
/** The library's dialogs load when first opened. */
const DeskLibraryDialog = lazy(async () => ({ default: (await import('../desk/DeskLibraryDialog')).DeskLibraryDialog }));
const NewFromTemplateDialog = lazy(async () => ({ default: (await import('../templates/NewFromTemplateDialog')).NewFromTemplateDialog }));

/** Briefdesk: the library on the left, the open brief on the right. */
export function App({ api }: { api: BriefdeskApi }) {
  const library = useLibrary(api);
  const announceSave = useRef<(result: SaveResult) => void>(() => undefined);
  const opened = useOpenBrief(
    api,
    (result) => {
      library.upsert(result.summary);
      announceSave.current(result);
    },
    (controller) => attachStasher(controller, api),
  );
  const [filter, setFilter] = useState('');
  const [toast, setToast] = useState<ToastMessage | null>(null);
  const [purging, setPurging] = useState<BriefSummary | null>(null);
  const [libraryDialog, setLibraryDialog] = useState<'none' | 'new-from-template' | 'desk-library'>('none');
  const [activeEditor, setActiveEditor] = useState<Editor | null>(null);
  const [deskBlocks] = useState(() => new DeskBlockCache((id) => api.getDeskBlock({ id })));
  const now = useNow();
  const toastIds = useRef(0);
  const autoOpened = useRef(false);
  const sidebarRef = useRef<HTMLElement>(null);
  const paneFocusHandOver = useRef(false);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const sidebarId = useId();
  const panel = useSidebarPanel(sidebarRef, toggleRef);
  const drawerOpen = panel.mode === 'drawer' && panel.drawerOpen;

  const notify = useCallback((message: Omit<ToastMessage, 'id'>) => setToast({ ...message, id: ++toastIds.current }), []);
  const dismissToast = useCallback(() => setToast(null), []);
  const actions = useBriefActions({ api, library, opened, filter, setFilter, notify });
  const importer = useLibraryImport({ api, library, opened, setFilter });
  const uploadImage = useCallback(async (file: File) => api.addImage(await readImageFile(file)), [api]);

  const windows = useOtherWindows({ api, opened, activeEditor, onSummary: library.upsert, notify });
  announceSave.current = windows.announce;
  const recovery = useRecoveryOffer({
    api,
    opened,
    notify,
    onRecovered: (brief) => {
      const summary = summaryOf(brief);
      library.upsert(summary);
      windows.announce({ revision: brief.revision, updatedAt: brief.updatedAt, summary });
    },
  });
  const startup = useStartupRecovery(api, notify);

  useUnloadGuard(opened.registry);
  useGlobalShortcuts({ onNewBrief: actions.newBrief, onSave: () => void opened.flush(), onToggleLibrary: panel.toggle });
  useRegionCycling();
  const { closeDrawer } = panel;
  const openFromLibrary = useCallback(
    (id: string) => {
      opened.open(id);
      // In a narrow window the drawer gives the brief its place back; focus stays at hand on the library's toggle.
      if (drawerOpen) closeDrawer(toggleRef.current);
    },
    [opened, drawerOpen, closeDrawer],
  );
  const editorFocus = useCallback(() => document.querySelector<HTMLElement>('.editor-pane'), []);

  // On start, open the brief with kept unsaved changes, else the most recently updated one.
  const first = library.first;
  const rebuilding = library.index.state === 'rebuilding' && first === null;
  useEffect(() => {
    if (autoOpened.current || library.status !== 'ready' || library.view !== 'briefs' || !startup.checked || rebuilding) return;
    autoOpened.current = true;
    const target = startup.briefId ?? first?.id;
    if (target && opened.current.kind === 'none') opened.open(target);
  }, [library.status, library.view, first, opened, startup, rebuilding]);

  const current = opened.current;
  const openId = current.kind === 'open' ? current.brief.id : current.kind === 'none' ? null : current.id;

  useEffect(() => {
    document.title = 'Briefdesk';
  }, []);

  const { reload: reloadOpen, flush: flushOpen } = opened;
  const reloadLibrary = library.reload;
  const openDeskLibrary = useCallback(() => setLibraryDialog('desk-library'), []);
  const briefsRewritten = useCallback(
    (ids: readonly string[]) => {
      if (ids.length === 0) return;
      reloadLibrary();
      if (openId !== null && ids.includes(openId)) reloadOpen();
    },
    [openId, reloadLibrary, reloadOpen],
  );
  const workbench = useMemo<Workbench>(
    () => ({
      api,
      deskBlocks,
      openBriefId: openId,
      flushOpen,
      activeEditor,
      setActiveEditor,
      openDeskLibrary,
      briefsRewritten,
      notify,
    }),
    [api, deskBlocks, openId, flushOpen, activeEditor, openDeskLibrary, briefsRewritten, notify],
  );

  function pane() {
    if (current.kind === 'open') {
      return (
        <Suspense fallback={<PaneMessage title="Opening…" />}>
          <EditorPane
            key={current.session}
            brief={current.brief}
            controller={current.controller}
            focusHeadline={current.focusHeadline}
            focusHandOver={paneFocusHandOver}
            uploadImage={uploadImage}
            onDuplicate={actions.duplicateOpen}
            onDelete={actions.trashOpen}
            onReload={windows.reloadKeeping}
            notice={
              windows.changedElsewhere ? (
                <ChangedElsewhereNotice
                  busy={windows.busy}
                  error={windows.error}
                  onReload={windows.reloadKeeping}
                  onKeepEditing={windows.keepEditing}
                />
              ) : recovery.offer ? (
                <RecoveryNotice
                  offer={recovery.offer}
                  busy={recovery.busy}
                  error={recovery.error}
                  onRecover={recovery.recover}
                  onDiscard={recovery.discard}
                />
              ) : null
            }
          />
        </Suspense>
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
    if (library.status === 'ready' && library.view === 'briefs' && library.count === 0 && library.index.state !== 'rebuilding') {
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
    <WorkbenchContext value={workbench}>
      <PublishingProvider api={api} listing={library.status !== 'loading'}>
        <div className="app" data-column={panel.columnShown ? 'shown' : 'hidden'} data-drawer={panel.drawerOpen ? 'open' : 'closed'}>
          <Sidebar
            sidebarRef={sidebarRef}
            id={sidebarId}
            drawer={panel.mode === 'drawer'}
            onCloseDrawer={() => closeDrawer()}
            library={library}
            openId={openId}
            filter={filter}
            now={now}
            onFilterChange={setFilter}
            onNewBrief={actions.newBrief}
            onChooseTemplate={() => setLibraryDialog('new-from-template')}
            onOpenDeskLibrary={openDeskLibrary}
            onOpen={openFromLibrary}
            onRestore={actions.restore}
            onPurge={setPurging}
            onImportFiles={importer.start}
            importing={importer.state.phase === 'running'}
          />
          {drawerOpen && <div className="drawer-scrim" aria-hidden="true" onClick={() => closeDrawer()} />}
          <div className="workspace" inert={drawerOpen}>
            <SidebarToggle
              buttonRef={toggleRef}
              shown={panel.shown}
              drawer={panel.mode === 'drawer'}
              controls={sidebarId}
              onToggle={panel.toggle}
            />
            {pane()}
          </div>
          <Toast toast={toast} onDismiss={dismissToast} fallbackFocus={editorFocus} />
          <ImportFlow importer={importer} />
          <CommandCenter hasBrief={openId !== null} onOpenBrief={opened.open} />
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
          <Suspense fallback={null}>
            {libraryDialog === 'new-from-template' && (
              <NewFromTemplateDialog
                api={api}
                onClose={() => setLibraryDialog('none')}
                onCreate={(templateId) => {
                  setLibraryDialog('none');
                  actions.newBriefFrom(templateId);
                }}
              />
            )}
            {libraryDialog === 'desk-library' && <DeskLibraryDialog onClose={() => setLibraryDialog('none')} />}
          </Suspense>
        </div>
      </PublishingProvider>
    </WorkbenchContext>
  );
}
