/**
 * Answers one app://gantry/… request with a file of the built renderer, as a fetch Response. No
 * electron import (Response is Node's own), so it is unit-tested on real files; appProtocol.ts
 * hands it to Electron's protocol.handle. Anything that is not a file under the renderer folder —
 * another host, `..`, an absolute path, a symlink out — gets a 404 that reveals nothing.
 */
import { Readable } from 'node:stream';
import { attachmentDisposition, downloadTicket, type DownloadBody } from '../api/downloads';
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

/** Opens the download a one-time ticket stands for; null when unknown or used. */
export type OpenDownload = (ticket: string) => Promise<DownloadBody | null>;

/** app://gantry/downloads/<ticket>: the body streams; Electron offers to save an attachment. */
async function answerDownload(pathname: string, csp: string, download?: OpenDownload): Promise<Response> {
  const ticket = downloadTicket(pathname);
  const file = ticket && download ? await download(ticket) : null;
  if (!file) return notFound(csp);
  return new Response(Readable.toWeb(file.body) as ReadableStream<Uint8Array>, {
    status: 200,
    headers: {
      'Content-Type': file.contentType,
      'Content-Disposition': attachmentDisposition(file.fileName),
      'Cache-Control': 'no-store',
      ...securityHeaders(csp),
    },
  });
}

export async function answerAppRequest(
  rendererDir: string,
  requestUrl: string,
  csp: string,
  download?: OpenDownload,
): Promise<Response> {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return notFound(csp);
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return notFound(csp);
  if (url.pathname.startsWith('/downloads/')) return answerDownload(url.pathname, csp, download);
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
