import { describe, expect, it } from 'vitest';
import { copyTemplate, DEFAULT_TEMPLATE, DEFAULT_TEMPLATE_ID, Template } from '../../../../shared/model/template';

const stored = {
  id: 'tpl-morning',
  name: 'Morning note',
  createdAt: '2025-03-01T09:00:00.000Z',
  updatedAt: '2025-03-01T09:00:00.000Z',
  section: 'Energy',
  byline: 'Desk',
  tags: ['grid'],
  language: 'de',
  body: { type: 'doc', content: [{ type: 'paragraph' }] },
  wordTarget: 800,
};

describe('templates', () => {
  it('keep the header fields a new brief starts with, a body skeleton and a word target', () => {
    expect(Template.parse(stored)).toEqual(stored);
    // Only what a template sets: a headline or a status is not part of one.
    expect(Template.parse({ ...stored, headline: 'Not kept', status: 'ready' })).toEqual(stored);
    expect(Template.safeParse({ ...stored, wordTarget: undefined }).success).toBe(true);
  });

  it('refuse a bad id, name, language or body', () => {
    for (const change of [
      { id: '../x' },
      { name: ' ' },
      { language: 'english' },
      { body: { type: 'paragraph' } },
      { tags: [''] },
      { createdAt: 'now' },
    ]) {
      expect(Template.safeParse({ ...stored, ...change }).success).toBe(false);
    }
  });

  it('the built-in one: Key Takeaways with three items, an Editor’s Desk “Strategic Analysis”, then the body', () => {
    expect(DEFAULT_TEMPLATE_ID).toBe('default');
    expect(Template.parse(DEFAULT_TEMPLATE)).toEqual({
      id: 'default',
      name: 'Standard brief',
      createdAt: '2025-01-01T00:00:00.000Z',
      updatedAt: '2025-01-01T00:00:00.000Z',
      section: '',
      byline: '',
      tags: [],
      language: 'en',
      body: {
        type: 'doc',
        content: [
          { type: 'keyTakeaways', content: [{ type: 'takeaway' }, { type: 'takeaway' }, { type: 'takeaway' }] },
          {
            type: 'editorsDesk',
            attrs: { title: 'Strategic Analysis', deskName: '', series: '', publication: '', libraryRef: null },
            content: [{ type: 'paragraph' }],
          },
          { type: 'paragraph' },
        ],
      },
    });
  });

  it('the built-in one cannot be changed by mistake, at any depth; a copy can', () => {
    const desk = DEFAULT_TEMPLATE.body.content?.[1];
    expect(Object.isFrozen(DEFAULT_TEMPLATE)).toBe(true);
    expect(Object.isFrozen(DEFAULT_TEMPLATE.tags)).toBe(true);
    expect(Object.isFrozen(DEFAULT_TEMPLATE.body.content)).toBe(true);
    expect(Object.isFrozen(desk?.attrs)).toBe(true);
    expect(() => {
      if (desk?.attrs) desk.attrs.title = 'Changed';
    }).toThrow(TypeError);

    const copy = copyTemplate(DEFAULT_TEMPLATE);
    copy.tags.push('energy');
    const copiedDesk = copy.body.content?.[1];
    if (copiedDesk?.attrs) copiedDesk.attrs.title = 'Market Watch';
    copy.body.content?.push({ type: 'paragraph' });
    expect(copy).toMatchObject({ id: 'default', name: 'Standard brief', tags: ['energy'] });
    expect(DEFAULT_TEMPLATE.tags).toEqual([]);
    expect(desk?.attrs?.title).toBe('Strategic Analysis');
    expect(DEFAULT_TEMPLATE.body.content).toHaveLength(3);
  });

  it('a copy keeps every part of the template it copies', () => {
    const template = Template.parse(stored);
    const copy = copyTemplate(template);
    expect(copy).toEqual(template);
    copy.tags.push('winter');
    expect(template.tags).toEqual(['grid']);
  });
});
