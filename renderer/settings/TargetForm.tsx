import { type FormEvent, useId, useState } from 'react';
import type { PublishTarget, TargetTestResult } from '../../shared/publish/target';
import { FormActions } from '../ui/FormActions';
import { InlineAlert } from '../ui/InlineAlert';
import { TextField } from '../ui/TextField';
import { useWorkbench } from '../workbench/workbench-context';
import { errorMessage } from '../format/error-message';
import { connectionText } from './connection-text';
import { draftProblem, inputOf, type TargetDraft } from './target-draft';

export interface TargetFormProps {
  initial: TargetDraft;
  onSaved: (target: PublishTarget) => void;
  onCancel: () => void;
}

/** One text field of the form, with its label (and an optional hint as its description). */
function TargetField(props: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  type?: 'text' | 'url' | 'password';
  hint?: string;
  placeholder?: string;
  autoFocus?: boolean;
  autoComplete?: string;
}) {
  const id = useId();
  return (
    <TextField
      id={id}
      label={props.label}
      type={props.type ?? 'text'}
      value={props.value}
      placeholder={props.placeholder}
      autoComplete={props.autoComplete ?? 'off'}
      spellCheck={false}
      data-autofocus={props.autoFocus ? true : undefined}
      hint={props.hint === undefined ? undefined : { text: props.hint }}
      onValue={props.onChange}
    />
  );
}

/**
 * Add or change a publishing target: a WordPress site (address, user name,
 * application password — write-only: a stored one is never shown back) or a
 * static-site folder (full path, optional base URL). "Test connection" tries
 * the settings as typed and says what it found in plain words.
 */
export function TargetForm({ initial, onSaved, onCancel }: TargetFormProps) {
  const { api } = useWorkbench();
  const [draft, setDraft] = useState(initial);
  const [busy, setBusy] = useState<'none' | 'saving' | 'testing'>('none');
  const [problem, setProblem] = useState<string | null>(null);
  const [tested, setTested] = useState<TargetTestResult | null>(null);
  const change = (patch: Partial<TargetDraft>): void => {
    setDraft((before) => ({ ...before, ...patch }));
    setTested(null);
  };
  const isNew = initial.id === undefined;
  const wordpress = draft.kind === 'wordpress';

  async function save(event: FormEvent): Promise<void> {
    event.preventDefault();
    const missing = draftProblem(draft);
    if (missing) return setProblem(missing);
    setBusy('saving');
    setProblem(null);
    try {
      onSaved(await api.saveTarget(inputOf(draft)));
    } catch (error) {
      setProblem(`Couldn’t save the target — ${errorMessage(error)}`);
      setBusy('none');
    }
  }

  async function test(): Promise<void> {
    const missing = draftProblem(draft);
    if (missing) return setProblem(missing);
    setBusy('testing');
    setProblem(null);
    setTested(null);
    try {
      setTested(await api.testTarget(inputOf(draft)));
    } catch (error) {
      setProblem(`Couldn’t test the connection — ${errorMessage(error)}`);
    } finally {
      setBusy('none');
    }
  }

  const title = `${isNew ? 'Add' : 'Edit'} ${wordpress ? 'WordPress site' : 'static-site folder'}`;
  return (
    <form className="target-form" onSubmit={(event) => void save(event)} noValidate aria-label={title} aria-busy={busy !== 'none'}>
      <h3 className="settings-heading">{title}</h3>
      <TargetField
        label="Name"
        value={draft.name}
        onChange={(name) => change({ name })}
        autoFocus
        placeholder={wordpress ? 'Harbour Desk site' : 'Team site folder'}
      />
      {wordpress ? (
        <>
          <TargetField
            label="Site address"
            type="url"
            value={draft.url}
            onChange={(url) => change({ url })}
            placeholder="https://example.com"
          />
          <TargetField label="User name" value={draft.username} onChange={(username) => change({ username })} autoComplete="username" />
          <TargetField
            label="Application password"
            type="password"
            value={draft.password}
            onChange={(password) => change({ password })}
            autoComplete="new-password"
            hint={
              draft.hasPassword
                ? 'Saved — enter a new one to replace it.'
                : 'Made in WordPress under Users → Profile → Application Passwords.'
            }
          />
        </>
      ) : (
        <>
          <TargetField
            label="Folder (full path)"
            value={draft.folder}
            onChange={(folder) => change({ folder })}
            placeholder="/home/me/site"
          />
          <TargetField
            label="Base URL (optional)"
            type="url"
            value={draft.baseUrl}
            onChange={(baseUrl) => change({ baseUrl })}
            hint="Where the folder is served, for the feed and sitemap links."
          />
        </>
      )}
      <div className="target-test">
        <button type="button" className="button button-small" disabled={busy !== 'none'} onClick={() => void test()}>
          {busy === 'testing' ? 'Testing…' : 'Test connection'}
        </button>
        {tested && (
          <p className={tested.ok ? 'target-test-result is-ok' : 'target-test-result is-problem'} role={tested.ok ? 'status' : 'alert'}>
            {connectionText(tested)}
          </p>
        )}
      </div>
      <InlineAlert message={problem} />
      <FormActions onCancel={onCancel} submitLabel={isNew ? 'Add target' : 'Save'} busy={busy === 'saving'} busyLabel="Saving…" />
    </form>
  );
}
