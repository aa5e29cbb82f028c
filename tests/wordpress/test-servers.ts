import { createServer, request as httpRequest, type IncomingMessage, type Server } from 'node:http';

/** A small local HTTP server the tests put in front of (or instead of) WordPress. */
export interface TestServer {
  url: string;
  /** "METHOD route" of every request received (route: the rest_route, or the path). */
  requests: string[];
  close: () => Promise<void>;
}

function listen(server: Server, port = 0): Promise<string> {
  return new Promise((resolve) => {
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      resolve(`http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`);
    });
  });
}

function describe(request: IncomingMessage): string {
  const url = new URL(request.url ?? '/', 'http://localhost');
  return `${request.method ?? 'GET'} ${url.searchParams.get('rest_route') ?? url.pathname}`;
}

function closer(server: Server): () => Promise<void> {
  return () =>
    new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
}

/** Options of the proxy. */
export interface ProxyOptions {
  /**
   * Never pass WordPress's answer to these requests on (WordPress still
   * carries them out): the client waits until it gives up, however slow or
   * fast the machine is.
   */
  holdAnswer?: (request: IncomingMessage) => boolean;
  /** Remove the Authorization header before forwarding, as some web servers do. */
  stripAuthorization?: boolean;
  /** Listen on this port (a proxy started again where a closed one was: the site is back). @default a free port */
  port?: number;
}

/** The proxy: a test server that can also tell when WordPress has answered a request. */
export interface TestProxy extends TestServer {
  /** Resolves once WordPress has answered a request "METHOD route" received by the proxy (held or not). */
  upstreamAnswered: (route: string) => Promise<void>;
}

/**
 * A proxy to `target` (a WordPress site): forwards each request at once —
 * so WordPress carries it out — and passes the answer back, unless
 * `holdAnswer` says to keep it (to outlast a client's timeout), without the
 * Authorization header when `stripAuthorization`.
 */
export async function startProxy(target: string, options: ProxyOptions = {}): Promise<TestProxy> {
  const upstream = new URL(target);
  const requests: string[] = [];
  const answered = new Set<string>();
  const waiting = new Map<string, (() => void)[]>();
  const markAnswered = (route: string): void => {
    answered.add(route);
    for (const resolve of waiting.get(route) ?? []) resolve();
    waiting.delete(route);
  };
  const server = createServer((request, response) => {
    const route = describe(request);
    requests.push(route);
    const headers = { ...request.headers };
    if (options.stripAuthorization) delete headers.authorization;
    const forward = httpRequest(
      { host: upstream.hostname, port: upstream.port, method: request.method, path: request.url, headers },
      (answer) => {
        const chunks: Buffer[] = [];
        answer.on('data', (chunk: Buffer) => chunks.push(chunk));
        answer.on('end', () => {
          markAnswered(route);
          if (response.destroyed || options.holdAnswer?.(request)) return;
          response.writeHead(answer.statusCode ?? 502, answer.headers);
          response.end(Buffer.concat(chunks));
        });
      },
    );
    forward.on('error', () => {
      if (!response.headersSent) response.writeHead(502);
      response.end();
    });
    request.pipe(forward);
  });
  const upstreamAnswered = (route: string): Promise<void> =>
    answered.has(route) ? Promise.resolve() : new Promise((resolve) => waiting.set(route, [...(waiting.get(route) ?? []), resolve]));
  return { url: await listen(server, options.port), requests, close: closer(server), upstreamAnswered };
}

/** A web server that is not WordPress: every address answers 404 with an HTML page. */
export async function startNotWordPress(): Promise<TestServer> {
  const requests: string[] = [];
  const server = createServer((request, response) => {
    requests.push(describe(request));
    response.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
    response.end('<!doctype html><title>Not found</title><h1>Not found</h1>');
  });
  return { url: await listen(server), requests, close: closer(server) };
}
