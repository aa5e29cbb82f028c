// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { matchesChord } from '../../../../renderer/keyboard/use-dialog-shortcut';

const press = (init: KeyboardEventInit & { altGraph?: boolean }): KeyboardEvent => {
  const event = new KeyboardEvent('keydown', init);
  Object.defineProperty(event, 'getModifierState', { value: (key: string) => key === 'AltGraph' && init.altGraph === true });
  return event;
};

describe('matchesChord', () => {
  const newBrief = { code: 'KeyN', alt: true };

  it('takes Ctrl+Alt+N, and neither Ctrl+N nor Ctrl+Shift+Alt+N', () => {
    expect(matchesChord(press({ code: 'KeyN', key: 'n', ctrlKey: true, altKey: true }), newBrief)).toBe(true);
    expect(matchesChord(press({ code: 'KeyN', key: 'n', ctrlKey: true }), newBrief)).toBe(false);
    expect(matchesChord(press({ code: 'KeyN', key: 'N', ctrlKey: true, altKey: true, shiftKey: true }), newBrief)).toBe(false);
  });

  it('leaves AltGr+N to the keyboard layout (Polish “ń”), though it reports Ctrl and Alt', () => {
    expect(matchesChord(press({ code: 'KeyN', key: 'ń', ctrlKey: true, altKey: true, altGraph: true }), newBrief)).toBe(false);
  });
});
