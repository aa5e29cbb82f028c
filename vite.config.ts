import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The renderer is loaded from briefdesk://app/ (desktop) and http://127.0.0.1:PORT/ (browser shell):
// relative asset URLs work in both.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'es2023',
    // No inline scripts or data: module preloads: the CSP allows only the app's own files.
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    // Loaded from disk, never over a network: one bundle is fine.
    chunkSizeWarningLimit: 1500,
  },
  server: { strictPort: false },
});
