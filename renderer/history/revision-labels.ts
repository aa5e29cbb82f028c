import type { RevisionKind, RevisionSummary } from '../../shared/revisions/revision';

/** What each kind of revision is called in History. */
const KIND_LABELS: Record<RevisionKind, string> = {
  auto: 'Automatic',
  named: 'Named version',
  export: 'Exported',
  publish: 'Published',
  'before-import': 'Before import',
  'before-restore': 'Before restore',
  'before-pull': 'Before pull',
  'before-replace': 'Before replace in all briefs',
};

/** "Automatic", "Named version", "Exported", "Before restore"… */
export function kindLabel(kind: RevisionKind): string {
  return KIND_LABELS[kind];
}

/** A revision's title in the list: a named version's name, else what kind of revision it is. */
export function revisionTitle(revision: Pick<RevisionSummary, 'kind' | 'name'>): string {
  return revision.kind === 'named' && revision.name ? revision.name : kindLabel(revision.kind);
}
