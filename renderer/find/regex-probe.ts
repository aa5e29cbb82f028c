/** How long a pattern may take over the whole brief before it is called too slow. */
export const PROBE_LIMIT_MS = 400;

/** It runs over the brief in time; it is too slow (it would freeze the app); a newer probe replaced it. */
export type ProbeVerdict = 'ok' | 'slow' | 'superseded';

let worker: Worker | null = null;
let nextId = 0;
let cancelPending: (() => void) | null = null;

/**
 * Runs the regular expression over `texts` on a worker first: a pattern that
 * backtracks catastrophically (`(a+)+$` on a long run) is stopped after
 * `limitMs` and never reaches the page's own thread. One probe at a time: a
 * new one ends the one still running. Where workers are missing (tests in
 * Node), every pattern passes.
 */
export function probeRegex(source: string, flags: string, texts: readonly string[], limitMs = PROBE_LIMIT_MS): Promise<ProbeVerdict> {
  if (typeof Worker === 'undefined') return Promise.resolve('ok');
  cancelPending?.();
  worker ??= new Worker(new URL('./regex-probe.worker.ts', import.meta.url), { type: 'module', name: 'regex-probe' });
  const current = worker;
  const id = ++nextId;
  return new Promise((resolve) => {
    const finish = (verdict: ProbeVerdict): void => {
      clearTimeout(timer);
      current.removeEventListener('message', onMessage);
      cancelPending = null;
      if (verdict !== 'ok') {
        // The worker may be stuck in the pattern: end it; the next probe starts a fresh one.
        current.terminate();
        if (worker === current) worker = null;
      }
      resolve(verdict);
    };
    const onMessage = (event: MessageEvent<unknown>): void => {
      if (event.data === id) finish('ok');
    };
    const timer = setTimeout(() => finish('slow'), limitMs);
    cancelPending = () => finish('superseded');
    current.addEventListener('message', onMessage);
    current.postMessage({ id, source, flags, texts: [...texts] });
  });
}
