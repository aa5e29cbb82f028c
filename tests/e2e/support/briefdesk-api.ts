import type { APIRequestContext } from '@playwright/test';
import { z, type ZodType } from 'zod';
import { contract, type MethodInput, type MethodName, type MethodOutput } from '../../../shared/api/contract';
import { blankBriefContent, type Brief, type BriefContent } from '../../../shared/model/brief';
import type { WebShell } from '../web-shell';

/** The contract seen only for its output schemas, typed per method. */
type OutputSchemas = { [M in MethodName]: { output: ZodType<MethodOutput<M>> } };
const outputSchemas: OutputSchemas = contract;

const WireResult = z.union([
  z.object({ ok: z.literal(true), value: z.unknown() }),
  z.object({ ok: z.literal(false), error: z.object({ code: z.string(), message: z.string() }) }),
]);

/**
 * The browser shell's HTTP API, called the way the renderer calls it
 * (POST /api/<method>, bearer token), for setting up a library quickly.
 */
export class BriefdeskApi {
  constructor(
    private readonly request: APIRequestContext,
    private readonly shell: WebShell,
  ) {}

  /** Calls one method; throws with the server's message when it fails. */
  async call<M extends MethodName>(name: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
    const response = await this.request.post(`${this.shell.origin}/api/${name}`, {
      data: input,
      headers: { Authorization: `Bearer ${this.shell.token}` },
    });
    if (!response.ok()) throw new Error(`${name} answered HTTP ${response.status()}: ${await response.text()}`);
    const wire = WireResult.parse(await response.json());
    if (!wire.ok) throw new Error(`${name} failed (${wire.error.code}): ${wire.error.message}`);
    return outputSchemas[name].output.parse(wire.value);
  }

  /** Creates a brief and saves the given fields into it; resolves with the brief as stored. */
  async createBrief(fields: Partial<BriefContent>): Promise<Brief> {
    const created = await this.call('createBrief', {});
    const content: BriefContent = { ...blankBriefContent(), ...fields };
    await this.call('saveBrief', { id: created.id, baseRevision: created.revision, content });
    return this.call('getBrief', { id: created.id });
  }
}
