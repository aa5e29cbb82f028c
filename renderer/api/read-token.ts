/** The browser shell's token, which its server writes into index.html. */
export function readToken(doc: Document = document): string {
  const meta = doc.querySelector('meta[name="briefdesk-token"]');
  return meta?.getAttribute('content') ?? '';
}
