// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import type { OutboxJob } from '../../../../shared/publish/outbox-job';
import type { Decision } from '../../../../renderer/publish/DecisionButtons';
import { OutboxJobRow } from '../../../../renderer/publish/OutboxJobRow';
import { PublishChecklist } from '../../../../renderer/publish/PublishChecklist';
import { PublishResult } from '../../../../renderer/publish/PublishResult';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root | null = null;
let host: HTMLElement | null = null;
function render(element: React.ReactNode): HTMLElement {
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  act(() => root?.render(element));
  return host;
}
afterEach(() => {
  act(() => root?.unmount());
  host?.remove();
  root = null;
});

/** Buttons by their accessible name (aria-label, else text). */
function buttonNames(container: HTMLElement): string[] {
  return [...container.querySelectorAll('button')].map((button) => button.getAttribute('aria-label') ?? button.textContent ?? '');
}

function button(container: HTMLElement, name: string): HTMLButtonElement {
  const found = [...container.querySelectorAll('button')].find(
    (candidate) => (candidate.getAttribute('aria-label') ?? candidate.textContent) === name,
  );
  if (!found) throw new Error(`No button “${name}” among ${buttonNames(container).join(', ')}`);
  return found;
}

const changedJob: OutboxJob = {
  id: 'job-abc123',
  briefId: 'brf_01hzzzzzzzzzzzzzzzzzzzzzzz',
  headline: 'Ferry timetables',
  targetId: 'harbour',
  status: 'publish',
  at: null,
  revisionId: '20260314T102000Z-publish-abcdef',
  briefRevision: 3,
  overwrite: false,
  state: 'needs_decision',
  attempts: 1,
  nextAttemptAt: null,
  lastError: 'The post was changed on the site.',
  remote: { kind: 'changed', link: 'https://harbour.example/ferry', modifiedGmt: '2026-03-14T09:00:00', modifiedBy: 'Rosa' },
  createdAt: '2026-03-14T10:20:00.000Z',
  updatedAt: '2026-03-14T10:21:00.000Z',
};

describe('Publish dialog views', () => {
  it('a post changed on the site offers exactly the three choices, and each reports its own decision', () => {
    const decided: Decision[] = [];
    const view = render(
      <PublishResult
        result={{ state: 'needs_decision', job: changedJob, message: 'Changed on the site.' }}
        deciding={null}
        onDecide={(decision) => decided.push(decision)}
        onOpenOutbox={() => undefined}
      />,
    );
    expect(view.querySelector('[role="alert"]')?.textContent).toContain('changed by Rosa');
    expect(buttonNames(view)).toEqual(['Overwrite the site’s version', 'Pull the site’s version into a new revision', 'Cancel']);
    act(() => button(view, 'Pull the site’s version into a new revision').click());
    act(() => button(view, 'Overwrite the site’s version').click());
    act(() => button(view, 'Cancel').click());
    expect(decided).toEqual(['pull', 'overwrite', 'cancel']);
  });

  it('while a decision is carried out, every choice is disabled', () => {
    const view = render(
      <PublishResult
        result={{ state: 'needs_decision', job: changedJob, message: '' }}
        deciding="overwrite"
        onDecide={() => undefined}
        onOpenOutbox={() => undefined}
      />,
    );
    const buttons = [...view.querySelectorAll('button')];
    expect(buttons.map((candidate) => candidate.disabled)).toEqual([true, true, true]);
    expect(buttons[0]?.textContent).toBe('Overwriting…');
  });

  it('a queued publish says it will go when the site can be reached, and leads to the Outbox', () => {
    let opened = 0;
    const view = render(
      <PublishResult
        result={{
          state: 'queued',
          job: { ...changedJob, state: 'queued', remote: null },
          message: 'harbour.example could not be reached.',
        }}
        deciding={null}
        onDecide={() => undefined}
        onOpenOutbox={() => (opened += 1)}
      />,
    );
    expect(view.textContent).toContain('Will publish when the site can be reached.');
    act(() => button(view, 'Open the Outbox').click());
    expect(opened).toBe(1);
  });

  it('the checklist offers "Publish anyway" for warnings only when nothing blocks', () => {
    const warning = { rule: 'takeaways', severity: 'warning' as const, message: 'Key Takeaways has 2 points; 3–7 are expected.' };
    const error = { rule: 'standfirst', severity: 'error' as const, message: 'The brief has no standfirst.' };
    const acknowledged: boolean[] = [];
    const warned = render(
      <PublishChecklist
        checklist={{ errors: [], warnings: [warning] }}
        acknowledged={false}
        onAcknowledge={(value) => acknowledged.push(value)}
      />,
    );
    const box = warned.querySelector<HTMLInputElement>('input[type="checkbox"]');
    expect(box?.closest('label')?.textContent).toBe('Publish anyway');
    act(() => box?.click());
    expect(acknowledged).toEqual([true]);
    act(() => root?.unmount());
    const blocked = render(
      <PublishChecklist checklist={{ errors: [error], warnings: [warning] }} acknowledged={false} onAcknowledge={() => undefined} />,
    );
    expect(blocked.querySelector('ul[aria-label="Fix before publishing"]')?.textContent).toBe('The brief has no standfirst.');
    expect(blocked.querySelector('input[type="checkbox"]')).toBeNull();
  });
});

describe('Outbox job row', () => {
  it('a job needing a decision offers the three choices named after its brief, not Retry now', () => {
    const decided: Decision[] = [];
    const view = render(
      <ul>
        <OutboxJobRow
          job={changedJob}
          target="Harbour Desk"
          busy={null}
          onRetry={() => undefined}
          onCancel={() => undefined}
          onDecide={(decision) => decided.push(decision)}
        />
      </ul>,
    );
    expect(view.querySelector('li')?.getAttribute('aria-label')).toBe('Ferry timetables → Harbour Desk');
    expect(view.textContent).toContain('Needs your decision');
    expect(buttonNames(view)).toEqual([
      'Overwrite the site’s version',
      'Pull the site’s version into a new revision',
      'Cancel publishing Ferry timetables',
    ]);
    act(() => button(view, 'Cancel publishing Ferry timetables').click());
    expect(decided).toEqual(['cancel']);
  });

  it('a failed job shows its last error, attempts, Retry now and Cancel', () => {
    const actions: string[] = [];
    const failed: OutboxJob = { ...changedJob, state: 'failed', remote: null, attempts: 2, lastError: 'The folder is a file.' };
    const view = render(
      <ul>
        <OutboxJobRow
          job={failed}
          target="Team site"
          busy={null}
          onRetry={() => actions.push('retry')}
          onCancel={() => actions.push('cancel')}
          onDecide={() => undefined}
        />
      </ul>,
    );
    expect(view.textContent).toContain('Last error: The folder is a file.');
    expect(view.textContent).toContain('To Team site · Publish · 2 attempts');
    act(() => button(view, 'Retry now: Ferry timetables').click());
    act(() => button(view, 'Cancel: Ferry timetables').click());
    expect(actions).toEqual(['retry', 'cancel']);
  });
});
