import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { classifyEvent, type RawEngineEvent } from '../../electron/engine/eventFilter';
import { createJsonLineParser } from '../../electron/engine/jsonLines';
import { replaySince } from '../../electron/engine/events';

// Recorded from a real Engine 20.10: stop, start, exec, tag and untag.
const recordedStream = readFileSync(new URL('fixtures/engine-events.ndjson', import.meta.url), 'utf8');

function parseAll(chunks: string[]): unknown[] {
  const objects: unknown[] = [];
  const parse = createJsonLineParser((value) => objects.push(value));
  for (const chunk of chunks) parse(chunk);
  return objects;
}

describe('createJsonLineParser', () => {
  it('parses a recorded stream whole', () => {
    expect(parseAll([recordedStream])).toHaveLength(recordedStream.trim().split('\n').length);
  });

  it('parses the same stream cut at every awkward place', () => {
    const whole = parseAll([recordedStream]);
    const chunks = recordedStream.match(/[\s\S]{1,7}/g) ?? [];
    expect(parseAll(chunks)).toEqual(whole);
  });

  it('skips lines that are not JSON and keeps going', () => {
    expect(parseAll(['{"a":1}\nnot json\n{"b":', '2}\n'])).toEqual([{ a: 1 }, { b: 2 }]);
  });
});

describe('classifyEvent', () => {
  const events = parseAll([recordedStream]) as RawEngineEvent[];
  const relevant = events.map(classifyEvent).filter((event) => event !== null);

  it('keeps container lifecycle and image events, drops exec and network noise', () => {
    expect(relevant.map((event) => `${event.kind}:${event.action}`)).toEqual([
      'container:kill',
      'container:kill',
      'container:die',
      'container:stop',
      'container:start',
      'image:tag',
      'image:untag',
    ]);
  });

  it('names the container by its full ID', () => {
    expect(relevant[0]?.id).toMatch(/^[0-9a-f]{64}$/);
  });

  it('reduces "health_status: healthy" to its action', () => {
    expect(classifyEvent({ Type: 'container', Action: 'health_status: healthy', Actor: { ID: 'abc' } })).toEqual({
      kind: 'container',
      action: 'health_status',
      id: 'abc',
    });
  });

  it('ignores events without an actor', () => {
    expect(classifyEvent({ Type: 'container', Action: 'start' })).toBeNull();
  });
});

describe('replaySince', () => {
  const now = 1_800_000_000_000;

  it('asks for nothing when there is no resume point', () => {
    expect(replaySince(undefined, now)).toBeUndefined();
  });

  it('replays from a second before the resume point, in fractional unix seconds', () => {
    expect(replaySince(now - 5_000, now)).toBe(((now - 6_000) / 1000).toFixed(3));
  });

  it('never asks for the future (a client clock ahead of ours) nor more than a minute back', () => {
    expect(replaySince(now + 60_000, now)).toBe(((now - 1_000) / 1000).toFixed(3));
    expect(replaySince(now - 3_600_000, now)).toBe(((now - 60_000) / 1000).toFixed(3));
  });
});
