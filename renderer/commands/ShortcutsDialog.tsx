import { ModalDialog } from '../ui/ModalDialog';
import { COMMAND_GROUPS, COMMANDS } from './command-catalog';
import { platformShortcut } from './shortcut-label';
import './commands.css';

/** Every shortcut, grouped, made from the command list. */
export function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  return (
    <ModalDialog title="Keyboard shortcuts" onClose={onClose} className="shortcuts-dialog">
      <div className="shortcuts-groups" tabIndex={0} role="region" aria-label="All shortcuts">
        {COMMAND_GROUPS.map((group) => {
          const rows = COMMANDS.filter((command) => command.group === group && command.shortcut);
          if (rows.length === 0) return null;
          return (
            <table key={group} className="shortcuts-table">
              <caption>{group}</caption>
              <tbody>
                {rows.map((command) => (
                  <tr key={command.id}>
                    <th scope="row">{command.label}</th>
                    <td>
                      {command.shortcut && <kbd>{platformShortcut(command.shortcut)}</kbd>}
                      {command.alternative && (
                        <>
                          {' or '}
                          <kbd>{platformShortcut(command.alternative)}</kbd>
                        </>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          );
        })}
      </div>
      <div className="modal-actions">
        <button type="button" className="button button-primary" data-autofocus onClick={onClose}>
          Close
        </button>
      </div>
    </ModalDialog>
  );
}
