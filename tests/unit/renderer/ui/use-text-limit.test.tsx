// @vitest-environment happy-dom
import { act, useState } from 'react';
import { describe, expect, it } from 'vitest';
import { TextField } from '../../../../renderer/ui/TextField';
import { domRender } from '../dom-render';

const render = domRender();

function Limited({ initial }: { initial: string }) {
  const [value, setValue] = useState(initial);
  return <TextField id="name" label="Desk name" value={value} maxLength={10} onValue={setValue} />;
}

function input(container: HTMLElement): HTMLInputElement {
  const found = container.querySelector('input');
  if (!(found instanceof HTMLInputElement)) throw new Error('No input');
  return found;
}

/** A paste of `text` with the caret at the end of the input; returns whether the browser's own paste was stopped. */
function paste(control: HTMLInputElement, text: string): boolean {
  control.focus();
  control.setSelectionRange(control.value.length, control.value.length);
  const event = new Event('paste', { bubbles: true, cancelable: true });
  Object.assign(event, { clipboardData: { getData: (type: string) => (type === 'text/plain' ? text : '') } });
  act(() => {
    control.dispatchEvent(event);
  });
  return event.defaultPrevented;
}

describe('a TextField with a maxLength', () => {
  it('shows nothing below 80 %, a count from 80 %, and a message at the limit', () => {
    expect(render(<Limited initial="1234567" />).querySelector('#name-limit')).toBeNull();
    const counting = render(<Limited initial="12345678" />);
    expect(counting.querySelector('#name-limit')?.textContent).toBe('8 / 10 characters');
    expect(input(counting).getAttribute('aria-describedby')).toBe('name-limit');
    const full = render(<Limited initial="1234567890" />);
    expect(full.querySelector('#name-limit')?.textContent).toBe('The desk name is full: 10 characters at most.');
    expect(full.querySelector('[aria-live="polite"]')?.textContent).toBe('The desk name is full.');
  });

  it('keeps what a paste could not fit in a notice to copy from', () => {
    const container = render(<Limited initial="abc" />);
    expect(paste(input(container), '0123456789XYZ')).toBe(true);
    // (The insertion itself is the browser's insertText: tests/e2e/field-limits.spec.ts checks it in Chromium.)
    const kept = container.querySelector('textarea');
    expect(kept?.getAttribute('aria-label')).toBe('Text that did not fit in the desk name');
    expect(kept?.value).toBe('789XYZ');
    expect(container.querySelector('.overflow-notice-text')?.textContent).toContain(
      '6 characters did not fit in the desk name (at most 10)',
    );
    const dismiss = [...container.querySelectorAll('button')].find((button) => button.textContent === 'Dismiss');
    act(() => dismiss?.click());
    expect(container.querySelector('textarea')).toBeNull();
  });

  it('leaves a paste that fits to the browser', () => {
    const container = render(<Limited initial="abc" />);
    expect(paste(input(container), 'de')).toBe(false);
    expect(container.querySelector('textarea')).toBeNull();
  });
});
