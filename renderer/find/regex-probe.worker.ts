/** Runs a regular expression over texts, so the page can tell one that backtracks without end from one that finishes. */
interface ProbeRequest {
  id: number;
  source: string;
  flags: string;
  texts: string[];
}

function isProbeRequest(data: unknown): data is ProbeRequest {
  return typeof data === 'object' && data !== null && 'id' in data && 'source' in data && 'flags' in data && 'texts' in data;
}

addEventListener('message', (event: MessageEvent<unknown>) => {
  const request = event.data;
  if (!isProbeRequest(request)) return;
  const pattern = new RegExp(request.source, request.flags);
  for (const text of request.texts) {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      if (match[0] === '') pattern.lastIndex += 1;
    }
  }
  postMessage(request.id);
});

// Ready: the page times a pattern from here on, not the worker's start-up.
postMessage('ready');
