import { z } from 'zod';
import { hasBriefMarker } from './post-content';
import { isWordPressError } from './wordpress-error';
import type { WordPressRest } from './wordpress-rest';
import { WpPost, WpRevision, WpUser } from './wordpress-schemas';

/** A post as the editor sees it (`context=edit`: raw title, excerpt, content), or null when it is gone or in the trash. */
export async function fetchPost(rest: WordPressRest, postId: number): Promise<WpPost | null> {
  try {
    const post = await rest.call(WpPost, { route: `/wp/v2/posts/${postId}`, query: { context: 'edit' } });
    return post.status === 'trash' ? null : post;
  } catch (error) {
    if (isWordPressError(error, 'rejected') && (error.status === 404 || error.status === 410)) return null;
    throw error;
  }
}

/**
 * The post a create for `briefId` may have made although its answer never
 * arrived: posts of any status (not trashed) whose text contains the brief
 * id (WordPress's search looks in the raw content), kept only when
 * content.raw holds the exact marker. The oldest, if several.
 */
export async function findPostByMarker(rest: WordPressRest, briefId: string): Promise<WpPost | null> {
  const found = await rest.call(z.array(WpPost), {
    route: '/wp/v2/posts',
    query: { search: briefId, status: 'any', context: 'edit', per_page: 100, orderby: 'id', order: 'asc' },
  });
  return found.find((post) => hasBriefMarker(post.content.raw ?? '', briefId)) ?? null;
}

/** The display name of whoever saved the post's latest revision, or null when the site does not say. */
export async function lastEditorName(rest: WordPressRest, postId: number): Promise<string | null> {
  try {
    const [latest] = await rest.call(z.array(WpRevision), {
      route: `/wp/v2/posts/${postId}/revisions`,
      query: { per_page: 1, orderby: 'date', order: 'desc', context: 'edit' },
    });
    if (!latest || latest.author === 0) return null;
    const user = await rest.call(WpUser, { route: `/wp/v2/users/${latest.author}`, query: { context: 'edit' } });
    return user.name;
  } catch {
    return null;
  }
}
