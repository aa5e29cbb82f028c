/** A file to save: its name, MIME type and bytes. */
export interface Download {
  fileName: string;
  mimeType: string;
  bytes: Uint8Array<ArrayBuffer>;
}

/** How long the object URL of a download stays valid: long enough for the browser to start reading it. */
const REVOKE_AFTER_MS = 60_000;

/**
 * Saves a file as a download: a Blob behind an object URL, clicked through a
 * temporary `<a download>`. In the browser shell this is the browser's
 * download; on the desktop, Electron's default `will-download` handling asks
 * where to save it.
 */
export function downloadFile(download: Download, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([download.bytes], { type: download.mimeType }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = download.fileName;
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}
