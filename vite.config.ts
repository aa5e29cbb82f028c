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
    rolldownOptions: {
      output: {
        advancedChunks: {
          // zod and the switch that turns its eval probe off, in one chunk evaluated before any other: schemas
          // are built in several chunks (features load on first use), and one built before the switch probes
          // `new Function`, which the page's Content-Security-Policy reports.
          groups: [{ name: 'zod', test: /[\\/]node_modules[\\/]zod[\\/]|[\\/]renderer[\\/]api[\\/]zod-without-eval\.ts$/ }],
        },
      },
    },
  },
  server: { strictPort: false },
});
