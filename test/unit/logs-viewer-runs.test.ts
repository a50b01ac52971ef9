/**
 * A log line cut into runs (ANSI spans, search marks, links) for rendering as text, the palette a
 * span maps to, and which link targets may leave the app.
 */
import { describe, expect, it } from 'vitest';
import { spanLook, xterm256 } from '../../renderer/src/features/logs/ansiPalette';
import { textRuns } from '../../renderer/src/features/logs/textRuns';
import { safeHref } from '../../renderer/src/features/logs/view/LogText';

describe('textRuns', () => {
  it('is the whole line, once, when nothing is marked', () => {
    expect(textRuns({ plain: 'hello world' })).toEqual([{ text: 'hello world', start: 0 }]);
  });

  it('cuts at span, match and link boundaries and keeps every character once', () => {
    const plain = 'red alert see https://x.io/a ok';
    const runs = textRuns({
      plain,
      spans: [{ text: 'red alert', fg: 1 }, { text: ' see https://x.io/a ok' }],
      matches: [
        [4, 9],
        [22, 28],
      ],
      current: [22, 28],
      links: [[14, 28]],
    });
    expect(runs.map((r) => r.text).join('')).toBe(plain);
    expect(runs.find((r) => r.text === 'alert')).toMatchObject({ span: { fg: 1 }, mark: 'match' });
    const linked = runs.filter((r) => r.href);
    expect(linked.map((r) => r.text).join('')).toBe('https://x.io/a');
    expect(new Set(linked.map((r) => r.href))).toEqual(new Set(['https://x.io/a']));
    expect(runs.find((r) => r.text === 'x.io/a')).toMatchObject({ mark: 'current', href: 'https://x.io/a' });
    expect(runs.find((r) => r.text === 'red ')?.mark).toBeUndefined();
  });

  it('stops at the limit (a runaway line before "show all")', () => {
    const runs = textRuns({ plain: 'a'.repeat(50), matches: [[40, 45]], limit: 10 });
    expect(runs).toEqual([{ text: 'a'.repeat(10), start: 0 }]);
  });
});

describe('spanLook', () => {
  it('names the 16 colours by class, computes the cube and greys, takes only a checked #rrggbb', () => {
    expect(spanLook({ text: 'x', fg: 1, bold: true })).toEqual({ className: 'ansi-fg-1 ansi-bold' });
    expect(spanLook({ text: 'x', fg: 196 }).style).toEqual({ color: 'rgb(255, 0, 0)' });
    expect(spanLook({ text: 'x', bg: 232 }).style).toEqual({ backgroundColor: 'rgb(8, 8, 8)' });
    expect(spanLook({ text: 'x', fg: '#12abEF' }).style).toEqual({ color: '#12abEF' });
    for (const hostile of ['red; background:url(x)', '#12345', 'url(javascript:1)', '#1234567'])
      expect(spanLook({ text: 'x', fg: hostile })).toEqual({ className: '' });
    expect(spanLook({ text: 'x', fg: 300 })).toEqual({ className: '' });
  });

  it('swaps colours for inverse, and uses the view’s own swapped without any', () => {
    expect(spanLook({ text: 'x', fg: 2, bg: 4, inverse: true }).className).toBe('ansi-fg-4 ansi-bg-2');
    expect(spanLook({ text: 'x', inverse: true }).className).toBe('ansi-inverse');
  });

  it('xterm256 covers 16–255 only', () => {
    expect(xterm256(16)).toBe('rgb(0, 0, 0)');
    expect(xterm256(231)).toBe('rgb(255, 255, 255)');
    expect(xterm256(255)).toBe('rgb(238, 238, 238)');
    expect(xterm256(15)).toBeNull();
  });
});

describe('safeHref', () => {
  it('lets http(s) out and nothing else', () => {
    expect(safeHref('https://example.com/a?b=1')).toBe('https://example.com/a?b=1');
    expect(safeHref('http://localhost:8080')).toBe('http://localhost:8080/');
    for (const bad of ['javascript:alert(1)', 'file:///etc/passwd', 'https://user:pw@example.com', 'not a url'])
      expect(safeHref(bad)).toBeNull();
  });
});
