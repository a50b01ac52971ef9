/**
 * Builds the Node side: the Electron main process (dist/electron/main.js) and the `serve` command
 * (dist/electron/serve.js), as ES modules for Node 20+. Dependencies stay external (installed in
 * node_modules, packaged by electron-builder); our own code is bundled. The preload is built apart
 * (vite.preload.config.ts) because a sandboxed preload must be a single CommonJS file.
 */
import path from 'node:path';
import { defineConfig } from 'vite';

const root = path.resolve(import.meta.dirname, '..');

export default defineConfig({
  root,
  logLevel: 'warn',
  build: {
    ssr: true,
    target: 'node20',
    outDir: path.join(root, 'dist/electron'),
    emptyOutDir: true, // the preload build (vite.preload.config.ts) runs after this one and adds to it
    sourcemap: true,
    minify: false,
    rollupOptions: {
      input: {
        main: path.join(root, 'electron/main/index.ts'),
        serve: path.join(root, 'electron/server/cli.ts'),
      },
      output: { format: 'es', entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' },
    },
  },
});
