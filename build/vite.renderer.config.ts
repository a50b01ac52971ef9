/**
 * Builds the renderer (React + Tailwind) into dist/renderer. Electron loads it from file://, the
 * `serve` mode over HTTP, so every URL in the output is relative (base './').
 */
import { resolve } from 'node:path';
import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const repo = resolve(import.meta.dirname, '..');

/**
 * The dev server injects an inline React Refresh preamble that the production CSP forbids. In
 * `vite dev` only, drop the CSP meta tag; the built index.html keeps it.
 */
function devWithoutCsp(): Plugin {
  return {
    name: 'gantry:dev-without-csp',
    apply: 'serve',
    transformIndexHtml: (html) => html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>\s*/, ''),
  };
}

export default defineConfig({
  root: resolve(repo, 'renderer'),
  base: './',
  plugins: [react(), tailwindcss(), devWithoutCsp()],
  build: {
    outDir: resolve(repo, 'dist/renderer'),
    emptyOutDir: true,
    target: 'chrome120',
    // The polyfill is only for old browsers; Electron's Chromium and Debian's have native support.
    modulePreload: { polyfill: false },
    reportCompressedSize: false,
  },
});
