/**
 * An Engine inspect answer, unchanged, pretty-printed as text (React escapes it: never HTML), with
 * Copy: the Inspect JSON tab of the image and container pages.
 */
import { useMemo } from 'react';
import { CopyButton } from './CopyButton';

export function InspectJson({ raw, command }: { raw: unknown; /** "docker image inspect" */ command: string }) {
  const json = useMemo(() => JSON.stringify(raw, null, 2), [raw]);
  return (
    <div className="flex max-w-[1120px] flex-col gap-2 px-6 py-5">
      <div className="flex items-center gap-2">
        <h2 className="text-[13px] font-semibold text-text">{command}</h2>
        <span className="text-[12px] text-text-muted">as the Engine reports it</span>
        <span className="ml-auto flex items-center gap-1.5 text-[12.5px] text-text-muted">
          Copy JSON
          <CopyButton value={json} label="Copy JSON" reveal="always" />
        </span>
      </div>
      <pre
        aria-label="Raw inspect JSON"
        tabIndex={0}
        className="overflow-auto rounded-lg border border-border bg-surface-sunken px-4 py-3 font-mono text-[12px] leading-[18px] text-text"
      >
        {json}
      </pre>
    </div>
  );
}
