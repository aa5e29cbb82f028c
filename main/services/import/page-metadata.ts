/** What a web page's head says about it. */
export interface PageMetadata {
  title: string | null;
  description: string | null;
  author: string | null;
  keywords: string[];
  section: string | null;
  language: string | null;
  published: string | null;
  /** The page's own address: its `<base>`, canonical link or og:url (absolute http or https), for its relative links. */
  address: string | null;
}

/** `value` when it is an absolute http(s) address, else null. */
function webAddress(value: string | null | undefined): string | null {
  const trimmed = value?.trim() ?? '';
  try {
    const url = new URL(trimmed);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

function meta(document: Document, selector: string): string | null {
  const content = document.querySelector(selector)?.getAttribute('content')?.replace(/\s+/g, ' ').trim();
  return content ? content : null;
}

/**
 * A page's metadata, as text: `<title>`/og:title, the description
 * (name=description or og:description), the author, keywords (or
 * article:tag), article:section, the language (`lang` on `<html>`, else
 * Content-Language or og:locale) and article:published_time.
 */
export function pageMetadata(document: Document): PageMetadata {
  const html = document.documentElement;
  const keywords = meta(document, 'meta[name="keywords" i]');
  const tags = Array.from(document.querySelectorAll('meta[property="article:tag" i]')).flatMap(
    (tag) => tag.getAttribute('content')?.trim() || [],
  );
  const locale = meta(document, 'meta[property="og:locale" i]');
  return {
    title: document.querySelector('title')?.textContent?.replace(/\s+/g, ' ').trim() || meta(document, 'meta[property="og:title" i]'),
    description: meta(document, 'meta[name="description" i]') ?? meta(document, 'meta[property="og:description" i]'),
    author: meta(document, 'meta[name="author" i]'),
    keywords: keywords
      ? keywords
          .split(',')
          .map((word) => word.trim())
          .filter(Boolean)
      : tags,
    section: meta(document, 'meta[property="article:section" i]'),
    language:
      html.getAttribute('lang')?.trim() ||
      meta(document, 'meta[http-equiv="content-language" i]')?.split(',')[0]?.trim() ||
      locale?.replace(/_/g, '-') ||
      null,
    published: meta(document, 'meta[property="article:published_time" i]'),
    address:
      webAddress(document.querySelector('base[href]')?.getAttribute('href')) ??
      webAddress(document.querySelector('link[rel~="canonical" i]')?.getAttribute('href')) ??
      webAddress(meta(document, 'meta[property="og:url" i]')),
  };
}

/** The element holding a page's article: its `<article>` (the longest, when several), else `<main>`, else the body. */
export function articleRoot(document: Document): Element {
  const articles = Array.from(document.querySelectorAll('article'));
  const longest = articles.sort((a, b) => (b.textContent?.length ?? 0) - (a.textContent?.length ?? 0))[0];
  return longest ?? document.querySelector('main, [role="main"]') ?? document.body;
}
