/** Makes a random window id: 16 characters of [a-z0-9]. */
export function newWindowId(random: () => number = Math.random): string {
  const bytes = new Uint8Array(12);
  if (typeof crypto !== 'undefined' && typeof crypto.getRandomValues === 'function') crypto.getRandomValues(bytes);
  else for (let i = 0; i < bytes.length; i += 1) bytes[i] = Math.floor(random() * 256);
  return [...bytes]
    .map((byte) => byte.toString(36).padStart(2, '0'))
    .join('')
    .slice(0, 16);
}

/**
 * This window's id, made once per page load: the key of its kept drafts on
 * the Node side and its name in messages to other windows.
 */
export const windowId: string = newWindowId();
