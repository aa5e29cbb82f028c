// @vitest-environment happy-dom
import { act } from 'react';
import { describe, expect, it } from 'vitest';
import { Field } from '../../../../renderer/ui/Field';
import { TextField } from '../../../../renderer/ui/TextField';
import { domRender } from '../dom-render';

const render = domRender();

/** The element an id names, inside the rendered tree. */
function byId(container: HTMLElement, id: string): Element {
  const found = container.querySelector(`#${CSS.escape(id)}`);
  if (!found) throw new Error(`Nothing has the id “${id}”.`);
  return found;
}

describe('Field', () => {
  it('labels its control and adds nothing else when there is no hint or problem', () => {
    const container = render(
      <Field id="section" label="Section">
        {(control) => <input {...control} />}
      </Field>,
    );
    const input = byId(container, 'section');
    expect(container.querySelector('label')?.htmlFor).toBe('section');
    expect(container.querySelector('label')?.textContent).toBe('Section');
    expect(input.hasAttribute('aria-describedby')).toBe(false);
    expect(container.firstElementChild?.className).toBe('field');
    expect(container.firstElementChild?.children).toHaveLength(2);
  });

  it('describes the control by its hint: a p with `<id>-hint` unless told otherwise', () => {
    const container = render(
      <Field id="name" label="Name" className="field-tags" hint={{ text: 'Used in the list.' }}>
        {(control) => <input {...control} />}
      </Field>,
    );
    const hint = byId(container, 'name-hint');
    expect(byId(container, 'name').getAttribute('aria-describedby')).toBe('name-hint');
    expect(hint.tagName).toBe('P');
    expect(hint.className).toBe('field-hint');
    expect(hint.textContent).toBe('Used in the list.');
    expect(container.firstElementChild?.className).toBe('field field-tags');
  });

  it('takes the hint’s id, element and look from the hint', () => {
    const container = render(
      <Field id="standfirst" label="Standfirst" hint={{ id: 'standfirst-count', element: 'span', warning: true, text: '301 / ~300' }}>
        {(control) => <textarea {...control} />}
      </Field>,
    );
    expect(byId(container, 'standfirst').getAttribute('aria-describedby')).toBe('standfirst-count');
    expect(byId(container, 'standfirst-count').tagName).toBe('SPAN');
    expect(byId(container, 'standfirst-count').className).toBe('field-hint is-over');
  });

  it('keeps a hidden hint for assistive technology only', () => {
    const container = render(
      <Field id="tags" label="Tags" hint={{ text: 'Separate tags with commas.', hidden: true }}>
        {(control) => <input {...control} />}
      </Field>,
    );
    expect(byId(container, 'tags-hint').className).toBe('visually-hidden');
    expect(byId(container, 'tags').getAttribute('aria-describedby')).toBe('tags-hint');
  });

  it('reads a problem out at once and adds it to the description, after the hint', () => {
    const container = render(
      <Field id="url" label="Link URL" hint={{ text: 'A web address.' }} problem="Use https://…" after={<p className="after">After</p>}>
        {(control) => <input {...control} />}
      </Field>,
    );
    const problem = byId(container, 'url-problem');
    expect(problem.getAttribute('role')).toBe('alert');
    expect(problem.textContent).toBe('Use https://…');
    expect(byId(container, 'url').getAttribute('aria-describedby')).toBe('url-hint url-problem');
    const order = [...(container.firstElementChild?.children ?? [])].map((child) => child.tagName + (child.id ? `#${child.id}` : ''));
    expect(order).toEqual(['LABEL', 'INPUT#url', 'P#url-hint', 'P#url-problem', 'P']);
  });

  it('shows no problem while there is none', () => {
    const container = render(
      <Field id="url" label="Link URL" problem={null}>
        {(control) => <input {...control} />}
      </Field>,
    );
    expect(container.querySelector('[role="alert"]')).toBeNull();
    expect(byId(container, 'url').hasAttribute('aria-describedby')).toBe(false);
  });
});

describe('TextField', () => {
  it('is a text-input by default, passes its other props to the input and reports each edit', () => {
    const typed: string[] = [];
    const container = render(
      <TextField
        id="byline"
        label="Byline"
        value="Ann"
        placeholder="Who wrote it"
        maxLength={400}
        onValue={(value) => typed.push(value)}
      />,
    );
    const input = byId(container, 'byline');
    if (!(input instanceof HTMLInputElement)) throw new Error('Not an input.');
    expect(input.className).toBe('text-input');
    expect(input.placeholder).toBe('Who wrote it');
    expect(input.maxLength).toBe(400);
    expect(input.value).toBe('Ann');
    act(() => {
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(input, 'Ann Lee');
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect(typed).toEqual(['Ann Lee']);
  });
});
