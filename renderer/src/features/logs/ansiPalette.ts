/**
 * How one ANSI-styled span looks: classes for the 16 named colours (theme-aware, in logs.css),
 * computed colours for the 256-colour cube and grey ramp, and a 24-bit colour only when it is a
 * validated #rrggbb. Colours go through React's `style` prop (CSSOM, allowed by our CSP's
 * style-src 'self'), never as markup, and no text from the log ever becomes CSS but a checked hex.
 */
import type { CSSProperties } from 'react';
import type { StyledSpan } from './model/types';

const HEX = /^#[0-9a-fA-F]{6}$/;
const CUBE_LEVELS = [0, 95, 135, 175, 215, 255] as const;

/** The xterm 256-colour palette above the 16 named ones: 16–231 the 6×6×6 cube, 232–255 greys. */
export function xterm256(index: number): string | null {
  if (!Number.isInteger(index) || index < 16 || index > 255) return null;
  if (index >= 232) {
    const level = 8 + (index - 232) * 10;
    return `rgb(${level}, ${level}, ${level})`;
  }
  const n = index - 16;
  const r = CUBE_LEVELS[Math.floor(n / 36)]!;
  const g = CUBE_LEVELS[Math.floor(n / 6) % 6]!;
  const b = CUBE_LEVELS[n % 6]!;
  return `rgb(${r}, ${g}, ${b})`;
}

/** A span colour → a class (0–15) or a CSS colour (cube, grey, #rrggbb); nothing for anything else. */
function colour(value: number | string | undefined, layer: 'fg' | 'bg'): { className?: string; css?: string } {
  if (value === undefined) return {};
  if (typeof value === 'number') {
    if (Number.isInteger(value) && value >= 0 && value <= 15) return { className: `ansi-${layer}-${value}` };
    const css = xterm256(value);
    return css ? { css } : {};
  }
  return HEX.test(value) ? { css: value } : {};
}

export interface SpanLook {
  className: string;
  style?: CSSProperties;
}

export function spanLook(span: StyledSpan): SpanLook {
  const fg = colour(span.inverse ? span.bg : span.fg, 'fg');
  const bg = colour(span.inverse ? span.fg : span.bg, 'bg');
  const classes: string[] = [];
  if (fg.className) classes.push(fg.className);
  if (bg.className) classes.push(bg.className);
  // Inverse without explicit colours: the view's own colours swapped.
  if (span.inverse && !span.fg && !span.bg) classes.push('ansi-inverse');
  if (span.bold) classes.push('ansi-bold');
  if (span.dim) classes.push('ansi-dim');
  if (span.italic) classes.push('ansi-italic');
  if (span.underline || span.strike)
    classes.push(
      span.underline && span.strike ? 'ansi-underline-strike' : span.underline ? 'ansi-underline' : 'ansi-strike',
    );
  const style: CSSProperties = {};
  if (fg.css) style.color = fg.css;
  if (bg.css) style.backgroundColor = bg.css;
  return { className: classes.join(' '), ...(fg.css || bg.css ? { style } : {}) };
}
