import { expect } from 'vitest';
import type { ApiHandlers } from '../../../shared/api/contract';
import { dispatch } from '../../../shared/api/dispatch';
import { createHandlers } from '../../../main/runtime/handlers/create-handlers';
import type { LibraryStore } from '../../../main/services/library/library-store';
import type { storeFixture } from './store-fixtures';

/** Handlers over a fresh library, and the store under them. */
export async function handlersOnNewLibrary(
  fixture: ReturnType<typeof storeFixture>,
): Promise<{ handlers: ApiHandlers; store: LibraryStore }> {
  const store = await fixture.open(await fixture.tempDir());
  return { handlers: createHandlers(store, { version: '1.2.3', shell: 'browser' }), store };
}

/** Call through dispatch and return the value, failing the test on a wire error. */
export async function call(handlers: ApiHandlers, name: string, input: unknown): Promise<unknown> {
  const result = await dispatch(handlers, name, input);
  if (!result.ok) throw new Error(`${name} failed: ${result.error.code}: ${result.error.message}`);
  return result.value;
}

/** Call through dispatch and expect a wire error with this code. */
export async function expectFailure(handlers: ApiHandlers, name: string, input: unknown, code: string): Promise<void> {
  expect(await dispatch(handlers, name, input)).toMatchObject({ ok: false, error: { code } });
}
