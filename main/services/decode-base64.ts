const STRICT_BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/**
 * The bytes of base64 text (whitespace ignored), or what `invalid` answers
 * when the text is not strict base64 — never bytes with the bad characters
 * silently dropped, as Buffer.from would give. A caller that refuses throws
 * its own message from `invalid`.
 */
export function decodeBase64<F>(data: string, invalid: () => F): Uint8Array | F {
  const compact = data.replace(/\s+/g, '');
  if (compact.length % 4 !== 0 || !STRICT_BASE64.test(compact)) return invalid();
  return Buffer.from(compact, 'base64');
}
