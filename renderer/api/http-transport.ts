import type { MethodInput, MethodName } from '../../shared/api/contract';
import type { WireResult } from '../../shared/api/dispatch';
import { BriefdeskError } from '../../shared/model/errors';
import { serviceUnavailable } from './service-unavailable';
import type { Transport } from './transport';
import { asWireResult } from './wire-result';

export interface HttpTransportOptions {
  /** The browser shell's per-run token. */
  token: string;
  /** Where `/api/` lives; defaults to the page's own folder. */
  baseUrl?: string;
  fetch?: typeof fetch;
}

/** Bodies up to this size may outlive the page (keepalive), so a save on close still lands. */
const KEEPALIVE_LIMIT = 60_000;

/** Calls go to the browser shell as `POST /api/<method>` with a JSON body. */
export function httpTransport(options: HttpTransportOptions): Transport {
  const fetchImpl = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const base = options.baseUrl ?? './api/';
  return async <M extends MethodName>(name: M, input: MethodInput<M>): Promise<WireResult> => {
    const body = JSON.stringify(input);
    return readWireResult(
      fetchImpl(`${base}${encodeURIComponent(name)}`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${options.token}`, 'Content-Type': 'application/json' },
        body,
        keepalive: body.length <= KEEPALIVE_LIMIT,
        credentials: 'same-origin',
      }),
    );
  };
}

/** The wire result of a `POST /api/<method>` sent with `fetch`; failures as BriefdeskErrors fit to show. */
export async function readWireResult(sent: Promise<Response>): Promise<WireResult> {
  let response: Response;
  try {
    response = await sent;
  } catch (error) {
    throw serviceUnavailable(error);
  }
  if (response.status === 401) {
    throw new BriefdeskError(
      'locked',
      'This page is no longer signed in to Briefdesk. Open the address Briefdesk printed when it started.',
    );
  }
  let parsed: unknown;
  try {
    parsed = await response.json();
  } catch (error) {
    if (response.ok) throw new BriefdeskError('internal', 'Briefdesk answered with something that is not JSON.', { cause: error });
    throw new BriefdeskError('internal', `Briefdesk answered ${response.status} ${response.statusText}.`.trim(), { cause: error });
  }
  const result = asWireResult(parsed);
  if (!result) throw new BriefdeskError('internal', `Briefdesk gave an answer this page does not understand (HTTP ${response.status}).`);
  return result;
}
