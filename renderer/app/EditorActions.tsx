import { useState } from 'react';
import type { Brief } from '../../shared/model/brief';
import { useWorkbench } from '../workbench/workbench-context';
import { ExportDialog } from '../export/ExportDialog';
import { PreviewDialog } from '../export/PreviewDialog';
import { HistoryDialog } from '../history/HistoryDialog';
import { useHistoryShortcut } from '../history/use-history-shortcut';
import { useExportShortcuts } from '../export/use-export-shortcuts';
import { shortcutLabel } from '../keyboard/mod-key';
import { exactTime } from '../format/relative-time';
import { PublishDialog } from '../publish/PublishDialog';
import { usePublishing } from '../publish/publishing-context';
import { usePublishShortcut } from '../publish/use-publish-shortcut';
import { SaveTemplateDialog } from '../templates/SaveTemplateDialog';

export interface EditorActionsProps {
  brief: Brief;
  /** The headline as typed (the brief prop is the brief as opened). */
  headline: string;
  onDuplicate: () => void;
  onDelete: () => void;
}

type ActionDialog = 'none' | 'save-template' | 'export' | 'preview' | 'history' | 'publish';

/** A button of the bar that opens one of its dialogs. */
interface DialogButton {
  dialog: Exclude<ActionDialog, 'none'>;
  label: string;
  /** The tooltip (the shortcut is added to it). */
  title: string;
  /** The shortcut: its key with Mod, and the modifiers beside Mod. */
  shortcut?: { key: string; alt?: boolean; shift?: boolean; keys: string };
}

/** The dialogs with a keyboard shortcut, in the bar's order. */
const SHORTCUT_BUTTONS: readonly DialogButton[] = [
  {
    dialog: 'publish',
    label: 'Publish',
    title: 'Publish this brief to a WordPress site or a static-site folder',
    shortcut: { key: 'P', alt: true, keys: 'Control+Alt+P Meta+Alt+P' },
  },
  {
    dialog: 'preview',
    label: 'Preview',
    title: 'The exported page, in light, dark and print views',
    shortcut: { key: 'P', shift: true, keys: 'Control+Shift+P Meta+Shift+P' },
  },
  {
    dialog: 'export',
    label: 'Export',
    title: 'Save this brief as an HTML page, Markdown, PDF or JSON',
    shortcut: { key: 'E', keys: 'Control+E Meta+E' },
  },
  {
    dialog: 'history',
    label: 'History',
    title: 'Earlier versions of this brief: compare, restore, save a named version',
    shortcut: { key: 'H', shift: true, keys: 'Control+Shift+H Meta+Shift+H' },
  },
];

const SAVE_TEMPLATE_BUTTON: DialogButton = {
  dialog: 'save-template',
  label: 'Save as template',
  title: 'Start new briefs with this brief’s structure',
};

/** The bar above the open brief: when it was created, and what can be done to it as a whole. */
export function EditorActions({ brief, headline, onDuplicate, onDelete }: EditorActionsProps) {
  const { openDeskLibrary, notify } = useWorkbench();
  const [dialog, setDialog] = useState<ActionDialog>('none');
  const close = () => setDialog('none');
  useExportShortcuts({ onExport: () => setDialog('export'), onPreview: () => setDialog('preview') });
  useHistoryShortcut(() => setDialog('history'));
  usePublishShortcut(() => setDialog('publish'));
  const { openSettings } = usePublishing();
  const dialogButton = ({ dialog: opens, label, title, shortcut }: DialogButton) => (
    <button
      key={opens}
      type="button"
      className="button button-small button-quiet"
      aria-haspopup="dialog"
      aria-keyshortcuts={shortcut?.keys}
      title={shortcut ? `${title} (${shortcutLabel(shortcut.key, shortcut)})` : title}
      onClick={() => setDialog(opens)}
    >
      {label}
    </button>
  );
  return (
    <div className="editor-actions">
      <p className="editor-created">
        Created <time dateTime={brief.createdAt}>{exactTime(brief.createdAt)}</time>
      </p>
      <div className="editor-action-buttons">
        {SHORTCUT_BUTTONS.map(dialogButton)}
        <button type="button" className="button button-small button-quiet" aria-haspopup="dialog" onClick={openDeskLibrary}>
          Desk library
        </button>
        {dialogButton(SAVE_TEMPLATE_BUTTON)}
        <button type="button" className="button button-small button-quiet" onClick={onDuplicate}>
          Duplicate brief
        </button>
        <button
          type="button"
          className="button button-small button-quiet button-danger-quiet"
          onClick={onDelete}
          title="Move this brief to the Trash (you can restore it from there)"
        >
          Delete brief
        </button>
      </div>
      {dialog === 'save-template' && (
        <SaveTemplateDialog
          briefId={brief.id}
          onClose={close}
          onSaved={(template, replaced) => {
            close();
            notify({ text: replaced ? `Updated the template “${template.name}”` : `Saved the template “${template.name}”` });
          }}
        />
      )}
      {dialog === 'export' && (
        <ExportDialog
          briefId={brief.id}
          onClose={close}
          onExported={(file) => {
            close();
            notify({ text: `Exported “${file.fileName}”` });
          }}
        />
      )}
      {dialog === 'preview' && <PreviewDialog briefId={brief.id} headline={headline} onClose={close} />}
      {dialog === 'history' && <HistoryDialog briefId={brief.id} headline={headline} onClose={close} />}
      {dialog === 'publish' && (
        <PublishDialog
          briefId={brief.id}
          headline={headline}
          onClose={close}
          onOpenSettings={() => {
            close();
            openSettings();
          }}
        />
      )}
    </div>
  );
}
