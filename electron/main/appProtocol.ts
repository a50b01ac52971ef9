/**
 * The app:// scheme: registered as privileged before the app is ready (Electron allows it only
 * then), and answered by answerAppRequest once a session exists.
 */
import { protocol, type Session } from 'electron';
import { APP_SCHEME } from './appOrigin';
import { answerAppRequest, type OpenDownload } from './appRequests';

/**
 * standard: real origins and relative URLs, like http. secure: a secure context, as https.
 * supportFetchAPI and codeCache: the page's module scripts load through it and are cached compiled.
 * Nothing else (no CORS bypass, no service workers, no stream privileges).
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
  ]);
}

export function serveAppScheme(ses: Session, rendererDir: string, csp: string, download?: OpenDownload): void {
  ses.protocol.handle(APP_SCHEME, (request) => answerAppRequest(rendererDir, request.url, csp, download));
}
