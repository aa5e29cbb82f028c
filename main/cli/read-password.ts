/**
 * The application password for `targets add --wordpress`: from
 * BRIEFDESK_TARGET_PASSWORD when set, else the whole of standard input
 * (one trailing line break removed) — never from the command line, where
 * other users could see it in the process list.
 */
export async function readPassword(env: NodeJS.ProcessEnv, input: NodeJS.ReadableStream & { isTTY?: boolean }): Promise<string> {
  const fromEnv = env.BRIEFDESK_TARGET_PASSWORD;
  if (fromEnv !== undefined && fromEnv !== '') return fromEnv;
  if (input.isTTY) process.stderr.write('Application password (then Ctrl+D): ');
  const chunks: Buffer[] = [];
  for await (const chunk of input) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
}
