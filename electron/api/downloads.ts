/**
 * One-time download tickets. A channel (logs.download) prepares a download and gets back a URL
 * holding a random ticket; fetching it (the web server's GET /downloads/<ticket>, the desktop
 * app's app://gantry/downloads/<ticket>) opens the download once. A ticket works for a minute and
 * is gone after its first use, so a URL that leaks (history, logs) opens nothing.
 */
import { randomBytes } from 'node:crypto';
import type { Readable } from 'node:stream';

export const TICKET_TTL_MS = 60_000;
/** 32 random bytes, base64url: 43 characters. */
export const TICKET_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/** What a fetched download answers with; `body` streams, it is never held whole. */
export interface DownloadBody {
  fileName: string;
  contentType: string;
  body: Readable;
}

export type OpenDownload = () => Promise<DownloadBody>;

export class DownloadTickets {
  private readonly tickets = new Map<string, { open: OpenDownload; expiresAt: number }>();

  constructor(
    private readonly ttlMs = TICKET_TTL_MS,
    private readonly now: () => number = Date.now,
  ) {}

  issue(open: OpenDownload): { ticket: string; expiresAt: number } {
    this.prune();
    const ticket = randomBytes(32).toString('base64url');
    const expiresAt = this.now() + this.ttlMs;
    this.tickets.set(ticket, { open, expiresAt });
    return { ticket, expiresAt };
  }

  /** The download for `ticket`, removing it; null when unknown, used or expired. */
  take(ticket: string): OpenDownload | null {
    this.prune();
    const entry = this.tickets.get(ticket);
    if (!entry) return null;
    this.tickets.delete(ticket);
    return entry.open;
  }

  size(): number {
    this.prune();
    return this.tickets.size;
  }

  /** Expired tickets go whenever the registry is touched: no timer. */
  private prune(): void {
    const now = this.now();
    for (const [ticket, entry] of this.tickets) if (entry.expiresAt <= now) this.tickets.delete(ticket);
  }
}

/** The ticket in a request path "/downloads/<ticket>", or null when the path is no download. */
export function downloadTicket(pathname: string): string | null {
  const match = /^\/downloads\/([^/]+)$/.exec(pathname);
  return match && TICKET_PATTERN.test(match[1]!) ? match[1]! : null;
}

/** The Content-Disposition of an attachment; the name is ours (container name + time), quoted safely. */
export function attachmentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^A-Za-z0-9._-]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}
