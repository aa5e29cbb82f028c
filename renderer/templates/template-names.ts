import { sameEntryName } from '../../shared/model/library-entry';
import { DEFAULT_TEMPLATE_ID, type Template } from '../../shared/model/template';

/** What saving a template under `name` would do, for the hint under the name field. */
export type TemplateNameCheck =
  { kind: 'empty' } | { kind: 'new' } | { kind: 'replaces'; template: Template } | { kind: 'built-in'; name: string };

/** Checks a template name against the templates there are (names compare case-insensitively). */
export function checkTemplateName(name: string, templates: readonly Template[]): TemplateNameCheck {
  if (name.trim() === '') return { kind: 'empty' };
  const match = templates.find((template) => sameEntryName(template.name, name));
  if (!match) return { kind: 'new' };
  if (match.id === DEFAULT_TEMPLATE_ID) return { kind: 'built-in', name: match.name };
  return { kind: 'replaces', template: match };
}

/** The templates the analyst made (the built-in one cannot be deleted). */
export function deletableTemplates(templates: readonly Template[]): Template[] {
  return templates.filter((template) => template.id !== DEFAULT_TEMPLATE_ID);
}
