import { type ReactNode, useState } from 'react';
import type { Brief } from '../../shared/model/brief';
import { useWorkbench } from '../workbench/workbench-context';
import { ExportDialog } from '../export/ExportDialog';
import { PreviewDialog } from '../export/PreviewDialog';
import { HistoryDialog } from '../history/HistoryDialog';
import { useHistoryShortcut } from '../history/use-history-shortcut';
import { useExportShortcuts } from '../export/use-export-shortcuts';
import { shortcutLabel } from '../keyboard/mod-key';
import { exactTime, shortDate } from '../format/relative-time';
import { PublishDialog } from '../publish/PublishDialog';
import { usePublishing } from '../publish/publishing-context';
import { usePublishShortcut } from '../publish/use-publish-shortcut';
import { SaveTemplateDialog } from '../templates/SaveTemplateDialog';
import { MenuButton, type MenuItem } from '../ui/MenuButton';
import { BAR_ACTIONS, type BarAction } from './editor-bar-actions';

export interface EditorActionsProps {
  brief: Brief;
  /** The headline as typed (the brief prop is the brief as opened). */
  headline: string;
  onDuplicate: () => void;
  onDelete: () => void;
  /** Shown at the end of the bar (the Outline's toggle). */
  trailing?: ReactNode;
}

type ActionDialog = 'none' | 'save-template' | BarAction['dialog'];

const MORE_ICON = (
  <svg aria-hidden="true" viewBox="0 0 16 16" width="16" height="16" className="icon">
    <circle cx="3.5" cy="8" r="1.3" fill="currentColor" />
    <circle cx="8" cy="8" r="1.3" fill="currentColor" />
    <circle cx="12.5" cy="8" r="1.3" fill="currentColor" />
  </svg>
);

/**
 * The bar above the open brief: when it was created, and what can be done to
 * it as a whole. Publish is the primary button; Preview, Export and History
 * stand beside it while the pane is wide enough and move into "More actions"
 * one by one as it narrows (the stylesheet decides, by the pane's width);
 * the rest — desk blocks, template, duplicate, and Delete brief last and set
 * apart — are always in the menu.
 */
export function EditorActions({ brief, headline, onDuplicate, onDelete, trailing }: EditorActionsProps) {
  const { openDeskLibrary, notify } = useWorkbench();
  const [dialog, setDialog] = useState<ActionDialog>('none');
  const close = () => setDialog('none');
  useExportShortcuts({ onExport: () => setDialog('export'), onPreview: () => setDialog('preview') });
  useHistoryShortcut(() => setDialog('history'));
  usePublishShortcut(() => setDialog('publish'));
  const { openSettings } = usePublishing();

  const tooltip = ({ title, shortcut }: BarAction): string => (shortcut ? `${title} (${shortcutLabel(shortcut.key, shortcut)})` : title);
  const moreItems: MenuItem[] = [
    ...BAR_ACTIONS.filter((action) => !action.primary).map((action): MenuItem => ({
      key: action.dialog,
      label: action.label,
      opensDialog: true,
      shortcut: action.shortcut && shortcutLabel(action.shortcut.key, action.shortcut),
      keyshortcuts: action.shortcut?.keys,
      className: `in-menu-${action.dialog}`,
      title: action.title,
      onSelect: () => setDialog(action.dialog),
    })),
    {
      key: 'desk-blocks',
      label: 'Insert desk block…',
      opensDialog: true,
      separatorBefore: true,
      className: 'menu-group-start',
      title: 'Desk blocks: Editor’s Desk blocks kept to reuse across briefs',
      onSelect: openDeskLibrary,
    },
    {
      key: 'save-template',
      label: 'Save as template…',
      opensDialog: true,
      title: 'Start new briefs with this brief’s structure',
      onSelect: () => setDialog('save-template'),
    },
    { key: 'duplicate', label: 'Duplicate brief', onSelect: onDuplicate },
    {
      key: 'delete',
      label: 'Delete brief',
      danger: true,
      separatorBefore: true,
      title: 'Move this brief to the Trash (you can restore it from there)',
      onSelect: onDelete,
    },
  ];

  return (
    <div className="editor-actions">
      <p className="editor-created" title={`Created ${exactTime(brief.createdAt)}`}>
        Created <time dateTime={brief.createdAt}>{shortDate(brief.createdAt)}</time>
      </p>
      <div className="editor-action-buttons">
        {BAR_ACTIONS.map((action) => (
          <button
            key={action.dialog}
            type="button"
            className={`button button-small ${action.primary ? 'button-primary' : 'button-quiet'} bar-action bar-action-${action.dialog}`}
            aria-haspopup="dialog"
            aria-keyshortcuts={action.shortcut?.keys}
            title={tooltip(action)}
            onClick={() => setDialog(action.dialog)}
          >
            {action.label}
          </button>
        ))}
        <MenuButton
          label="More actions"
          title="More actions for this brief"
          buttonClassName="button button-small button-quiet more-actions"
          items={moreItems}
        >
          {MORE_ICON}
        </MenuButton>
        {trailing}
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
