/**
 * Chart colours from the theme's tokens (styles.css), read from the document so light and dark
 * each get their own; canvas cannot use CSS variables, so the values are read, and read again
 * when the system theme changes (useChartTheme).
 */
import { useSyncExternalStore } from 'react';

export type SeriesTone = 'accent' | 'running' | 'paused';

export interface ChartTheme {
  axis: string;
  grid: string;
  font: string;
  tones: Record<SeriesTone, string>;
}

/** Light-theme values, in case a token is missing (they should never be needed). */
const FALLBACK = {
  '--color-text-muted': '#556071',
  '--color-border': '#e5e8ee',
  '--color-accent': '#2f6bed',
  '--color-running': '#1f9d55',
  '--color-paused': '#d98a0b',
  '--font-sans': 'system-ui, sans-serif',
} as const;

export function readChartTheme(root: Element = document.documentElement): ChartTheme {
  const style = getComputedStyle(root);
  const token = (name: keyof typeof FALLBACK) => style.getPropertyValue(name).trim() || FALLBACK[name];
  return {
    axis: token('--color-text-muted'),
    grid: token('--color-border'),
    font: `11px ${token('--font-sans')}`,
    tones: { accent: token('--color-accent'), running: token('--color-running'), paused: token('--color-paused') },
  };
}

/** "#2f6bed" → "rgba(47, 107, 237, 0.12)": the area under a line. Other colour forms are returned as they are. */
export function withAlpha(colour: string, alpha: number): string {
  const hex = /^#([0-9a-f]{6})$/i.exec(colour)?.[1];
  if (!hex) return colour;
  const n = Number.parseInt(hex, 16);
  return `rgba(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255}, ${alpha})`;
}

const DARK = '(prefers-color-scheme: dark)';

function subscribe(onChange: () => void): () => void {
  const query = window.matchMedia(DARK);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

/** "dark" or "light", re-rendering when the system theme (which drives the tokens) changes. */
export function useColourScheme(): 'dark' | 'light' {
  return useSyncExternalStore(subscribe, () => (window.matchMedia(DARK).matches ? 'dark' : 'light'));
}
