import { describe, expect, it } from 'vitest';
import { memorySize, percent, ratePerSecondText } from '../../renderer/src/features/stats/statsFormat';

describe('stats figures, as docker stats prints them', () => {
  it('percentages with two decimals (%.2f%%)', () => {
    expect(percent(0)).toBe('0.00%');
    expect(percent(99.996)).toBe('100.00%');
    expect(percent(12.3456)).toBe('12.35%');
    expect(percent(Number.NaN)).toBe('0.00%');
  });

  it('memory in binary units with four significant digits (go-units BytesSize)', () => {
    expect(memorySize(0)).toBe('0B');
    expect(memorySize(1023)).toBe('1023B');
    expect(memorySize(1536)).toBe('1.5KiB');
    expect(memorySize(1_572_864)).toBe('1.5MiB');
    expect(memorySize(8_196_000_000)).toBe('7.633GiB');
  });

  it('rates in the CLI’s decimal sizes per second; a dash while unknown', () => {
    expect(ratePerSecondText(null)).toBe('—');
    expect(ratePerSecondText(0)).toBe('0B/s');
    expect(ratePerSecondText(1980000)).toBe('1.98MB/s');
  });
});
