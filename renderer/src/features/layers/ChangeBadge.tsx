import type { FileChange } from './fileTree';

// Full class names, so Tailwind sees every one of them.
const TONE: Record<FileChange, string> = {
  added: 'bg-running/12 text-running-text ring-running/25',
  modified: 'bg-paused/12 text-paused-text ring-paused/30',
  removed: 'bg-danger/12 text-danger-text ring-danger/25',
};

/** What a layer did to a path, as a coloured badge that always carries its word. */
export function ChangeBadge({ change }: { change: FileChange }) {
  return (
    <span
      data-change={change}
      className={`inline-flex h-[18px] items-center rounded px-1.5 text-[11px] font-medium ring-1 ring-inset ${TONE[change]}`}
    >
      {change}
    </span>
  );
}
