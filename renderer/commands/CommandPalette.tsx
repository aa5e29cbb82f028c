import { Command } from 'cmdk';
import { ModalDialog } from '../ui/ModalDialog';
import { COMMAND_GROUPS, COMMANDS, type CommandInfo, shortcutText } from './command-catalog';
import { platformShortcut } from './shortcut-label';
import './commands.css';

/** A brief the palette can open ("Go to brief"). */
export interface PaletteBrief {
  id: string;
  headline: string;
}

export interface CommandPaletteProps {
  briefs: readonly PaletteBrief[];
  hasBrief: boolean;
  onRun: (command: CommandInfo) => void;
  onOpenBrief: (id: string) => void;
  onClose: () => void;
}

const MAX_BRIEFS = 200;

/**
 * The command palette: every command with its shortcut, then "Go to brief"
 * by headline, fuzzy-filtered as the analyst types (cmdk).
 */
export function CommandPalette({ briefs, hasBrief, onRun, onOpenBrief, onClose }: CommandPaletteProps) {
  const commands = COMMANDS.filter((command) => command.palette !== false);
  return (
    <ModalDialog title="Command palette" onClose={onClose} className="palette-dialog">
      <Command label="Commands and briefs" loop className="palette">
        <Command.Input
          className="text-input palette-input"
          placeholder="Type a command or a brief’s headline"
          data-autofocus
          aria-label="Search commands and briefs"
        />
        <Command.List className="palette-list" label="Commands and briefs">
          <Command.Empty className="palette-empty">Nothing matches.</Command.Empty>
          {COMMAND_GROUPS.map((group) => {
            const inGroup = commands.filter((command) => command.group === group);
            if (inGroup.length === 0) return null;
            return (
              <Command.Group key={group} heading={group} className="palette-group">
                {inGroup.map((command) => (
                  <Command.Item
                    key={command.id}
                    value={command.label}
                    keywords={[group, ...(command.shortcut ? [shortcutText(command.shortcut)] : [])]}
                    disabled={command.needsBrief === true && !hasBrief}
                    onSelect={() => onRun(command)}
                    className="palette-item"
                  >
                    <span className="palette-label">{command.label}</span>
                    {command.shortcut && <kbd className="palette-kbd">{platformShortcut(command.shortcut)}</kbd>}
                  </Command.Item>
                ))}
              </Command.Group>
            );
          })}
          {briefs.length > 0 && (
            <Command.Group heading="Go to brief" className="palette-group">
              {briefs.slice(0, MAX_BRIEFS).map((brief) => (
                <Command.Item
                  key={brief.id}
                  value={`brief ${brief.id}`}
                  keywords={[brief.headline || 'Untitled brief']}
                  onSelect={() => onOpenBrief(brief.id)}
                  className="palette-item"
                >
                  <span className="palette-label">Go to brief: {brief.headline || 'Untitled brief'}</span>
                </Command.Item>
              ))}
            </Command.Group>
          )}
        </Command.List>
      </Command>
    </ModalDialog>
  );
}
