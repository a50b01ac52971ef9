/**
 * Pure formatters. Sizes and relative times match the docker CLI exactly (docker/go-units
 * HumanSizeWithPrecision and HumanDuration), so what Gantry shows is what `docker ps` and
 * `docker images` print.
 */
import { goFormatG } from './goFormat';

const SIZE_UNITS = ['B', 'kB', 'MB', 'GB', 'TB', 'PB', 'EB', 'ZB', 'YB'] as const;

/** go-units HumanSizeWithPrecision(size, 3): decimal units, Go's %.3g. 1980000 → "1.98MB". */
export function formatSize(bytes: number, precision = 3): string {
  let size = bytes;
  let unit = 0;
  while (size >= 1000 && unit < SIZE_UNITS.length - 1) {
    size = size / 1000;
    unit++;
  }
  return `${goFormatG(size, precision)}${SIZE_UNITS[unit]}`;
}

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;

/** go-units HumanDuration for a duration in milliseconds ("About a minute", "3 hours", "2 weeks"). */
export function humanDuration(ms: number): string {
  // Go converts with int(), which truncates toward zero; the hours step rounds half up first.
  const seconds = Math.trunc(ms / SECOND);
  if (seconds < 1) return 'Less than a second';
  if (seconds === 1) return '1 second';
  if (seconds < 60) return `${seconds} seconds`;
  const minutes = Math.trunc(ms / MINUTE);
  if (minutes === 1) return 'About a minute';
  if (minutes < 60) return `${minutes} minutes`;
  const hours = Math.trunc(ms / HOUR + 0.5);
  if (hours === 1) return 'About an hour';
  if (hours < 48) return `${hours} hours`;
  if (hours < 24 * 7 * 2) return `${Math.trunc(hours / 24)} days`;
  if (hours < 24 * 30 * 2) return `${Math.trunc(hours / 24 / 7)} weeks`;
  if (hours < 24 * 365 * 2) return `${Math.trunc(hours / 24 / 30)} months`;
  return `${Math.trunc(Math.trunc(ms / HOUR) / 24 / 365)} years`;
}

/** "2 hours ago", as `docker ps` prints the CREATED column. `created` is in Unix seconds. */
export function timeAgo(createdSeconds: number, nowMs: number): string {
  return `${humanDuration(nowMs - createdSeconds * 1000)} ago`;
}

const exactFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'medium' });

/** The exact local time, for tooltips. `created` is in Unix seconds. */
export function exactTime(createdSeconds: number): string {
  return exactFormat.format(new Date(createdSeconds * 1000));
}

/** 12-character short ID, as the CLI shows it; strips an algorithm prefix like "sha256:". */
export function shortId(id: string): string {
  const colon = id.indexOf(':');
  return (colon >= 0 ? id.slice(colon + 1) : id).slice(0, 12);
}

/** "1 container", "3 containers". */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}
