import { stringify } from 'yaml';
import { assetIdFromSrc } from '../editor/nodes/brief-image';
import { resolveSyncedDesks } from '../editor/nodes/editors-desk';
import type { Brief } from '../model/brief';
import type { DeskBlockSource } from '../model/desk-block';
import { renderBodyMarkdown } from './body-markdown';
import type { RelatedBriefLink } from './render-brief-html';

/** What `renderBriefMarkdown` needs besides the brief. */
export interface RenderBriefMarkdownOptions {
  /** The relative path an asset is written with (beside the .md), or null when it is unavailable. */
  assetPath: (assetId: string) => string | null;
  /** Image `src`s that are not library assets (remote images): the URL to write, or null to leave them out. @default leave out */
  otherImage?: (src: string) => string | null;
  /** Desk-library blocks, to bring synced Editor's Desks up to date (`resolveSyncedDesks`); left out when they are up to date already. */
  deskBlocks?: (id: string) => DeskBlockSource | undefined;
  /** Title and file of a related library brief (href: the other .md when exported with it); unknown ones keep only their id. */
  relatedBrief?: (id: string) => RelatedBriefLink | undefined;
}

/** The YAML front matter of a Markdown export (see `renderBriefMarkdown`). */
export interface BriefFrontMatter {
  id: string;
  title: string;
  standfirst: string;
  section: string;
  byline: string;
  tags: string[];
  status: string;
  language: string;
  /** When the brief was created (ISO 8601). */
  date: string;
  /** When it was last saved (ISO 8601). */
  updated: string;
  hero: { file: string; alt: string; caption: string; credit: string } | null;
  related: ({ brief: string; title?: string; file?: string } | { url: string; title: string })[];
}

function frontMatterOf(brief: Brief, options: RenderBriefMarkdownOptions): BriefFrontMatter {
  const heroFile = brief.hero ? options.assetPath(brief.hero.asset) : null;
  return {
    id: brief.id,
    title: brief.headline,
    standfirst: brief.standfirst,
    section: brief.section,
    byline: brief.byline,
    tags: [...brief.tags],
    status: brief.status,
    language: brief.language,
    date: brief.createdAt,
    updated: brief.updatedAt,
    hero:
      brief.hero && heroFile !== null
        ? { file: heroFile, alt: brief.hero.alt, caption: brief.hero.caption, credit: brief.hero.credit }
        : null,
    related: brief.related.map((ref) => {
      if (ref.kind === 'url') return { url: ref.url, title: ref.title };
      const link = options.relatedBrief?.(ref.id);
      return {
        brief: ref.id,
        ...(link ? { title: link.title } : {}),
        ...(link?.href ? { file: link.href } : {}),
      };
    }),
  };
}

/**
 * A brief as one Markdown file: YAML front matter (written by the `yaml`
 * package, every string double-quoted so any YAML reader gets strings back
 * exactly; see `BriefFrontMatter` — the headline is `title`) between `---`
 * lines, then the body (`renderBodyMarkdown`) with synced desks resolved
 * (given `deskBlocks`) and images at `options.assetPath`. The headline is not repeated in the body.
 * Front matter is data: its values are kept as typed (a consumer putting
 * them into HTML escapes them, as for any field); the body never carries raw
 * HTML. Pure.
 */
export function renderBriefMarkdown(brief: Brief, options: RenderBriefMarkdownOptions): string {
  const body = options.deskBlocks ? resolveSyncedDesks(brief.body, options.deskBlocks).body : brief.body;
  const markdown = renderBodyMarkdown(body, {
    imageUrl: (src) => {
      const asset = assetIdFromSrc(src);
      return asset === null ? (options.otherImage?.(src) ?? null) : options.assetPath(asset);
    },
  });
  const yaml = stringify(frontMatterOf(brief, options), {
    defaultStringType: 'QUOTE_DOUBLE',
    defaultKeyType: 'PLAIN',
    lineWidth: 0,
  });
  return `---\n${yaml}---\n${markdown ? `\n${markdown}` : ''}`;
}
