/**
 * The Content-Security-Policy of the app's pages, in both shells: only the
 * app's own scripts, no plugins, no framing, images from the app, its asset
 * store and data/blob URLs (pasted or previewed images).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "img-src 'self' data: blob: briefdesk:",
  "style-src 'self' 'unsafe-inline'",
  "script-src 'self'",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'none'",
].join('; ');
