/**
 * Builds the renderer (React + Tailwind) into dist/renderer. Electron loads it from app://gantry, the
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

/**
 * The page starts with a small boot script (renderer/src/boot.ts) that imports the app bundle later.
 * Name that bundle and its stylesheet in index.html so the browser fetches and compiles them while the
 * boot script is still connecting, instead of only when it asks for them.
 */
function preloadAppBundle(): Plugin {
  return {
    name: 'gantry:preload-app-bundle',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        const app = Object.values(context.bundle ?? {}).find(
          (output) => output.type === 'chunk' && output.facadeModuleId?.endsWith('/renderer/src/main.tsx'),
        );
        if (!app || app.type !== 'chunk') throw new Error('gantry:preload-app-bundle: no chunk for src/main.tsx');
        const styles = [...(app.viteMetadata?.importedCss ?? [])];
        return [
          ...styles.map((file) => ({
            tag: 'link',
            // preload, not stylesheet: a stylesheet in the page would hold back the boot script
            // until it loaded; the app bundle applies it (from cache) before its first render.
            attrs: { rel: 'preload', as: 'style', crossorigin: true, href: `./${file}` },
            injectTo: 'head' as const,
          })),
          // The app chunk and the chunks it imports statically (code shared with the pages that
          // load on demand): all fetched at once, not one after the other.
          ...[app.fileName, ...app.imports].map((file) => ({
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: true, href: `./${file}` },
            injectTo: 'head' as const,
          })),
        ];
      },
    },
  };
}

export default defineConfig({
  root: resolve(repo, 'renderer'),
  base: './',
  plugins: [react(), tailwindcss(), devWithoutCsp(), preloadAppBundle()],
  build: {
    outDir: resolve(repo, 'dist/renderer'),
    emptyOutDir: true,
    target: 'chrome120',
    // The polyfill is only for old browsers; Electron's Chromium and Debian's have native support.
    modulePreload: { polyfill: false },
    reportCompressedSize: false,
  },
});
