import { describe, expect, it } from 'vitest';
import type { OutboxJob } from '../../../../shared/publish/outbox-job';
import type { Publication } from '../../../../shared/publish/publish-outcome';
import { TargetInput, type PublishTarget } from '../../../../shared/publish/target';
import {
  attemptsText,
  jobStateLabel,
  nextTryText,
  publicationText,
  remoteChangeText,
  scheduledAt,
  statusLabel,
  targetDetail,
  targetName,
} from '../../../../renderer/publish/publish-labels';
import { connectionText } from '../../../../renderer/settings/connection-text';
import { blankDraft, draftOf, draftProblem, inputOf } from '../../../../renderer/settings/target-draft';

const wordpress: PublishTarget = {
  id: 'harbour',
  name: 'Harbour Desk',
  kind: 'wordpress',
  url: 'https://harbour.example/news',
  username: 'editor',
  hasPassword: true,
};
const folder: PublishTarget = { id: 'team-site', name: 'Team site', kind: 'folder', folder: '/srv/site', baseUrl: null };

function job(patch: Partial<OutboxJob> = {}): OutboxJob {
  return {
    id: 'job-abc123',
    briefId: 'brf_01hzzzzzzzzzzzzzzzzzzzzzzz',
    headline: 'Ferry timetables',
    targetId: 'harbour',
    status: 'publish',
    at: null,
    revisionId: '20260314T102000Z-publish-abcdef',
    briefRevision: 3,
    overwrite: false,
    state: 'queued',
    attempts: 0,
    nextAttemptAt: null,
    lastError: null,
    remote: null,
    createdAt: '2026-03-14T10:20:00.000Z',
    updatedAt: '2026-03-14T10:20:00.000Z',
    ...patch,
  };
}

describe('Settings: the target form', () => {
  it('never fills the password of a saved WordPress target, and leaves it out when not retyped (the stored one is kept)', () => {
    const draft = draftOf(wordpress);
    expect(draft.password).toBe('');
    expect(draft.hasPassword).toBe(true);
    const input = inputOf(draft);
    expect(input).toEqual({
      id: 'harbour',
      kind: 'wordpress',
      name: 'Harbour Desk',
      url: 'https://harbour.example/news',
      username: 'editor',
    });
    expect(TargetInput.safeParse(input).success).toBe(true);
    expect(draftProblem(draft)).toBeNull();
  });

  it('sends a new password as typed, and fields trimmed; an empty base URL is none', () => {
    const typed = {
      ...blankDraft('wordpress'),
      name: ' Harbour ',
      url: ' https://harbour.example ',
      username: ' editor ',
      password: 'abcd efgh ijkl',
    };
    expect(inputOf(typed)).toEqual({
      kind: 'wordpress',
      name: 'Harbour',
      url: 'https://harbour.example',
      username: 'editor',
      applicationPassword: 'abcd efgh ijkl',
    });
    const site = { ...blankDraft('folder'), name: 'Team site', folder: ' /srv/site ', baseUrl: '  ' };
    const input = inputOf(site);
    expect(input).toEqual({ kind: 'folder', name: 'Team site', folder: '/srv/site', baseUrl: null });
    expect(TargetInput.safeParse(input).success).toBe(true);
    expect(inputOf(draftOf(folder))).toEqual({ id: 'team-site', kind: 'folder', name: 'Team site', folder: '/srv/site', baseUrl: null });
  });

  it('says what is missing before anything is sent', () => {
    expect(draftProblem(blankDraft('folder'))).toBe('Give the target a name.');
    expect(draftProblem({ ...blankDraft('folder'), name: 'Site' })).toBe('Type the folder’s full path.');
    const named = { ...blankDraft('wordpress'), name: 'Harbour' };
    expect(draftProblem(named)).toBe('Type the site’s address.');
    expect(draftProblem({ ...named, url: 'harbour.example' })).toBe('The site address must start with http:// or https://.');
    expect(draftProblem({ ...named, url: 'https://harbour.example' })).toBe('Type the WordPress user name.');
    expect(draftProblem({ ...named, url: 'https://harbour.example', username: 'ed' })).toBe('Type an application password.');
    expect(draftProblem({ ...named, url: 'https://harbour.example', username: 'ed', password: 'x' })).toBeNull();
  });
});

