/** How long a pattern may take over the whole brief before it is called too slow. */
export const PROBE_LIMIT_MS = 400;

/** It runs over the brief in time; it is too slow (it would freeze the app); a newer probe replaced it. */
export type ProbeVerdict = 'ok' | 'slow' | 'superseded';

interface ProbeWorker {
  worker: Worker;
  /** Resolves once the worker has started: a pattern's time limit counts from then. */
  ready: Promise<void>;
}

let probe: ProbeWorker | null = null;

function startWorker(): ProbeWorker {
  const worker = new Worker(new URL('./regex-probe.worker.ts', import.meta.url), { type: 'module', name: 'regex-probe' });
  const ready = new Promise<void>((resolve) => {
    const onReady = (event: MessageEvent<unknown>): void => {
      if (event.data !== 'ready') return;
      worker.removeEventListener('message', onReady);
      resolve();
    };
    worker.addEventListener('message', onReady);
  });
  return { worker, ready };
}
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
  probe ??= startWorker();
  const { worker: current, ready } = probe;
  const id = ++nextId;
  return new Promise((resolve) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let settled = false;
    let posted = false;
    const finish = (verdict: ProbeVerdict): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      current.removeEventListener('message', onMessage);
      cancelPending = null;
      if (verdict === 'slow' || (verdict === 'superseded' && posted)) {
        // The worker may be stuck in the pattern: end it; the next probe starts a fresh one.
        current.terminate();
        if (probe?.worker === current) probe = null;
      }
      resolve(verdict);
    };
    const onMessage = (event: MessageEvent<unknown>): void => {
      if (event.data === id) finish('ok');
    };
    cancelPending = () => finish('superseded');
    current.addEventListener('message', onMessage);
    void ready.then(() => {
      if (settled) return;
      timer = setTimeout(() => finish('slow'), limitMs);
      posted = true;
      current.postMessage({ id, source, flags, texts: [...texts] });
    });
  });
}
