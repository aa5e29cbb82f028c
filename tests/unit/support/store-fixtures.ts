import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { LibraryStore, type LibraryStoreOptions } from '../../../main/services/library/library-store';
import { type BriefContent, blankBriefContent } from '../../../shared/model/brief';

/** A valid 1×1 PNG. */
export const TINY_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

/** Content with a headline and a short body. */
export function sampleContent(headline: string, bodyText = 'Grid operators expect a tight winter.'): BriefContent {
  return {
    ...blankBriefContent(),
    headline,
    section: 'Energy',
    standfirst: 'What the new capacity rules mean for the region.',
    tags: ['grid', 'policy'],
    body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: bodyText }] }] },
  };
}

/** A clock that moves one second forward on every reading, so orderings are deterministic. */
export function steppingClock(start = Date.parse('2025-03-01T09:00:00.000Z')): () => Date {
  let tick = 0;
  return () => new Date(start + 1000 * tick++);
}

/**
 * Per-test temp dirs and stores: everything made through the returned
 * helpers is closed and removed after each test.
 */
export function storeFixture() {
  const dirs: string[] = [];
  const stores = new Set<LibraryStore>();

  afterEach(async () => {
    await Promise.all([...stores].map((store) => store.close()));
    stores.clear();
    await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
  });

  return {
    /** A fresh empty folder in the system temp dir. */
    async tempDir(): Promise<string> {
      const dir = await mkdtemp(join(tmpdir(), 'briefdesk-test-'));
      dirs.push(dir);
      return dir;
    },
    /** Open a store that is closed after the test. */
    async open(dir: string, options: LibraryStoreOptions = {}): Promise<LibraryStore> {
      const store = await LibraryStore.open(dir, { now: steppingClock(), ...options });
      stores.add(store);
      return store;
    },
    /** Close a store now (it is not closed again after the test). */
    async close(store: LibraryStore): Promise<void> {
      stores.delete(store);
      await store.close();
    },
    /**
     * Simulate a crash right after the last write returned: the brief files
     * are written, the index updates not yet applied are lost, and the lock is
     * released as the system does for a dead process.
     */
    async crash(store: LibraryStore): Promise<void> {
      stores.delete(store);
      await store.abandon();
    },
  };
}
