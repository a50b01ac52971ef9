/**
 * One-time download tickets (one use, a minute's life) and the desktop app's routing of
 * app://gantry/downloads/<ticket> to a streamed attachment.
 */
import { Readable } from 'node:stream';
import { describe, expect, it, vi } from 'vitest';
import {
  DownloadTickets,
  TICKET_PATTERN,
  TICKET_TTL_MS,
  attachmentDisposition,
  downloadTicket,
  type DownloadBody,
} from '../../electron/api/downloads';
import { answerAppRequest } from '../../electron/main/appRequests';

const body = (text: string): DownloadBody => ({
  fileName: 'web-1-2026-12-02T00-00-00Z.log',
  contentType: 'text/plain; charset=utf-8',
  body: Readable.from([Buffer.from(text)]),
});

describe('DownloadTickets', () => {
  it('issues random 32-byte base64url tickets that expire a minute later', () => {
    const tickets = new DownloadTickets(TICKET_TTL_MS, () => 1000);
    const a = tickets.issue(() => Promise.resolve(body('a')));
    const b = tickets.issue(() => Promise.resolve(body('b')));
    expect(a.ticket).toMatch(TICKET_PATTERN);
    expect(Buffer.from(a.ticket, 'base64url')).toHaveLength(32);
    expect(a.ticket).not.toBe(b.ticket);
    expect(a.expiresAt).toBe(1000 + 60_000);
  });

  it('opens a ticket once: the second take finds nothing', () => {
    const tickets = new DownloadTickets();
    const open = () => Promise.resolve(body('x'));
    const { ticket } = tickets.issue(open);
    expect(tickets.take(ticket)).toBe(open);
    expect(tickets.take(ticket)).toBeNull();
    expect(tickets.take('A'.repeat(43))).toBeNull();
  });

  it('forgets a ticket when its minute is over, without a timer', () => {
    vi.useFakeTimers();
    let now = 0;
    const tickets = new DownloadTickets(TICKET_TTL_MS, () => now);
    const timers = vi.getTimerCount();
    const early = tickets.issue(() => Promise.resolve(body('x')));
    const late = tickets.issue(() => Promise.resolve(body('y')));
    expect(vi.getTimerCount()).toBe(timers);
    now = TICKET_TTL_MS - 1;
    expect(tickets.take(early.ticket)).not.toBeNull();
    now = TICKET_TTL_MS;
    expect(tickets.take(late.ticket)).toBeNull();
    expect(tickets.size()).toBe(0);
    vi.useRealTimers();
  });
});

describe('download paths and headers', () => {
  it('finds the ticket only in /downloads/<43 base64url characters>', () => {
    const ticket = 'a'.repeat(40) + '-_Z';
    expect(downloadTicket(`/downloads/${ticket}`)).toBe(ticket);
    expect(downloadTicket(`/downloads/${ticket}/x`)).toBeNull();
    expect(downloadTicket(`/downloads/${ticket.slice(1)}`)).toBeNull();
    expect(downloadTicket(`/downloads/${'a'.repeat(42)}.`)).toBeNull();
    expect(downloadTicket(`/other/${ticket}`)).toBeNull();
  });

  it('names the attachment safely, with the exact name for browsers that read filename*', () => {
    expect(attachmentDisposition('web-1.log')).toBe(`attachment; filename="web-1.log"; filename*=UTF-8''web-1.log`);
    expect(attachmentDisposition('a"b\\c é.log')).toBe(
      `attachment; filename="a_b_c__.log"; filename*=UTF-8''a%22b%5Cc%20%C3%A9.log`,
    );
  });
});

describe('app://gantry/downloads/<ticket> (desktop)', () => {
  const ticket = 'T'.repeat(43);
  const open = vi.fn((asked: string) => Promise.resolve(asked === ticket ? body('line 1\nline 2\n') : null));

  it('streams the download as an attachment with the security headers', async () => {
    const answer = await answerAppRequest('/nonexistent', `app://gantry/downloads/${ticket}`, 'policy', open);
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(answer.headers.get('content-disposition')).toMatch(/^attachment; filename="web-1-2026-12-02T00-00-00Z.log"/);
    expect(answer.headers.get('content-security-policy')).toBe('policy');
    expect(answer.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await answer.text()).toBe('line 1\nline 2\n');
    expect(open).toHaveBeenCalledWith(ticket);
  });

  it('answers 404 for an unknown ticket, a malformed one, another host, or no download support', async () => {
    expect((await answerAppRequest('/x', `app://gantry/downloads/${'U'.repeat(43)}`, 'p', open)).status).toBe(404);
    open.mockClear();
    expect((await answerAppRequest('/x', 'app://gantry/downloads/short', 'p', open)).status).toBe(404);
    expect((await answerAppRequest('/x', `app://other/downloads/${ticket}`, 'p', open)).status).toBe(404);
    expect(open).not.toHaveBeenCalled();
    expect((await answerAppRequest('/x', `app://gantry/downloads/${ticket}`, 'p')).status).toBe(404);
  });
});
