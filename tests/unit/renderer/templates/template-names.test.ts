import { describe, expect, it } from 'vitest';
import { copyTemplate, DEFAULT_TEMPLATE, type Template } from '../../../../shared/model/template';
import { checkTemplateName, deletableTemplates } from '../../../../renderer/templates/template-names';
import { templateOutline } from '../../../../renderer/templates/template-outline';
import { desk, doc, heading, para } from '../../support/body-fixtures';

function template(id: string, name: string, extra: Partial<Template> = {}): Template {
  return { ...copyTemplate(DEFAULT_TEMPLATE), id, name, ...extra };
}

describe('template names', () => {
  const templates = [copyTemplate(DEFAULT_TEMPLATE), template('t1', 'Country brief')];

  it('tells a new name from one in use (case-insensitive, trimmed) and from the built-in one', () => {
    expect(checkTemplateName('  ', templates)).toEqual({ kind: 'empty' });
    expect(checkTemplateName('Weekly note', templates)).toEqual({ kind: 'new' });
    const replaces = checkTemplateName(' country BRIEF ', templates);
    expect(replaces.kind === 'replaces' && replaces.template.id).toBe('t1');
    expect(checkTemplateName('standard brief', templates)).toEqual({ kind: 'built-in', name: 'Standard brief' });
  });

  it('lists only the analyst’s templates for deleting', () => {
    expect(deletableTemplates(templates).map((item) => item.id)).toEqual(['t1']);
  });
});

describe('templateOutline', () => {
  it('describes the built-in template by its blocks', () => {
    expect(templateOutline(DEFAULT_TEMPLATE)).toBe('Key Takeaways · Editor’s Desk “Strategic Analysis”');
  });

  it('adds headings, section and tags, and says when a template is empty', () => {
    const own = template('t2', 'Gulf', {
      section: 'Gulf',
      tags: ['energy', 'shipping'],
      body: doc(heading('Context'), para(), desk({ title: '' })),
    });
    expect(templateOutline(own)).toBe('Heading · Editor’s Desk · Section: Gulf · Tags: energy, shipping');
    expect(templateOutline({ body: doc(para()), section: '', tags: [] })).toBe('An empty brief');
  });
});
