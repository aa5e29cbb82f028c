import { useCallback, useEffect, useState } from 'react';
import type { BriefdeskApi } from '../../shared/api/contract';
import type { Template } from '../../shared/model/template';
import { errorMessage } from '../format/error-message';

export interface TemplateList {
  /** null while loading. */
  templates: Template[] | null;
  error: string | null;
  /** Takes a deleted template out of the list. */
  removed: (id: string) => void;
}

/** The templates (built-in first), loaded once when a template dialog opens. */
export function useTemplates(api: BriefdeskApi): TemplateList {
  const [templates, setTemplates] = useState<Template[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    api.listTemplates({}).then(
      (list) => {
        if (current) setTemplates(list);
      },
      (failure: unknown) => {
        if (current) setError(errorMessage(failure));
      },
    );
    return () => {
      current = false;
    };
  }, [api]);

  const removed = useCallback((id: string) => setTemplates((list) => list?.filter((template) => template.id !== id) ?? null), []);
  return { templates, error, removed };
}
