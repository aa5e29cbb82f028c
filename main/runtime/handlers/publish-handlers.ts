import type { HandlersOf, publishContract } from '../../../shared/api/contract';
import type { LibraryStore } from '../../services/library/library-store';
import { type PublishEnv, type PublishService, publishServiceOf } from '../../services/publish/publish-service';
import { publishEnvOf } from '../publish-env';
import type { ShellInfo } from '../shell-info';

/** The contract's publishing methods. */
export type PublishHandlers = HandlersOf<typeof publishContract>;

/** The publishing methods on a library store (see PublishService). */
export function publishHandlers(store: LibraryStore, info: ShellInfo): PublishHandlers {
  let env: PublishEnv | null = null;
  const service = (): Promise<PublishService> => {
    env ??= publishEnvOf(store, info);
    return publishServiceOf(store, env);
  };
  return {
    listTargets: async () => {
      const publishing = await service();
      return { targets: publishing.targets.list(), passwordStorage: publishing.secrets.description };
    },
    saveTarget: async (input) => (await service()).targets.save(input),
    deleteTarget: async ({ id }) => {
      await (await service()).targets.delete(id);
      return { ok: true };
    },
    testTarget: async (input) => (await service()).testTarget(input),
    checkBrief: async ({ id }) => (await service()).checkBrief(id),
    publishBrief: async (request) => (await service()).publish(request),
    listOutbox: async () => ({ jobs: (await service()).listOutbox() }),
    retryJob: async ({ jobId }) => (await service()).retry(jobId),
    cancelJob: async ({ jobId }) => {
      await (await service()).cancel(jobId);
      return { ok: true };
    },
    resolveJob: async ({ jobId, action }) => (await service()).resolve(jobId, action),
    listPublications: async ({ id }) => ({ publications: await (await service()).listPublications(id) }),
    unpublish: async ({ id, targetId }) => ({ removed: await (await service()).unpublish(id, targetId) }),
    wakeOutbox: async () => {
      if (!info.outbox) return { woken: false };
      await info.outbox.networkMayBeBack();
      return { woken: true };
    },
  };
}
