import type { WordPressSiteInfo } from './wordpress-site';

/** A post as the tests read it back (`context=edit`). */
export interface SitePost {
  id: number;
  status: string;
  slug: string;
  link: string;
  modified_gmt: string;
  /** When it is (or was) published, UTC, "YYYY-MM-DDTHH:MM:SS". */
  date_gmt: string;
  featured_media: number;
  tags: number[];
  categories: number[];
  title: { raw: string };
  excerpt: { raw: string };
  content: { raw: string };
}

/** A media item as the tests read it back. */
export interface SiteMedia {
  id: number;
  source_url: string;
  alt_text: string;
  caption: { raw: string };
}

/**
 * Direct REST calls to the test site, independent of the code under test:
 * what the tests use to count and read posts as the administrator and to
 * edit them as the other user.
 */
export class SiteApi {
  readonly #site: WordPressSiteInfo;

  constructor(site: WordPressSiteInfo) {
    this.#site = site;
  }

  #auth(as: 'admin' | 'other'): string {
    const [user, password] =
      as === 'admin' ? [this.#site.adminUser, this.#site.appPassword] : [this.#site.otherUser, this.#site.otherAppPassword];
    return `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
  }

  /** A REST call; throws with the body on a non-2xx answer. Returns the JSON and the headers. */
  async call<T>(
    route: string,
    options: { as?: 'admin' | 'other'; method?: string; json?: unknown; query?: Record<string, string> } = {},
  ): Promise<{ data: T; headers: Headers }> {
    const url = new URL(`${this.#site.url}/`);
    url.searchParams.set('rest_route', route);
    for (const [key, value] of Object.entries(options.query ?? {})) url.searchParams.set(key, value);
    const response = await fetch(url, {
      method: options.method ?? 'GET',
      headers: {
        Authorization: this.#auth(options.as ?? 'admin'),
        ...(options.json === undefined ? {} : { 'Content-Type': 'application/json' }),
      },
      body: options.json === undefined ? undefined : JSON.stringify(options.json),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${options.method ?? 'GET'} ${route} → ${response.status}: ${text.slice(0, 300)}`);
    return { data: JSON.parse(text) as T, headers: response.headers };
  }

  /** How many posts of any status (not trashed) the site has. */
  async countPosts(): Promise<number> {
    const { headers } = await this.call('/wp/v2/posts', { query: { status: 'any', per_page: '1', context: 'edit' } });
    return Number(headers.get('x-wp-total'));
  }

  /** How many media items the site has. */
  async countMedia(): Promise<number> {
    const { headers } = await this.call('/wp/v2/media', { query: { per_page: '1' } });
    return Number(headers.get('x-wp-total'));
  }

  async post(id: number): Promise<SitePost> {
    return (await this.call<SitePost>(`/wp/v2/posts/${id}`, { query: { context: 'edit' } })).data;
  }

  async media(id: number): Promise<SiteMedia> {
    return (await this.call<SiteMedia>(`/wp/v2/media/${id}`, { query: { context: 'edit' } })).data;
  }

  /** Names of terms by id in a taxonomy. */
  async termNames(taxonomy: 'tags' | 'categories', ids: number[]): Promise<string[]> {
    if (ids.length === 0) return [];
    const { data } = await this.call<{ name: string }[]>(`/wp/v2/${taxonomy}`, { query: { include: ids.join(','), per_page: '100' } });
    return data.map((term) => term.name).sort();
  }

  /** Changes a post as the other user (a colleague editing on the site). */
  async editAsOther(id: number, changes: Record<string, unknown>): Promise<SitePost> {
    return (await this.call<SitePost>(`/wp/v2/posts/${id}`, { as: 'other', method: 'POST', json: changes })).data;
  }
}
