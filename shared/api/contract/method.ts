import { z } from 'zod';

/** One method of the contract: the zod schema of its input and of its output. */
export interface Method<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  input: I;
  output: O;
}

/** A part of the contract: method name → its schemas. */
export type Section = Record<string, Method>;

/** Declares a method of the contract by its input and output schemas. */
export function method<I extends z.ZodType, O extends z.ZodType>(input: I, output: O): Method<I, O> {
  return { input, output };
}

/** The answer of a method that has nothing else to say. */
export const Ok = z.object({ ok: z.literal(true) });

/** Server-side implementation of a section (or of the whole contract); inputs arrive parsed. */
export type HandlersOf<S extends Section> = {
  [M in keyof S]: (input: z.output<S[M]['input']>) => Promise<z.output<S[M]['output']>>;
};

/** The method names of a section: its own keys (Object.keys answers plain strings). */
export function methodNamesOf<S extends Section>(section: S): (keyof S & string)[] {
  return Object.keys(section).filter((name): name is keyof S & string => Object.hasOwn(section, name));
}
