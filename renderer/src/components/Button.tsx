import type { ButtonHTMLAttributes, ReactNode, Ref } from 'react';
import { Spinner } from './Spinner';

type Variant = 'primary' | 'secondary' | 'ghost';

const VARIANTS: Record<Variant, string> = {
  primary: 'bg-accent text-on-accent hover:bg-accent-hover border border-transparent shadow-sm',
  secondary: 'bg-surface-raised text-text border border-border-strong hover:bg-hover shadow-xs',
  ghost: 'text-text-muted hover:text-text hover:bg-hover border border-transparent',
};

interface Props extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: Variant;
  size?: 'sm' | 'md';
  busy?: boolean;
  icon?: ReactNode;
  ref?: Ref<HTMLButtonElement>;
}

/** A button; while `busy` it shows a spinner in place of its icon, is disabled and aria-busy. */
export function Button({
  variant = 'secondary',
  size = 'md',
  busy = false,
  icon,
  children,
  className = '',
  disabled,
  ...rest
}: Props) {
  const sizing = size === 'sm' ? 'h-7 px-2.5 gap-1.5 text-[12.5px]' : 'h-8 px-3 gap-2 text-[13px]';
  return (
    <button
      type="button"
      {...rest}
      disabled={disabled || busy}
      aria-busy={busy || undefined}
      className={`inline-flex shrink-0 items-center justify-center rounded-md font-medium whitespace-nowrap transition-colors disabled:cursor-default disabled:opacity-60 ${sizing} ${VARIANTS[variant]} ${className}`}
    >
      {busy ? <Spinner size={size === 'sm' ? 12 : 14} /> : icon}
      {children}
    </button>
  );
}
