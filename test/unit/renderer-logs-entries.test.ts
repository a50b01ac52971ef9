import { describe, expect, it } from 'vitest';
import type { LogLine, LogStreamName } from '../../electron/shared/dto';
import { toEntry } from '../../renderer/src/features/logs/model/entries';
import { findLinks, isWebUrl } from '../../renderer/src/features/logs/model/links';
import type { LogEntry } from '../../renderer/src/features/logs/model/types';

function line(text: string, stream: LogStreamName = 'stderr', ts = '2026-12-04T10:00:00.123456789Z'): LogLine {
  return { stream, ts, text };
}

/** The lines as the viewer would turn them into entries, each seeing the one before. */
function entries(texts: string[], stream: LogStreamName = 'stderr'): LogEntry[] {
  const out: LogEntry[] = [];
  texts.forEach((text, seq) => out.push(toEntry(line(text, stream), seq, 0, out[seq - 1])));
  return out;
}

const continuations = (texts: string[]): boolean[] => entries(texts).map((e) => e.continuation);

describe('stack traces stay together', () => {
  it('Java, with its cause chain and elided frames', () => {
    expect(
      continuations([
        'Exception in thread "main" java.lang.IllegalStateException: boom',
        '\tat com.example.App.run(App.java:42)',
        '\tat com.example.App.main(App.java:7)',
        'Caused by: java.io.IOException: disk',
        '\t... 2 more',
        'Server stopped',
      ]),
    ).toEqual([false, true, true, true, true, false]);
  });

  it('Node', () => {
    expect(
      continuations([
        'TypeError: x is not a function',
        '    at handler (/app/index.js:10:5)',
        '    at process (node:internal/x:1:1)',
        'listening on 3000',
      ]),
    ).toEqual([false, true, true, false]);
  });

  it('Python, down to the exception line', () => {
    expect(
      continuations([
        'Traceback (most recent call last):',
        '  File "/app/main.py", line 3, in <module>',
        '    main()',
        '  File "/app/main.py", line 2, in main',
        '    raise ValueError("bad")',
        'ValueError: bad',
        'INFO worker restarted',
      ]),
    ).toEqual([false, true, true, true, true, true, false]);
  });

  it('Go, across the blank lines of a panic', () => {
    expect(
      continuations([
        'panic: runtime error: index out of range [3] with length 3',
        '',
        'goroutine 1 [running]:',
        'main.main()',
        '\t/app/main.go:8 +0x1d',
        'exit status 2',
        '',
        'restarting',
      ]),
    ).toEqual([false, true, true, true, true, true, false, false]);
  });

  it('does not join lines of a different stream or container, or indented prose', () => {
    const first = toEntry(line('Error: boom'), 0, 0);
    expect(toEntry(line('    at f (a.js:1:1)', 'stdout'), 1, 0, first).continuation).toBe(false);
    expect(toEntry(line('    at f (a.js:1:1)'), 1, 1, first).continuation).toBe(false);
    expect(continuations(['config:', '    port: 80'])).toEqual([false, false]);
  });

  it('gives a frame its trace’s level', () => {
    const [head, frame] = entries(['ERROR request failed', '    at f (a.js:1:1)']);
    expect(head!.level).toBe('error');
    expect(frame!.level).toBe('error');
  });
});

describe('toEntry', () => {
  it('keeps the text as received and gives search the plain text', () => {
    const entry = toEntry(line('\x1b[31mred\x1b[0m <script>x</script>', 'stdout'), 7, 2);
    expect(entry).toMatchObject({
      seq: 7,
      source: 2,
      stream: 'stdout',
      text: '\x1b[31mred\x1b[0m <script>x</script>',
      plain: 'red <script>x</script>',
      spans: [{ text: 'red', fg: 1 }, { text: ' <script>x</script>' }],
      tsMs: Date.UTC(2026, 11, 4, 10, 0, 0, 123),
    });
  });

  it('reads a structured line once, with its level', () => {
    expect(toEntry(line('{"level":"error","msg":"db down"}'), 0, 0)).toMatchObject({
      level: 'error',
      structured: { format: 'json', message: 'db down' },
    });
  });

  it('carries the bytes the backend cut', () => {
    expect(toEntry({ ...line('x'), cutBytes: 900_000 }, 0, 0).cutBytes).toBe(900_000);
    expect(toEntry(line('x'), 0, 0)).not.toHaveProperty('cutBytes');
  });

  it('gives a line whose time does not parse the time of the line before', () => {
    const first = toEntry(line('a'), 0, 0);
    expect(toEntry(line('b', 'stderr', 'not a time'), 1, 0, first).tsMs).toBe(first.tsMs);
  });
});

describe('findLinks', () => {
  const linked = (text: string): string[] => findLinks(text).map(([start, end]) => text.slice(start, end));

  it('finds http and https links, without the prose punctuation around them', () => {
    expect(
      linked('see https://docs.docker.com/engine/. Or (http://localhost:8080/x?a=1), [https://x.io/a_(b)]'),
    ).toEqual(['https://docs.docker.com/engine/', 'http://localhost:8080/x?a=1', 'https://x.io/a_(b)']);
  });

  it('links no other scheme and nothing that only looks like a link', () => {
    expect(linked('javascript:alert(1) file:///etc/passwd ftp://x.io data:text/html,<b> https:// http://')).toEqual([]);
    expect(linked('<a href="https://x.io/p">')).toEqual(['https://x.io/p']);
  });

  it('stops at 50 links a line', () => {
    expect(findLinks('https://a.io '.repeat(200))).toHaveLength(50);
  });

  it('isWebUrl accepts only absolute http(s) URLs with a host', () => {
    expect(['https://x.io', 'http://127.0.0.1:8080/'].map(isWebUrl)).toEqual([true, true]);
    expect(
      ['javascript:alert(1)', 'https://', '/relative', 'file:///x', 'ftp://x.io', 'ws://x.io'].map(isWebUrl),
    ).toEqual([false, false, false, false, false, false]);
  });
});
