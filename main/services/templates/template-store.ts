import { blankBriefContent, type Brief, type BriefContent } from '../../../shared/model/brief';
import { resolveSyncedDesks } from '../../../shared/editor/nodes/editors-desk';
import { templateSkeleton } from '../../../shared/editor/template-skeleton';
import { bodyProblem } from '../../../shared/editor/validate-body';
import { BriefdeskError } from '../../../shared/model/errors';
import type { DeskBlockSource } from '../../../shared/model/desk-block';
import { byEntryName, sameEntryName } from '../../../shared/model/library-entry';
import { DEFAULT_TEMPLATE, DEFAULT_TEMPLATE_ID, Template, copyTemplate } from '../../../shared/model/template';
import { CollectionFile, type UnusableFile } from '../library/collection-file';
import type { LibraryContext } from '../library/library-context';

/** templates.json in the data dir. */
export const TEMPLATES_FILE = 'templates.json';
/** Version of templates.json. Bump it with a migration. */
export const TEMPLATES_SCHEMA_VERSION = 1;
const QUEUE = 'templates';

/** A stored template: valid body, and never the built-in id. */
const StoredTemplate = Template.superRefine((template, ctx) => {
  if (template.id === DEFAULT_TEMPLATE_ID) ctx.addIssue({ code: 'custom', message: 'The built-in template is not stored', path: ['id'] });
  const problem = bodyProblem(template.body);
  if (problem) ctx.addIssue({ code: 'custom', message: problem, path: ['body'] });
});

/**
 * The analyst's brief templates, in templates.json, plus the built-in
 * DEFAULT_TEMPLATE (a constant, never stored). Names are unique, compared
 * case-insensitively: saving under a name in use replaces that template.
 */
export class TemplateStore {
  readonly #cx: LibraryContext;
  readonly #file: CollectionFile<Template>;

  constructor(cx: LibraryContext) {
    this.#cx = cx;
    this.#file = CollectionFile.ofLibrary(cx, {
      fileName: TEMPLATES_FILE,
      schemaVersion: TEMPLATES_SCHEMA_VERSION,
      item: StoredTemplate,
      label: 'template list',
    });
  }

  /** Read templates.json; returns the damage to report, or null. */
  load(): Promise<UnusableFile | null> {
    return this.#file.load();
  }

  /** Every template: the built-in one first, then the analyst's by name. */
  list(): Template[] {
    this.#cx.assertOpen();
    const stored = [...this.#file.items].sort(byEntryName).map(copyTemplate);
    return [copyTemplate(DEFAULT_TEMPLATE), ...stored];
  }

  /** One template (a copy). Throws 'not_found' for an unknown id. */
  get(id: string): Template {
    this.#cx.assertOpen();
    if (id === DEFAULT_TEMPLATE_ID) return copyTemplate(DEFAULT_TEMPLATE);
    const found = this.#file.items.find((template) => template.id === id);
    if (!found) throw new BriefdeskError('not_found', `There is no template "${id}". It may have been deleted.`);
    return copyTemplate(found);
  }

  /**
   * What a brief made from template `id` starts with: its section, byline,
   * tags, language, word target and body skeleton, synced desks taking the text
   * `deskBlocks` gives. Throws 'not_found' for an unknown id.
   */
  briefContent(id: string, deskBlocks: (blockId: string) => DeskBlockSource | undefined): BriefContent {
    const template = this.get(id);
    const { body } = resolveSyncedDesks(template.body, deskBlocks);
    return {
      ...blankBriefContent(),
      section: template.section,
      byline: template.byline,
      tags: template.tags,
      language: template.language,
      body,
      wordTarget: template.wordTarget ?? null,
    };
  }

  /**
   * Save a brief's structure as a template named `name`: its section,
   * byline, tags, language and the skeleton of its body. A template with the
   * same name (case-insensitive) is replaced, keeping its id. The built-in
   * template's name is refused with 'invalid_input'.
   */
  async saveFromBrief(name: string, brief: Brief): Promise<Template> {
    this.#cx.assertWritable();
    const trimmed = name.trim();
    if (sameEntryName(trimmed, DEFAULT_TEMPLATE.name)) {
      throw new BriefdeskError(
        'invalid_input',
        `"${DEFAULT_TEMPLATE.name}" is the built-in template and cannot be replaced. Choose another name.`,
      );
    }
    return this.#cx.queue.run(QUEUE, async () => {
      const at = this.#cx.now().toISOString();
      const existing = this.#file.items.find((template) => sameEntryName(template.name, trimmed));
      const template: Template = {
        id: existing?.id ?? this.#cx.newId(),
        name: trimmed,
        createdAt: existing?.createdAt ?? at,
        updatedAt: at,
        section: brief.section,
        byline: brief.byline,
        tags: [...brief.tags],
        language: brief.language,
        body: templateSkeleton(brief.body),
        wordTarget: brief.wordTarget ?? null,
      };
      const others = this.#file.items.filter((item) => item.id !== template.id);
      await this.#file.write([...others, template]);
      return copyTemplate(template);
    });
  }

  /** Delete a template. The built-in one cannot be deleted ('invalid_input'); an unknown id is 'not_found'. */
  async delete(id: string): Promise<void> {
    this.#cx.assertWritable();
    if (id === DEFAULT_TEMPLATE_ID) {
      throw new BriefdeskError('invalid_input', `"${DEFAULT_TEMPLATE.name}" is the built-in template and cannot be deleted.`);
    }
    return this.#cx.queue.run(QUEUE, async () => {
      const remaining = this.#file.items.filter((template) => template.id !== id);
      if (remaining.length === this.#file.items.length) {
        throw new BriefdeskError('not_found', `There is no template "${id}". It may have been deleted already.`);
      }
      await this.#file.write(remaining);
    });
  }
}
