import { Command } from 'cmdk';
import { useState } from 'react';
import { useWorkbench } from '../workbench/workbench-context';
import { ModalDialog } from '../ui/ModalDialog';
import { COMMAND_GROUPS, COMMANDS, type CommandInfo, shortcutText } from './command-catalog';
import { platformShortcut } from './shortcut-label';
import { usePaletteBriefs } from './use-palette-briefs';
import './commands.css';

export interface CommandPaletteProps {
  hasBrief: boolean;
  onRun: (command: CommandInfo) => void;
  onOpenBrief: (id: string) => void;
  onClose: () => void;
}

/**
 * The command palette: every command with its shortcut, then "Go to brief"
 * by headline, fuzzy-filtered as the analyst types (cmdk); the briefs come
 * from the library's index as the text changes (usePaletteBriefs).
 */
export function CommandPalette({ hasBrief, onRun, onOpenBrief, onClose }: CommandPaletteProps) {
  const { api } = useWorkbench();
  const [text, setText] = useState('');
  const briefs = usePaletteBriefs(api, text);
  const commands = COMMANDS.filter((command) => command.palette !== false);
  return (
    <ModalDialog title="Command palette" onClose={onClose} className="palette-dialog">
      <Command label="Commands and briefs" loop className="palette">
        <Command.Input
          className="text-input palette-input"
          placeholder="Type a command or a brief’s headline"
          data-autofocus
          value={text}
          onValueChange={setText}
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
              {briefs.map((brief) => (
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
