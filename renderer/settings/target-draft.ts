import type { PublishTarget, TargetInput } from '../../shared/publish/target';

/** The target form's fields as typed (strings only; the password is never filled from the Node side). */
export interface TargetDraft {
  id?: string;
  kind: 'wordpress' | 'folder';
  name: string;
  url: string;
  username: string;
  /** A new application password, or '' to keep the stored one. */
  password: string;
  folder: string;
  baseUrl: string;
  /** A password is stored for this target (an existing WordPress target). */
  hasPassword: boolean;
}

/** An empty form for a new target of a kind. */
export function blankDraft(kind: TargetDraft['kind']): TargetDraft {
  return { kind, name: '', url: '', username: '', password: '', folder: '', baseUrl: '', hasPassword: false };
}

/** The form for changing a saved target. */
export function draftOf(target: PublishTarget): TargetDraft {
  if (target.kind === 'wordpress') {
    return {
      ...blankDraft('wordpress'),
      id: target.id,
      name: target.name,
      url: target.url,
      username: target.username,
      hasPassword: target.hasPassword,
    };
  }
  return { ...blankDraft('folder'), id: target.id, name: target.name, folder: target.folder, baseUrl: target.baseUrl ?? '' };
}

/**
 * What the form saves or tests: fields trimmed; an empty password left out
 * (the stored one is kept); an empty base URL is none.
 */
export function inputOf(draft: TargetDraft): TargetInput {
  const id = draft.id === undefined ? {} : { id: draft.id };
  if (draft.kind === 'wordpress') {
    const password = draft.password.trim() === '' ? {} : { applicationPassword: draft.password };
    return { ...id, kind: 'wordpress', name: draft.name.trim(), url: draft.url.trim(), username: draft.username.trim(), ...password };
  }
  const baseUrl = draft.baseUrl.trim();
  return { ...id, kind: 'folder', name: draft.name.trim(), folder: draft.folder.trim(), baseUrl: baseUrl === '' ? null : baseUrl };
}

/** The first thing missing from the form, in words, or null when it can be sent. */
export function draftProblem(draft: TargetDraft): string | null {
  if (draft.name.trim() === '') return 'Give the target a name.';
  if (draft.kind === 'folder') return draft.folder.trim() === '' ? 'Type the folder’s full path.' : null;
  if (draft.url.trim() === '') return 'Type the site’s address.';
  if (!/^https?:\/\/\S+$/i.test(draft.url.trim())) return 'The site address must start with http:// or https://.';
  if (draft.username.trim() === '') return 'Type the WordPress user name.';
  if (!draft.hasPassword && draft.password.trim() === '') return 'Type an application password.';
  return null;
}
