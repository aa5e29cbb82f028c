import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMAND_GROUPS, COMMANDS, shortcutText, type CommandInfo } from '../../../../renderer/commands/command-catalog';

/** The rows of the README's "Keyboard shortcuts" table: group, command, keys. */
async function readmeShortcutRows(): Promise<string[][]> {
  const readme = await readFile(path.join(import.meta.dirname, '../../../../README.md'), 'utf8');
  const start = readme.indexOf('### Keyboard shortcuts');
  expect(start).toBeGreaterThan(-1);
  const section = readme.slice(start).split('\n').slice(1);
  const table = section.slice(section.findIndex((line) => line.startsWith('|')));
  const rows = table.slice(
    0,
    table.findIndex((line) => !line.startsWith('|')),
  );
  return rows.slice(2).map((line) =>
    line
      .split('|')
      .slice(1, -1)
      .map((cell) => cell.trim()),
  );
}

function keysOf(command: CommandInfo): string {
  if (!command.shortcut) return '';
  const main = `\`${shortcutText(command.shortcut)}\``;
  return command.alternative ? `${main} or \`${shortcutText(command.alternative)}\`` : main;
}

describe('the command list', () => {
  it('is what the README’s shortcut table lists, row for row', async () => {
    const expected = COMMAND_GROUPS.flatMap((group) =>
      COMMANDS.filter((command) => command.group === group && command.shortcut).map((command) => [group, command.label, keysOf(command)]),
    );
    expect(await readmeShortcutRows()).toEqual(expected);
  });

  it('gives every chord to one command only', () => {
    const chords = COMMANDS.flatMap((command) => [command.shortcut, command.alternative])
      .filter((shortcut) => shortcut !== undefined)
      .map(shortcutText);
    expect(new Set(chords).size).toBe(chords.length);
  });

  it('has unique ids and labels', () => {
    expect(new Set(COMMANDS.map((command) => command.id)).size).toBe(COMMANDS.length);
    expect(new Set(COMMANDS.map((command) => command.label)).size).toBe(COMMANDS.length);
  });
});

describe('the chords the browser or the OS keep', () => {
  // Chromium (and so the browser shell) never passes these to a page, and the OS takes the Mac ones
  // (Cmd+Q quits, Cmd+M minimises): a command on one of them could never run.
  const RESERVED = ['N', 'T', 'W', 'Q', 'M'].flatMap((key) => [`Ctrl/Cmd+${key}`, `Ctrl/Cmd+Shift+${key}`]).concat('Ctrl/Cmd+Tab');

  it('are given to no command', () => {
    const taken = COMMANDS.flatMap((command) => [command.shortcut, command.alternative])
      .filter((shortcut) => shortcut !== undefined)
      .map(shortcutText);
    expect(taken.filter((chord) => RESERVED.includes(chord))).toEqual([]);
  });
});
