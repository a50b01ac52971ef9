/**
 * Answers one app://gantry/… request with a file of the built renderer, as a fetch Response. No
 * electron import (Response is Node's own), so it is unit-tested on real files; appProtocol.ts
 * hands it to Electron's protocol.handle. Anything that is not a file under the renderer folder —
 * another host, `..`, an absolute path, a symlink out — gets a 404 that reveals nothing.
 */
import { readRendererFile } from '../static/rendererFiles';
import { APP_HOST, APP_SCHEME } from './appOrigin';

/** Headers every answer carries; the CSP is set here because webRequest does not cover custom schemes for sure. */
function securityHeaders(csp: string): Record<string, string> {
  return {
    'Content-Security-Policy': csp,
    'X-Content-Type-Options': 'nosniff',
    'Cross-Origin-Resource-Policy': 'same-origin',
  };
}

function notFound(csp: string): Response {
  return new Response('Not found\n', {
    status: 404,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', ...securityHeaders(csp) },
  });
}

export async function answerAppRequest(rendererDir: string, requestUrl: string, csp: string): Promise<Response> {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return notFound(csp);
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return notFound(csp);
  const file = await readRendererFile(rendererDir, url.pathname);
  if (!file) return notFound(csp);
  return new Response(new Uint8Array(file.body), {
    status: 200,
    headers: {
      'Content-Type': file.contentType,
      'Cache-Control': file.immutable ? 'public, max-age=31536000, immutable' : 'no-store',
      ...securityHeaders(csp),
    },
  });
}
