import { parseDocument, stringify } from 'yaml';
import { z } from 'zod';
import { BriefStatus, RelatedBrief } from '../../../shared/model/brief';
import { ImportFileError } from './import-error';

/** What a Markdown file's front matter says about the brief. */
export interface FrontMatterFields {
  headline?: string;
  standfirst?: string;
  section?: string;
  byline?: string;
  tags?: string[];
  status?: BriefStatus;
  language?: string;
  date?: unknown;
  hero?: { file: string; alt: string; caption: string; credit: string };
  related?: RelatedBrief[];
  /** The post's own address as the front matter gives it (url, permalink, canonical…), absolute or from the site's root. */
  address?: string;
  /** The site's address (site_url, baseurl…), for an address given from the site's root. */
  siteUrl?: string;
  /** Keys not understood, with their values as text, kept for the body. */
  unknown: [string, string][];
  warnings: string[];
}

/** The front matter block at the very start (`---` … `---` or `...`), and the Markdown after it. */
export function splitFrontMatter(text: string): { yaml: string | null; markdown: string } {
  const match = /^---[ \t]*\n([\s\S]*?)\n?(?:---|\.\.\.)[ \t]*(?:\n|$)/.exec(text.replace(/^\uFEFF/, ''));
  if (!match) return { yaml: null, markdown: text.replace(/^\uFEFF/, '') };
  return { yaml: match[1] ?? '', markdown: text.replace(/^\uFEFF/, '').slice(match[0].length) };
}

function asText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString();
  return undefined;
}

function asList(value: unknown): string[] | undefined {
  if (Array.isArray(value)) return value.flatMap((item) => asText(item) ?? []);
  const text = asText(value);
  return text === undefined
    ? undefined
    : text
        .split(',')
        .map((item) => item.trim())
        .filter(Boolean);
}

/** "A", "A and B", "A, B and C". */
function bylineOf(authors: string[]): string {
  const names = authors.map((name) => name.trim()).filter(Boolean);
  const last = names.pop() ?? '';
  return names.length > 0 ? `${names.join(', ')} and ${last}` : last;
}

const Mapping = z.record(z.string(), z.unknown());

function record(value: unknown): Record<string, unknown> | null {
  const parsed = Array.isArray(value) ? null : Mapping.safeParse(value);
  return parsed?.success ? parsed.data : null;
}

function heroOf(value: unknown): FrontMatterFields['hero'] | null {
  const text = asText(value);
  if (text !== undefined) return text.trim() ? { file: text.trim(), alt: '', caption: '', credit: '' } : null;
  const fields = record(value);
  if (!fields) return null;
  const file = asText(fields.file ?? fields.src ?? fields.url ?? fields.path)?.trim();
  if (!file) return null;
  return { file, alt: asText(fields.alt) ?? '', caption: asText(fields.caption) ?? '', credit: asText(fields.credit) ?? '' };
}

function relatedOf(value: unknown, warnings: string[]): RelatedBrief[] {
  const items = Array.isArray(value) ? value : value === null || value === undefined ? [] : [value];
  const related: RelatedBrief[] = [];
  for (const item of items) {
    const fields: Record<string, unknown> = record(item) ?? { url: item };
    const brief = asText(fields.brief);
    const candidate =
      brief !== undefined
        ? { kind: 'brief', id: brief }
        : { kind: 'url', url: asText(fields.url) ?? '', title: asText(fields.title) ?? '' };
    const parsed = RelatedBrief.safeParse(candidate);
    if (parsed.success) related.push(parsed.data);
    else
      warnings.push(
        `A related brief in the front matter was left out: ${brief !== undefined ? `“${brief}” is not a brief id` : 'it has no web address (http or https)'}.`,
      );
  }
  return related;
}

type Mapper = (value: unknown, fields: FrontMatterFields) => void;

