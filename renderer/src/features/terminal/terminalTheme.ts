/**
 * The terminal's colours, from the app's own tokens (styles.css) so it follows light and dark with
 * the rest of the window. The 16 ANSI colours are chosen per scheme: the usual palette is made for
 * a dark background, and its yellow or white would be unreadable on a light one.
 */
import type { ITheme } from '@xterm/xterm';

const LIGHT_ANSI = {
  black: '#1b2130',
  red: '#c42b2b',
  green: '#157342',
  yellow: '#925a00',
  blue: '#1f56cc',
  magenta: '#8e3bb5',
  cyan: '#0f6f7f',
  white: '#556071',
  brightBlack: '#636d7c',
  brightRed: '#dc3b3b',
  brightGreen: '#1f9d55',
  brightYellow: '#b26f00',
  brightBlue: '#2f6bed',
  brightMagenta: '#a64fd0',
  brightCyan: '#14889b',
  brightWhite: '#1b2130',
};

const DARK_ANSI = {
  black: '#3a4150',
  red: '#f68a8a',
  green: '#5fdc92',
  yellow: '#f4bd5c',
  blue: '#8fb2fb',
  magenta: '#d4a3f5',
  cyan: '#6fd6e4',
  white: '#c8cdd6',
  brightBlack: '#8891a1',
  brightRed: '#ffa5a5',
  brightGreen: '#86e8ad',
  brightYellow: '#f8d08a',
  brightBlue: '#b0c9fd',
  brightMagenta: '#e2bdf9',
  brightCyan: '#98e4ee',
  brightWhite: '#ffffff',
};

export const DARK_QUERY = '(prefers-color-scheme: dark)';

export function terminalTheme(element: Element, dark: boolean): ITheme {
  const styles = getComputedStyle(element);
  const token = (name: string, fallback: string) => styles.getPropertyValue(`--color-${name}`).trim() || fallback;
  const accent = token('accent', '#2f6bed');
  return {
    ...(dark ? DARK_ANSI : LIGHT_ANSI),
    background: token('surface-sunken', dark ? '#0e1014' : '#f2f4f7'),
    foreground: token('text', dark ? '#e4e7ec' : '#1b2130'),
    cursor: accent,
    cursorAccent: token('surface', dark ? '#15181e' : '#ffffff'),
    selectionBackground: dark ? '#2c4a86' : '#c5d7fb',
    selectionForeground: token('text', dark ? '#e4e7ec' : '#1b2130'),
    scrollbarSliderBackground: dark ? 'rgba(255, 255, 255, 0.14)' : 'rgba(16, 24, 40, 0.16)',
    scrollbarSliderHoverBackground: dark ? 'rgba(255, 255, 255, 0.24)' : 'rgba(16, 24, 40, 0.26)',
    scrollbarSliderActiveBackground: dark ? 'rgba(255, 255, 255, 0.32)' : 'rgba(16, 24, 40, 0.34)',
  };
}
