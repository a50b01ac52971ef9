/**
 * ANSI in a log line → plain text and styled spans. Colours and styles (SGR) become spans; every
 * other escape sequence (cursor moves, OSC titles and hyperlinks, charset switches) and every other
 * control character is removed, so nothing of the terminal's control language reaches the screen.
 * A carriage return keeps what a terminal would show last (progress bars redraw with \r).
 */
import type { StyledSpan } from './types';

type Style = Omit<StyledSpan, 'text'>;

/** C0 controls but tab, DEL, and the C1 range (U+0080–U+009F, where \x9b is a one-byte CSI). */
const CONTROL = /[\x00-\x08\x0a-\x1f\x7f-\x9f]/;
const CONTROLS = /[\x00-\x08\x0a-\x1f\x7f-\x9f]/g;

/** `plain` without escape codes and control characters; `spans` only when some text was styled. */
export function parseAnsi(text: string): { plain: string; spans?: StyledSpan[] } {
  // Most lines have nothing to parse: leave them as they are, fast.
  if (!CONTROL.test(text)) return { plain: text };
  const visible = afterLastCarriageReturn(text);
  if (!visible.includes('\x1b') && !visible.includes('\x9b')) return { plain: visible.replace(CONTROLS, '') };
  return parseEscapes(visible);
}

/** "50%\r100%" shows as "100%"; a trailing \r (CRLF line ends) changes nothing. */
function afterLastCarriageReturn(text: string): string {
  const trimmed = text.endsWith('\r') ? text.replace(/\r+$/, '') : text;
  const last = trimmed.lastIndexOf('\r');
  return last === -1 ? trimmed : trimmed.slice(last + 1);
}

function parseEscapes(text: string): { plain: string; spans?: StyledSpan[] } {
  const spans: StyledSpan[] = [];
  let style: Style = {};
  let styled = false;
  let run = '';
  let plain = '';

  const flushRun = (): void => {
    if (!run) return;
    plain += run;
    const last = spans[spans.length - 1];
    if (last && sameStyle(last, style)) last.text += run;
    else spans.push({ text: run, ...style });
    if (Object.keys(style).length > 0) styled = true;
    run = '';
  };

  let i = 0;
  while (i < text.length) {
    const ch = text.charCodeAt(i);
    const csiStart = ch === 0x1b && text[i + 1] === '[' ? i + 2 : ch === 0x9b ? i + 1 : -1;
    if (csiStart !== -1) {
      const end = endOfCsi(text, csiStart);
      if (end === -1) break; // an unfinished sequence at the end of the line: drop the rest of it
      if (text[end] === 'm') {
        flushRun();
        style = applySgr(style, text.slice(csiStart, end));
      }
      i = end + 1;
      continue;
    }
    if (ch === 0x1b) {
      i = endOfOtherEscape(text, i + 1);
      continue;
    }
    if (ch === 0x09 || !((ch >= 0 && ch < 0x20) || (ch >= 0x7f && ch <= 0x9f))) run += text[i];
    i += 1;
  }
  flushRun();
  return styled ? { plain, spans } : { plain };
}

/** Index of the final byte of a CSI sequence whose parameters start at `from`, or -1. */
function endOfCsi(text: string, from: number): number {
  for (let j = from; j < text.length; j += 1) {
    const code = text.charCodeAt(j);
    if (code >= 0x40 && code <= 0x7e) return j; // final byte
    if (code < 0x20 || code > 0x3f) return j - 1 < from ? from : j - 1; // not a CSI: stop before it
  }
  return -1;
}

/** Past an escape that is not CSI: OSC/DCS/APC strings up to BEL or ST, or ESC plus one or two characters. */
function endOfOtherEscape(text: string, at: number): number {
  const kind = text[at];
  if (kind === ']' || kind === 'P' || kind === '_' || kind === '^' || kind === 'X') {
    for (let j = at + 1; j < text.length; j += 1) {
      if (text[j] === '\x07') return j + 1;
      if (text[j] === '\x1b' && text[j + 1] === '\\') return j + 2;
    }
    return text.length;
  }
  // Charset designations (ESC ( B) take one more character; the rest (ESC 7, ESC =) take one.
  if (kind === '(' || kind === ')' || kind === '*' || kind === '+' || kind === '#') return at + 2;
  return at + 1;
}

function sameStyle(a: Style, b: Style): boolean {
  return (
    a.fg === b.fg &&
    a.bg === b.bg &&
    a.bold === b.bold &&
    a.dim === b.dim &&
    a.italic === b.italic &&
    a.underline === b.underline &&
    a.inverse === b.inverse &&
    a.strike === b.strike
  );
}

const FLAG_ON: Record<number, keyof Style> = {
  1: 'bold',
  2: 'dim',
  3: 'italic',
  4: 'underline',
  7: 'inverse',
  9: 'strike',
  21: 'underline',
};
const FLAGS_OFF: Record<number, Array<keyof Style>> = {
  22: ['bold', 'dim'],
  23: ['italic'],
  24: ['underline'],
  27: ['inverse'],
  29: ['strike'],
};

/** One SGR sequence ("1;31", "38;5;208", "38:2::255:0:0") applied to the current style. */
export function applySgr(current: Style, params: string): Style {
  const codes = params.split(/[;:]/).map((part) => (part === '' ? 0 : Number(part)));
  // "38:2::r:g:b" has an empty colour-space slot; "38;2;r;g;b" has none. Read both.
  const colonForm = params.includes(':');
  const next: Style = { ...current };
  for (let k = 0; k < codes.length; k += 1) {
    const code = codes[k]!;
    if (!Number.isInteger(code)) continue;
    if (code === 0) {
      for (const key of Object.keys(next) as Array<keyof Style>) delete next[key];
    } else if (FLAG_ON[code]) {
      (next as Record<string, unknown>)[FLAG_ON[code]] = true;
    } else if (FLAGS_OFF[code]) {
      for (const key of FLAGS_OFF[code]) delete next[key];
    } else if (code >= 30 && code <= 37) next.fg = code - 30;
    else if (code >= 90 && code <= 97) next.fg = code - 90 + 8;
    else if (code >= 40 && code <= 47) next.bg = code - 40;
    else if (code >= 100 && code <= 107) next.bg = code - 100 + 8;
    else if (code === 39) delete next.fg;
    else if (code === 49) delete next.bg;
    else if (code === 38 || code === 48) {
      const { colour, used } = extendedColour(codes, k + 1, colonForm);
      if (colour !== undefined) next[code === 38 ? 'fg' : 'bg'] = colour;
      k += used;
    }
  }
  return next;
}

/** The colour after 38/48: "5;n" (the 256-colour palette) or "2;r;g;b" (24-bit, validated). */
function extendedColour(codes: number[], at: number, colonForm: boolean): { colour?: number | string; used: number } {
  const mode = codes[at];
  if (mode === 5) {
    const index = codes[at + 1];
    return { colour: index !== undefined && index >= 0 && index <= 255 ? index : undefined, used: 2 };
  }
  if (mode === 2) {
    // The colon form may carry a colour-space id before r:g:b ("38:2::r:g:b" or "38:2:0:r:g:b").
    const offset = colonForm && codes.length - at >= 5 ? 2 : 1;
    const rgb = codes.slice(at + offset, at + offset + 3);
    const valid = rgb.length === 3 && rgb.every((c) => Number.isInteger(c) && c >= 0 && c <= 255);
    return {
      colour: valid ? `#${rgb.map((c) => c.toString(16).padStart(2, '0')).join('')}` : undefined,
      used: offset + 3,
    };
  }
  return { used: 1 };
}
