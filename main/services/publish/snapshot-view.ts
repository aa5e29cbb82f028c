import type { Brief } from '../../../shared/model/brief';
import type { RevisionSummary } from '../../../shared/revisions/revision';
import type { LibraryStore } from '../library/library-store';
import { STANDS_FOR } from './publications';

/** A method of `target` called on `target` itself (private fields need it), or any other value as it is. */
function bound(target: object, prop: string | symbol): unknown {
  const value: unknown = Reflect.get(target, prop, target);
  return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
}

/**
 * The store as the publishers (WordPress, static folder) should see it for
 * one job: `get(briefId)` answers the brief as it was in the job's
 * 'publish' revision — not a later edit — and `revisions.snapshot(briefId)`
 * answers that revision instead of taking a new one. Everything else is
 * the store itself (publication records included, see STANDS_FOR).
 */
export function snapshotView(store: LibraryStore, brief: Brief, revision: RevisionSummary): LibraryStore {
  const revisions = new Proxy(store.revisions, {
    get(target, prop) {
      if (prop === 'snapshot') {
        return async (briefId: string, kind: Parameters<LibraryStore['revisions']['snapshot']>[1]) =>
          briefId === brief.id ? revision : target.snapshot(briefId, kind);
      }
      return bound(target, prop);
    },
  });
  return new Proxy(store, {
    get(target, prop) {
      if (prop === STANDS_FOR) return target;
      if (prop === 'revisions') return revisions;
      if (prop === 'get') return async (id: string) => (id === brief.id ? structuredClone(brief) : target.get(id));
      return bound(target, prop);
    },
  });
}
