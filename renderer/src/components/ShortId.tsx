import { shortId } from '../lib/format';
import { CopyButton } from './CopyButton';

/** An ID as the docker CLI shows it (12 hex), the full one on hover, and a copy button. */
export function ShortId({ id, className }: { id: string; className: string }) {
  return (
    <span className="flex items-center gap-1">
      <span className={`font-mono ${className}`} title={id}>
        {shortId(id)}
      </span>
      <CopyButton value={id} />
    </span>
  );
}
