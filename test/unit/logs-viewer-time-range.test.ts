/**
 * The logs toolbar's since/until check against the contract's own `logTime`: whatever the window
 * accepts, the backend accepts, and what the contract refuses the window refuses too (local
 * times, which the window turns into RFC 3339, aside).
 */
import { describe, expect, it } from 'vitest';
import { logTime } from '../../electron/shared/contract/logs';
import { parseLogTime } from '../../renderer/src/features/logs/timeRange';

const CONTRACT_CASES = [
  '15m',
  '1h30m',
  '90s',
  '250ms',
  '1.5h',
  '2026-12-01T10:00:00Z',
  '2026-12-01T10:00:00.123456789Z',
  '2026-12-01T10:00+01:00',
  '1700000000',
  '0',
  '15',
  'yesterday',
  '15 m',
  '-5m',
  '2026-12-01',
  '1h1h1h1h1h',
  '99999999999',
  '5000000000',
];

describe('since / until in the toolbar', () => {
  it('agrees with the contract on everything the contract itself reads', () => {
    for (const text of CONTRACT_CASES) {
      const parsed = parseLogTime(text);
      const asSent = parsed.ok ? parsed.value : text;
      const contract = logTime.safeParse(/^\d+$/.test(text) ? Number(text) : text).success;
      expect({ text, ok: parsed.ok }).toEqual({ text, ok: contract });
      if (parsed.ok) expect(logTime.safeParse(asSent).success).toBe(true);
    }
  });

  it('reads a local time as RFC 3339 in UTC, "HH:MM" as today', () => {
    const now = new Date(2026, 11, 4, 15, 0, 0);
    const full = parseLogTime('2026-12-04 13:05', now);
    expect(full).toEqual({ ok: true, value: new Date(2026, 11, 4, 13, 5, 0).toISOString() });
    const short = parseLogTime('13:05:30', now);
    expect(short).toEqual({ ok: true, value: new Date(2026, 11, 4, 13, 5, 30).toISOString() });
    for (const value of [full, short]) expect(value.ok && logTime.safeParse(value.value).success).toBe(true);
  });

  it('refuses impossible local times with the hint, and empty means no bound', () => {
    expect(parseLogTime('2026-02-30 10:00').ok).toBe(false);
    expect(parseLogTime('25:00').ok).toBe(false);
    const bad = parseLogTime('soon');
    expect(bad.ok ? '' : bad.message).toMatch(/duration like 15m/);
    expect(parseLogTime('  ')).toEqual({ ok: true, value: undefined });
  });
});
