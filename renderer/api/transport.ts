import type { MethodInput, MethodName } from '../../shared/api/contract';
import type { WireResult } from '../../shared/api/dispatch';

/** Sends one contract call to a shell and answers with the wire result. */
export type Transport = <M extends MethodName>(name: M, input: MethodInput<M>) => Promise<WireResult>;
