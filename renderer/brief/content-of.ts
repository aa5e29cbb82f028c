import type { Brief, BriefContent, BriefSummary } from '../../shared/model/brief';
import { countWords } from '../../shared/model/word-count';

/** The editable part of a brief. */
export function contentOf(brief: Brief): BriefContent {
  return {
    section: brief.section,
    headline: brief.headline,
    standfirst: brief.standfirst,
    byline: brief.byline,
    tags: brief.tags,
    status: brief.status,
    language: brief.language,
    hero: brief.hero,
    related: brief.related,
    body: brief.body,
    wordTarget: brief.wordTarget ?? null,
  };
}

/** The library row of a whole brief. */
export function summaryOf(brief: Brief): BriefSummary {
  return {
    id: brief.id,
    headline: brief.headline,
    section: brief.section,
    status: brief.status,
    tags: brief.tags,
    wordCount: countWords(brief.body),
    createdAt: brief.createdAt,
    updatedAt: brief.updatedAt,
    trashedAt: brief.trashedAt,
  };
}
