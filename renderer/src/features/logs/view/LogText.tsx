/**
 * A line's text as React nodes: ANSI runs as spans with palette classes, search matches as <mark>,
 * http(s) links as links that open outside the app. Text only — React escapes it; no HTML is ever
 * made from a log.
 */
import { Fragment, memo } from 'react';
import { spanLook } from '../ansiPalette';
import type { MatchRange, StyledSpan } from '../model/types';
import { textRuns } from '../textRuns';

const MARK = 'rounded-[2px] bg-paused/35 text-text';
const CURRENT = 'rounded-[2px] bg-accent text-on-accent';

/** Only http(s) URLs without credentials leave the app (the desktop shell checks again). */
export function safeHref(url: string): string | null {
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
    if (parsed.username || parsed.password) return null;
    return parsed.href;
  } catch {
    return null;
  }
}

export const LogText = memo(function LogText(props: {
  plain: string;
  spans?: readonly StyledSpan[];
  matches?: readonly MatchRange[];
  current?: MatchRange | null;
  links?: readonly MatchRange[];
  limit?: number;
}) {
  const runs = textRuns(props);
  return (
    <>
      {runs.map((run) => {
        const look = run.span ? spanLook(run.span) : null;
        let node = look ? (
          <span className={look.className} style={look.style}>
            {run.text}
          </span>
        ) : (
          run.text
        );
        if (run.mark) node = <mark className={run.mark === 'current' ? CURRENT : MARK}>{node}</mark>;
        const href = run.href ? safeHref(run.href) : null;
        if (href)
          node = (
            <a
              href={href}
              target="_blank"
              rel="noopener noreferrer"
              title={`Open ${href}`}
              className="text-accent-text underline decoration-accent-text/40 underline-offset-2 hover:decoration-accent-text"
            >
              {node}
            </a>
          );
        return <Fragment key={run.start}>{node}</Fragment>;
      })}
    </>
  );
});
