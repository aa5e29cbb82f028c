import { useCallback, useEffect, useState } from 'react';
import type { BriefdeskApi } from '../../shared/api/contract';
import type { PublishTarget } from '../../shared/publish/target';
import { errorMessage } from '../format/error-message';

/** The publishing targets as loaded, with how this shell keeps passwords. */
export interface Targets {
  status: 'loading' | 'ready' | 'error';
  targets: PublishTarget[];
  /** One sentence from the Node side ('' until loaded). */
  passwordStorage: string;
  error: string | null;
  reload: () => void;
}

/** Loads the publishing targets (listTargets) and reloads them on demand. */
export function useTargets(api: BriefdeskApi): Targets {
  const [state, setState] = useState<Omit<Targets, 'reload'>>({ status: 'loading', targets: [], passwordStorage: '', error: null });
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    let current = true;
    api.listTargets({}).then(
      (answer) => {
        if (current) setState({ status: 'ready', targets: answer.targets, passwordStorage: answer.passwordStorage, error: null });
      },
      (error: unknown) => {
        if (current) setState((before) => ({ ...before, status: 'error', error: errorMessage(error) }));
      },
    );
    return () => {
      current = false;
    };
  }, [api, generation]);
  const reload = useCallback(() => setGeneration((n) => n + 1), []);
  return { ...state, reload };
}
