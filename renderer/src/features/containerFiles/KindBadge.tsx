/** What the container did to a path, in the Engine's words (added, modified, deleted), always with its word. */
import type { ContainerChangeKind } from '../../../../electron/shared/dto';

// Full class names, so Tailwind sees every one of them (the layer explorer's tones).
const TONE: Record<ContainerChangeKind, string> = {
  added: 'bg-running/12 text-running-text ring-running/25',
  modified: 'bg-paused/12 text-paused-text ring-paused/30',
  deleted: 'bg-danger/12 text-danger-text ring-danger/25',
};

export function KindBadge({ kind }: { kind: ContainerChangeKind }) {
  return (
    <span
      data-change={kind}
      className={`inline-flex h-[18px] items-center rounded px-1.5 text-[11px] font-medium ring-1 ring-inset ${TONE[kind]}`}
    >
      {kind}
    </span>
  );
}
