import { type BriefdeskApi, contract, type MethodInput, type MethodName, type MethodOutput } from '../../shared/api/contract';
import type { ZodType } from 'zod';
import { unwrap } from '../../shared/api/dispatch';
import { methodMap } from '../../shared/api/method-map';
import { BriefdeskError } from '../../shared/model/errors';
import { bridgeTransport } from './bridge-transport';
import { httpTransport } from './http-transport';
import { readToken } from './read-token';
import type { Transport } from './transport';

/** The contract seen only for its output schemas, typed per method. */
type OutputSchemas = { [M in MethodName]: { output: ZodType<MethodOutput<M>> } };
const outputSchemas: OutputSchemas = contract;

/** Builds the API for one method: send, unwrap the wire result, check the answer's shape. */
function clientMethod<M extends MethodName>(transport: Transport, name: M): (input: MethodInput<M>) => Promise<MethodOutput<M>> {
  const schema: ZodType<MethodOutput<M>> = outputSchemas[name].output;
  return async (input: MethodInput<M>): Promise<MethodOutput<M>> => {
    const value = unwrap(await transport(name, input));
    const parsed = schema.safeParse(value);
    if (!parsed.success) {
      throw new BriefdeskError('internal', `Briefdesk answered ${name} with data this version does not understand.`);
    }
    return parsed.data;
  };
}

/** The typed API over any transport: one client method per contract method. */
export function apiOver(transport: Transport): BriefdeskApi {
  // clientMethod(transport, name) has exactly the type BriefdeskApi[M]; TypeScript cannot relate the two for a
  // generic M (it checks against every method at once), hence the one cast.
  return methodMap<BriefdeskApi>(<M extends MethodName>(name: M) => clientMethod(transport, name) as BriefdeskApi[M]);
}

/**
 * The renderer's one API client: the desktop preload's bridge when it is
 * there, the browser shell's HTTP API otherwise. Failures arrive as thrown
 * BriefdeskErrors whose message is fit to show.
 */
export function createApi(win: Window = window): BriefdeskApi {
  const transport = win.briefdesk ? bridgeTransport(win.briefdesk) : httpTransport({ token: readToken(win.document) });
  return apiOver(transport);
}
