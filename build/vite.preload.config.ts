/**
 * Builds the sandboxed preload: electron/preload/index.ts → dist/electron/preload.cjs.
 * Sandboxed preloads run as CommonJS and may `require` only 'electron', so the format is cjs,
 * 'electron' stays external and everything else (our shared constants) is bundled in.
 * Runs after build/vite.electron.config.ts and must not wipe the main bundle next to it.
 */
import path from 'node:path';
import { defineConfig } from 'vite';

const root = path.resolve(import.meta.dirname, '..');

export default defineConfig({
  root,
  publicDir: false,
  logLevel: 'warn',
  build: {
    outDir: path.join(root, 'dist', 'electron'),
    emptyOutDir: false,
    copyPublicDir: false,
    // Electron 45 ships Chromium 142; no down-levelling needed.
    target: 'chrome142',
    // Kept readable: this is the whole trust boundary, and reviewers (and electronegativity) read it.
    minify: false,
    sourcemap: false,
    lib: {
      entry: path.join(root, 'electron', 'preload', 'index.ts'),
      formats: ['cjs'],
      fileName: () => 'preload.cjs',
    },
    rolldownOptions: {
      external: ['electron'],
    },
  },
});