describe('Settings: Test connection in plain words', () => {
  it('puts a plain headline before the Node side’s explanation for each known problem', () => {
    const failed = (problem: string, message: string) => connectionText({ ok: false, problem, message, retryable: false });
    expect(failed('auth', 'The site refused editor.')).toBe('Wrong user name or application password. The site refused editor.');
    expect(failed('unreachable', 'harbour.example refused the connection.')).toMatch(/^The site could not be reached\. harbour/);
    expect(failed('rest_unavailable', 'No /wp-json/ at that address.')).toMatch(/^No WordPress REST API answers at that address/);
    expect(failed('auth_header_stripped', 'Ask the host to pass it on.')).toMatch(/removes the Authorization header/);
    expect(failed('something_new', 'As the site said.')).toBe('As the site said.');
    expect(connectionText({ ok: true, problem: null, message: 'Connected to “Harbour” as Ed.', retryable: false })).toBe(
      'Connected to “Harbour” as Ed.',
    );
  });

  it('does not repeat a headline the message already starts with', () => {
    expect(connectionText({ ok: false, problem: 'unreachable', message: 'The site could not be reached.', retryable: true })).toBe(
      'The site could not be reached.',
    );
  });
});

describe('Publish and Outbox labels', () => {
  it('names statuses, states, attempts and targets as the analyst reads them', () => {
    expect(statusLabel('pending')).toBe('Pending review');
    expect(statusLabel('future')).toBe('Scheduled');
    expect(statusLabel('private')).toBe('private');
    expect(jobStateLabel('needs_decision')).toBe('Needs your decision');
    expect(attemptsText(0)).toBe('Not tried yet');
    expect(attemptsText(1)).toBe('1 attempt');
    expect(attemptsText(4)).toBe('4 attempts');
    expect(targetDetail(wordpress)).toBe('WordPress · https://harbour.example/news');
    expect(targetDetail(folder)).toBe('Folder · /srv/site');
    expect(targetName([wordpress, folder], 'team-site')).toBe('Team site');
    expect(targetName([wordpress], 'gone')).toBe('A deleted target');
  });

  it('gives a next try only for a queued job that has one', () => {
    expect(nextTryText(job({ state: 'queued', nextAttemptAt: '2026-03-14T10:25:00.000Z' }))).toMatch(/^Next try .*2026/);
    expect(nextTryText(job({ state: 'failed', nextAttemptAt: '2026-03-14T10:25:00.000Z' }))).toBeNull();
    expect(nextTryText(job({ state: 'queued', nextAttemptAt: null }))).toBeNull();
  });

  it('describes the site’s copy of a job waiting for a decision', () => {
    expect(remoteChangeText(job())).toBeNull();
    expect(remoteChangeText(job({ remote: { kind: 'missing', link: '', modifiedGmt: '', modifiedBy: null } }))).toMatch(
      /deleted on the site/,
    );
    const changed = remoteChangeText(
      job({ remote: { kind: 'changed', link: 'https://x.example/p', modifiedGmt: '2026-03-14T09:00:00', modifiedBy: 'Rosa' } }),
    );
    expect(changed).toMatch(/^The site’s copy was changed by Rosa on .*2026.* since the last publish\.$/);
  });

  it('writes where a brief is published, with a WordPress status other than published', () => {
    const publication: Publication = {
      briefId: 'brf_01hzzzzzzzzzzzzzzzzzzzzzzz',
      targetId: 'harbour',
      targetName: 'Harbour Desk',
      kind: 'wordpress',
      link: 'https://harbour.example/news/ferry',
      status: 'publish',
      publishedAt: '2026-03-14T10:20:00.000Z',
      revisionId: '20260314T102000Z-publish-abcdef',
      changedSince: false,
    };
    expect(publicationText(publication)).toMatch(/^Published to Harbour Desk · .*2026/);
    expect(publicationText({ ...publication, status: 'draft' })).toMatch(/^Published to Harbour Desk \(draft\) · /);
    expect(publicationText({ ...publication, targetName: '' })).toMatch(/^Published to a deleted target · /);
  });

  it('turns a scheduled local date and time into an ISO time, refusing the past and non-times', () => {
    const now = Date.parse('2026-03-14T10:00:00Z');
    const local = new Date(now + 3_600_000);
    const pad = (n: number) => String(n).padStart(2, '0');
    const typed = `${local.getFullYear()}-${pad(local.getMonth() + 1)}-${pad(local.getDate())}T${pad(local.getHours())}:${pad(local.getMinutes())}`;
    expect(scheduledAt(typed, now)).toBe(new Date(now + 3_600_000).toISOString());
    expect(scheduledAt('2020-01-01T09:00', now)).toBeNull();
    expect(scheduledAt('tomorrow', now)).toBeNull();
    expect(scheduledAt('', now)).toBeNull();
  });
});