/** Front-matter keys (lower case) and where each goes: the Markdown export's own, and common aliases. */
const KEYS: Record<string, Mapper> = {
  title: (value, fields) => (fields.headline = asText(value) ?? ''),
  headline: (value, fields) => (fields.headline = asText(value) ?? ''),
  standfirst: (value, fields) => (fields.standfirst = asText(value) ?? ''),
  description: (value, fields) => (fields.standfirst ??= asText(value) ?? ''),
  summary: (value, fields) => (fields.standfirst ??= asText(value) ?? ''),
  subtitle: (value, fields) => (fields.standfirst ??= asText(value) ?? ''),
  dek: (value, fields) => (fields.standfirst ??= asText(value) ?? ''),
  section: (value, fields) => (fields.section = asList(value)?.join(', ') ?? ''),
  kicker: (value, fields) => (fields.section ??= asText(value) ?? ''),
  byline: (value, fields) => (fields.byline = asText(value) ?? ''),
  author: (value, fields) => (fields.byline ??= bylineOf(asList(value) ?? [])),
  authors: (value, fields) => (fields.byline ??= bylineOf(asList(value) ?? [])),
  tags: (value, fields) => (fields.tags = [...(fields.tags ?? []), ...(asList(value) ?? [])]),
  keywords: (value, fields) => (fields.tags = [...(fields.tags ?? []), ...(asList(value) ?? [])]),
  categories: (value, fields) => (fields.tags = [...(fields.tags ?? []), ...(asList(value) ?? [])]),
  status: (value, fields) => {
    const status = BriefStatus.safeParse(asText(value)?.trim().toLowerCase());
    if (status.success) fields.status = status.data;
    else
      fields.warnings.push(
        `The status “${asText(value) ?? ''}” is not one Briefdesk knows (draft, review, ready, published); the brief is a draft.`,
      );
  },
  language: (value, fields) => (fields.language = asText(value)?.trim().replace(/_/g, '-') ?? ''),
  lang: (value, fields) => (fields.language ??= asText(value)?.trim().replace(/_/g, '-') ?? ''),
  locale: (value, fields) => (fields.language ??= asText(value)?.trim().replace(/_/g, '-') ?? ''),
  date: (value, fields) => (fields.date = value),
  published: (value, fields) => (fields.date ??= value),
  created: (value, fields) => (fields.date ??= value),
  hero: (value, fields) => {
    const hero = heroOf(value);
    if (hero) fields.hero = hero;
  },
  image: (value, fields) => {
    const hero = heroOf(value);
    if (hero) fields.hero ??= hero;
  },
  related: (value, fields) => (fields.related = relatedOf(value, fields.warnings)),
  canonical_url: (value, fields) => (fields.address = asText(value)?.trim() ?? fields.address),
  canonical: (value, fields) => (fields.address ??= asText(value)?.trim()),
  url: (value, fields) => (fields.address ??= asText(value)?.trim()),
  permalink: (value, fields) => (fields.address ??= asText(value)?.trim()),
  link: (value, fields) => (fields.address ??= asText(value)?.trim()),
  site_url: (value, fields) => (fields.siteUrl = asText(value)?.trim() ?? fields.siteUrl),
  siteurl: (value, fields) => (fields.siteUrl ??= asText(value)?.trim()),
  site: (value, fields) => (fields.siteUrl ??= asText(value)?.trim()),
  baseurl: (value, fields) => (fields.siteUrl ??= asText(value)?.trim()),
  base_url: (value, fields) => (fields.siteUrl ??= asText(value)?.trim()),
  // Known, and deliberately not kept: a new brief gets its own id and times.
  id: () => undefined,
  updated: () => undefined,
  modified: () => undefined,
  lastmod: () => undefined,
};

/** How many times front matter may use its aliases (*name) in all: a few are normal, an expansion attack uses thousands. */
const MAX_ALIAS_COUNT = 50;

/**
 * Reads YAML front matter (the `yaml` package; aliases are limited, no
 * custom types) into brief fields: the keys the Markdown export writes
 * (title, standfirst, section, byline, tags, status, language, date, hero,
 * related) and common aliases (headline, description, summary, author(s),
 * keywords, categories, lang, image…). Keys it does not know are returned
 * as text for the body. Throws ImportFileError when the YAML is broken or
 * not a set of keys and values.
 */
export function readFrontMatter(fileName: string, yaml: string): FrontMatterFields {
  const document = parseDocument(yaml, { prettyErrors: false });
  const [error] = document.errors;
  if (error) {
    throw new ImportFileError(
      'invalid_input',
      fileName,
      `The front matter (the YAML between the --- lines) cannot be read: ${error.message.split('\n')[0] ?? ''}`,
    );
  }
  let value: unknown;
  try {
    value = document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch {
    // yaml refuses aliases that would expand beyond the count (a "billion laughs"): the file is refused, not read.
    throw new ImportFileError(
      'invalid_input',
      fileName,
      'The front matter (the YAML between the --- lines) repeats its aliases (*name) too often to be read safely.',
    );
  }
  const fields: FrontMatterFields = { unknown: [], warnings: [] };
  if (value === null || value === undefined) return fields;
  const entries = record(value);
  if (!entries)
    throw new ImportFileError(
      'invalid_input',
      fileName,
      'The front matter (the YAML between the --- lines) is not a list of keys and values.',
    );
  for (const [key, entry] of Object.entries(entries)) {
    const map = KEYS[key.toLowerCase()];
    if (map) map(entry, fields);
    else fields.unknown.push([key, asText(entry) ?? stringify(entry, { lineWidth: 0 }).trim()]);
  }
  return fields;
}

/** `value` as a web address (absolute http or https), or null. */
function webUrl(value: string | undefined): URL | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}

/**
 * Where a Markdown post lives, from its front matter: its own address when
 * absolute, or the site's address joined with an address from the site's
 * root (`permalink: /2024/05/post/` with `site_url: https://example.org`);
 * the site alone when that is all it gives (only `/…` links resolve then).
 */
export function frontMatterBase(fields: Pick<FrontMatterFields, 'address' | 'siteUrl'>): { url: URL; siteOnly?: boolean } | null {
  const own = webUrl(fields.address);
  if (own) return { url: own };
  const site = webUrl(fields.siteUrl);
  if (!site) return null;
  if (fields.address) {
    try {
      return { url: new URL(fields.address.replace(/^\/+/, ''), site.href.endsWith('/') ? site : new URL(`${site.href}/`)) };
    } catch {
      return { url: site, siteOnly: true };
    }
  }
  return { url: site, siteOnly: true };
}
