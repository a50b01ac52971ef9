/** The logs page's URL: `#/logs?ids=<id1>,<id2>` — the containers whose logs it merges. */

export interface LogsSearch {
  /** Container IDs (or names), comma-separated. Absent: the page offers to choose. */
  ids?: string;
}

/** At most this many containers in one merged view (one Engine stream each). */
export const MAX_LOG_SOURCES = 16;

export function parseLogsSearch(raw: Record<string, unknown>): LogsSearch {
  const value = raw.ids;
  // The router turns an all-digit value into a number: a short ID can look like one.
  const text = typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';
  const ids = logIds(text);
  return ids.length > 0 ? { ids: ids.join(',') } : {};
}

/** The distinct, well-formed IDs or names in an `ids` value, in order, at most MAX_LOG_SOURCES. */
export function logIds(text: string | undefined): string[] {
  const out: string[] = [];
  for (const part of (text ?? '').split(',')) {
    const id = part.trim();
    if (/^[a-zA-Z0-9][a-zA-Z0-9_.-]{0,127}$/.test(id) && !out.includes(id)) out.push(id);
    if (out.length === MAX_LOG_SOURCES) break;
  }
  return out;
}
