// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { FormActions } from '../../../../renderer/ui/FormActions';
import { domRender } from '../dom-render';

const render = domRender();

describe('FormActions', () => {
  it('puts an extra action first and reads the submit label when not busy', () => {
    const container = render(
      <FormActions onCancel={() => undefined} submitLabel="Apply">
        <button type="button">Remove link</button>
      </FormActions>,
    );
    const buttons = [...container.querySelectorAll('button')];
    expect(buttons.map((button) => button.textContent)).toEqual(['Remove link', 'Cancel', 'Apply']);
    expect(buttons[2]?.disabled).toBe(false);
  });

  it('disables submitting and reads the busy label while busy', () => {
    const container = render(<FormActions onCancel={() => undefined} submitLabel="Save" busy busyLabel="Saving…" />);
    const submit = container.querySelector('button[type="submit"]');
    expect(submit?.textContent).toBe('Saving…');
    expect(submit?.hasAttribute('disabled')).toBe(true);
  });
});
