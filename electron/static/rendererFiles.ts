/**
 * Finds a file of the built renderer for a URL path, for both transports: the desktop app's app://
 * protocol handler and the `serve` web server. Only regular files inside the renderer folder, with a
 * type we serve, are ever read: `..` (plain or percent-encoded, once or twice), absolute paths,
 * backslashes, NUL bytes and symlinks that lead outside the folder all answer "not found".
 * Plain Node, no Electron: unit-tested on real files.
 */
import { readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

export interface RendererFile {
  body: Buffer;
  contentType: string;
  /** Hashed build assets (assets/…) never change; the page itself is always revalidated. */
  immutable: boolean;
}

/**
 * The renderer-relative path a URL path names, or null when it could name anything outside the
 * folder. Decodes exactly once: a `%2e` that survives decoding stays literal, and any `%` left
 * after decoding (double encoding) is refused rather than guessed at.
 */
export function rendererRelativePath(urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\') || decoded.includes('%')) return null;
  const relative = decoded === '/' || decoded === '' ? 'index.html' : decoded.replace(/^\/+/, '');
  const segments = relative.split('/');
  if (segments.some((segment) => segment === '..' || segment === '.')) return null;
  // A Windows drive letter or UNC-like start would make path.resolve leave the folder.
  if (/^[a-zA-Z]:/.test(relative) || path.isAbsolute(relative)) return null;
  return relative;
}

/** Whether `file` is `root` itself or inside it (both already resolved). */
function isInside(root: string, file: string): boolean {
  const relative = path.relative(root, file);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}

export async function readRendererFile(rootDir: string, urlPath: string): Promise<RendererFile | null> {
  const relative = rendererRelativePath(urlPath);
  if (relative === null) return null;
  const contentType = CONTENT_TYPES[path.extname(relative).toLowerCase()];
  if (!contentType) return null;
  try {
    // Both sides through realpath: a symlink inside the folder that points out of it is refused,
    // and a renderer folder that is itself reached through a symlink still works.
    const root = await realpath(rootDir);
    const file = await realpath(path.resolve(root, relative));
    if (!isInside(root, file)) return null;
    if (!(await stat(file)).isFile()) return null;
    return { body: await readFile(file), contentType, immutable: relative.startsWith('assets/') };
  } catch {
    return null;
  }
}
