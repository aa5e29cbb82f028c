import { z } from 'zod';
import { BodyDoc, BriefContent, IsoDateTime } from './brief';
import { EntryId, EntryName } from './library-entry';

/** Id of the built-in template. */
export const DEFAULT_TEMPLATE_ID = 'default';

/**
 * A brief template: the header fields a new brief starts with (and its word target, if any) and a body
 * skeleton (see `templateSkeleton` in shared/editor/template-skeleton.ts).
 */
export const Template = BriefContent.pick({ section: true, byline: true, tags: true, language: true, body: true, wordTarget: true }).extend(
  {
    id: EntryId,
    name: EntryName,
    createdAt: IsoDateTime,
    updatedAt: IsoDateTime,
  },
);
export type Template = z.infer<typeof Template>;

/** The part of a template a new brief is made from. */
export type TemplateContent = Pick<Template, 'section' | 'byline' | 'tags' | 'language' | 'body' | 'wordTarget'>;

const defaultBody: BodyDoc = {
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
};

/**
 * The built-in template every new brief starts from unless another is
 * chosen, in the order of a published brief: Key Takeaways (three empty
 * items, the house minimum), an Editor's Desk titled "Strategic Analysis"
 * with an empty sign-off, then the body. It is not stored and cannot be
 * changed or deleted; treat it as read-only (copy it before changing a part).
 */
export const DEFAULT_TEMPLATE: Readonly<Template> = deepFreeze<Template>({
  id: DEFAULT_TEMPLATE_ID,
  name: 'Standard brief',
  createdAt: '2025-01-01T00:00:00.000Z',
  updatedAt: '2025-01-01T00:00:00.000Z',
  section: '',
  byline: '',
  tags: [],
  language: 'en',
  body: defaultBody,
});

/** Freezes a JSON value and everything in it. */
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

/** A deep copy of a template, safe to change. */
export function copyTemplate(template: Readonly<Template>): Template {
  return { ...template, tags: [...template.tags], body: structuredClone(template.body) };
}
