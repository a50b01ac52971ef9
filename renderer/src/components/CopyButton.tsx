import { useEffect, useState } from 'react';
import { copyText } from '../lib/clipboard';
import { CheckIcon, CopyIcon } from './Icons';

/** An icon button that copies `value`; shows a check for a moment after copying. */
interface Props {
  value: string;
  label?: string;
  /** 'hover': visible on row hover or focus (tables); 'always': e.g. next to a command. */
  reveal?: 'hover' | 'always';
}

export function CopyButton({ value, label = 'Copy ID', reveal = 'hover' }: Props) {
  const [copied, setCopied] = useState(false);
  useEffect(() => {
    if (!copied) return;
    const timer = setTimeout(() => setCopied(false), 1200);
    return () => clearTimeout(timer);
  }, [copied]);

  return (
    <button
      type="button"
      aria-label={label}
      title={copied ? 'Copied' : label}
      onClick={(event) => {
        event.stopPropagation();
        void copyText(value).then(() => setCopied(true));
      }}
      className={`inline-flex size-5 shrink-0 items-center justify-center rounded text-text-faint transition-colors hover:bg-surface-sunken hover:text-text focus-visible:opacity-100 ${
        copied
          ? 'text-running opacity-100'
          : reveal === 'hover'
            ? 'opacity-0 group-hover/row:opacity-100 group-data-selected/row:opacity-100'
            : ''
      }`}
    >
      {copied ? <CheckIcon size={13} /> : <CopyIcon size={13} />}
    </button>
  );
}
