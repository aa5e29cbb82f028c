import type { BriefStatus } from '../../shared/model/brief';

export const STATUS_LABELS: Record<BriefStatus, string> = {
  draft: 'Draft',
  review: 'In review',
  ready: 'Ready',
  published: 'Published',
};

export const STATUS_ORDER: readonly BriefStatus[] = ['draft', 'review', 'ready', 'published'];
