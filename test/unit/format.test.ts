import { describe, expect, it } from 'vitest';
import { goFormatG } from '../../renderer/src/lib/goFormat';
import { formatSize, humanDuration, plural, shortId, timeAgo } from '../../renderer/src/lib/format';

describe('goFormatG (Go %.Ng)', () => {
  it.each([
    [0, 3, '0'],
    [1, 3, '1'],
    [10, 3, '10'],
    [100, 3, '100'],
    [999, 3, '999'],
    [1.5, 3, '1.5'],
    [1.98, 3, '1.98'],
    [12.345, 3, '12.3'],
    [123.456789, 3, '123'],
    [999.6, 3, '1e+03'],
    [1000, 3, '1e+03'],
    [12345, 3, '1.23e+04'],
    [0.0001234, 3, '0.000123'],
    [0.00001234, 3, '1.23e-05'],
    [-1.5, 3, '-1.5'],
    [2.746, 4, '2.746'],
    [123456, 4, '1.235e+05'],
  ])('%s with precision %s → %s', (x, prec, want) => {
    expect(goFormatG(x, prec)).toBe(want);
  });

  it('rounds exact ties half to even, like Go', () => {
    expect(goFormatG(1.125, 3)).toBe('1.12'); // exactly representable: a true tie
    expect(goFormatG(1.375, 3)).toBe('1.38');
    expect(goFormatG(998.5, 3)).toBe('998');
    expect(goFormatG(999.5, 3)).toBe('1e+03');
    expect(goFormatG(0.5, 0)).toBe('0.5'); // precision 0 is treated as 1
  });

  it('rounds by the exact binary value when it is not a tie', () => {
    expect(goFormatG(1.135, 3)).toBe('1.14'); // 1.135 is 1.13500000000000000888… in binary
    expect(goFormatG(1.155, 3)).toBe('1.16');
    expect(goFormatG(1.005, 3)).toBe('1'); // 1.00499999999999989…
  });
});

describe('formatSize (go-units HumanSizeWithPrecision(size, 3))', () => {
  it.each([
    [0, '0B'],
    [1, '1B'],
    [999, '999B'],
    [1000, '1kB'],
    [1024, '1.02kB'],
    [1125, '1.12kB'],
    [1500, '1.5kB'],
    [12345, '12.3kB'],
    [99_949, '99.9kB'],
    [99_950, '100kB'],
    [100_000, '100kB'],
    [998_500, '998kB'],
    [999_499, '999kB'],
    [999_500, '1e+03kB'],
    [999_600, '1e+03kB'],
    [1_000_000, '1MB'],
    [1_980_000, '1.98MB'],
    [123_456_789, '123MB'],
    [5_368_709_120, '5.37GB'],
    [1e12, '1TB'],
    [1e15, '1PB'],
    [1e18, '1EB'],
    [1e24, '1YB'],
    [1e27, '1e+03YB'],
  ])('%s bytes → %s', (bytes, want) => {
    expect(formatSize(bytes)).toBe(want);
  });
});

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const WEEK = 7 * DAY;
const MONTH = 30 * DAY;
const YEAR = 365 * DAY;

describe('humanDuration (go-units HumanDuration)', () => {
  it.each([
    [-5 * SECOND, 'Less than a second'],
    [0, 'Less than a second'],
    [450, 'Less than a second'],
    [999, 'Less than a second'],
    [1 * SECOND, '1 second'],
    [1999, '1 second'],
    [2 * SECOND, '2 seconds'],
    [45 * SECOND, '45 seconds'],
    [59 * SECOND + 999, '59 seconds'],
    [60 * SECOND, 'About a minute'],
    [MINUTE + 59 * SECOND, 'About a minute'],
    [2 * MINUTE, '2 minutes'],
    [35 * MINUTE + 40 * SECOND, '35 minutes'],
    [59 * MINUTE + 59 * SECOND, '59 minutes'],
    [HOUR, 'About an hour'],
    [HOUR + 29 * MINUTE, 'About an hour'],
    [HOUR + 30 * MINUTE - 1, 'About an hour'],
    [HOUR + 30 * MINUTE, '2 hours'], // rounds half up
    [HOUR + 59 * MINUTE, '2 hours'],
    [3 * HOUR + 29 * MINUTE, '3 hours'],
    [3 * HOUR + 31 * MINUTE, '4 hours'],
    [24 * HOUR, '24 hours'],
    [DAY + 12 * HOUR, '36 hours'],
    [47 * HOUR + 29 * MINUTE, '47 hours'],
    [47 * HOUR + 30 * MINUTE, '2 days'],
    [2 * DAY, '2 days'],
    [7 * DAY, '7 days'],
    [13 * DAY + 5 * HOUR, '13 days'],
    [13 * DAY + 23 * HOUR + 29 * MINUTE, '13 days'],
    [2 * WEEK, '2 weeks'],
    [2 * WEEK + 4 * DAY, '2 weeks'],
    [3 * WEEK, '3 weeks'],
    [4 * WEEK + 3 * DAY, '4 weeks'],
    [MONTH, '4 weeks'],
    [MONTH + 2 * WEEK, '6 weeks'],
    [2 * MONTH - HOUR, '8 weeks'],
    [2 * MONTH, '2 months'],
    [3 * MONTH + WEEK, '3 months'],
    [5 * MONTH + 2 * WEEK, '5 months'],
    [13 * MONTH, '13 months'],
    [24 * MONTH, '24 months'],
    [2 * YEAR - HOUR, '24 months'],
    [2 * YEAR, '2 years'],
    [24 * MONTH + 2 * WEEK, '2 years'],
    [3 * YEAR + 2 * MONTH, '3 years'],
  ])('%s ms → %s', (ms, want) => {
    expect(humanDuration(ms)).toBe(want);
  });

  it('timeAgo takes Unix seconds and appends " ago"', () => {
    const now = Date.UTC(2025, 0, 1, 12, 0, 0);
    expect(timeAgo(now / 1000 - 2 * 3600, now)).toBe('2 hours ago');
    expect(timeAgo(now / 1000, now)).toBe('Less than a second ago');
  });
});

describe('shortId', () => {
  it('strips the algorithm and keeps 12 characters', () => {
    expect(shortId('sha256:71aa49badb26f2b6a8b4e5a3c0d2e1f0aa49badb26f2b6a8b4e5a3c0d2e1f0aa')).toBe('71aa49badb26');
    expect(shortId('88640a0ce4338c3e9d1f6f5e2b4a3c2d1e0f9a8b7c6d5e4f3a2b1c0d9e8f7a6b')).toBe('88640a0ce433');
    expect(shortId('abc')).toBe('abc');
  });
});

describe('plural', () => {
  it('counts', () => {
    expect(plural(0, 'container')).toBe('0 containers');
    expect(plural(1, 'container')).toBe('1 container');
    expect(plural(2, 'image')).toBe('2 images');
  });
});
