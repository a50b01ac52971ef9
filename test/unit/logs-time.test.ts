/** since/until → the Engine's Unix seconds with a fraction, from what `docker logs` accepts. */
import { describe, expect, it } from 'vitest';
import { engineLogTime } from '../../electron/engine/logs/logTime';
import { logTime } from '../../electron/shared/contract/logs';

const NOW = Date.UTC(2026, 11, 2, 1, 0, 0, 500); // 1796173200.5

describe('engineLogTime', () => {
  it.each([
    ['15m', '1796172300.500000000'],
    ['1h30m', '1796167800.500000000'],
    ['90s', '1796173110.500000000'],
    ['250ms', '1796173200.250000000'],
    ['1.5h', '1796167800.500000000'],
  ])('counts a duration (%s) back from now', (duration, expected) => {
    expect(engineLogTime(duration, NOW)).toBe(expected);
  });

  it.each([
    ['2026-12-02T01:00:00Z', '1796173200.000000000'],
    ['2026-12-02T02:00:00+01:00', '1796173200.000000000'],
    ['2026-12-02T01:00:00.123456789Z', '1796173200.123456789'],
    ['2026-12-02T01:00:00.5Z', '1796173200.500000000'],
    ['2026-12-02T01:00Z', '1796173200.000000000'],
  ])('converts an RFC 3339 time (%s) keeping its nanoseconds', (time, expected) => {
    expect(engineLogTime(time, NOW)).toBe(expected);
  });

  it('passes Unix seconds as they are', () => {
    expect(engineLogTime(1796173200, NOW)).toBe('1796173200');
    expect(engineLogTime(0, NOW)).toBe('0');
  });

  it('never goes before the epoch', () => {
    expect(engineLogTime('999999h', NOW)).toBe('0.000000000');
  });

  it('refuses a date the contract lets through but no calendar has, in plain words', () => {
    expect(logTime.safeParse('2026-13-45T99:00:00Z').success).toBe(true);
    expect(() => engineLogTime('2026-13-45T99:00:00Z', NOW)).toThrow(/is not a time/);
  });
});
