/** The page's building blocks: a titled section, a fact grid (label · value), an ISO time shown relative. */
import type { ReactNode } from 'react';
import { RelativeTime } from '../../components/RelativeTime';

export function Section({
  title,
  aside,
  actions,
  children,
}: {
  title: string;
  aside?: ReactNode;
  actions?: ReactNode;
  children: ReactNode;
}) {
  return (
    <section aria-label={title}>
      <div className="mb-2 flex min-h-7 items-center gap-2">
        <h2 className="text-[13px] font-semibold text-text">{title}</h2>
        {aside && <span className="text-[12px] text-text-muted">{aside}</span>}
        {actions && <div className="ml-auto flex items-center gap-2">{actions}</div>}
      </div>
      {children}
    </section>
  );
}

/** Facts two by two on wide screens; `wide` ones span the row. */
export function Facts({ label, children }: { label?: string; children: ReactNode }) {
  return (
    <div className="overflow-hidden rounded-lg border border-border">
      {/* -mb-px: the last row's own bottom border hides under the frame's. */}
      <dl aria-label={label} className="-mb-px grid grid-cols-1 md:grid-cols-2">
        {children}
      </dl>
    </div>
  );
}

export function Fact({ label, wide = false, children }: { label: string; wide?: boolean; children: ReactNode }) {
  return (
    <div
      className={`grid grid-cols-[130px_minmax(0,1fr)] items-baseline gap-x-3 border-b border-border px-4 py-2 ${
        wide ? 'md:col-span-2' : ''
      }`}
    >
      <dt className="text-[12.5px] text-text-muted">{label}</dt>
      <dd className="min-w-0 text-[13px] text-text">{children}</dd>
    </div>
  );
}

/** An ISO time as "3 minutes ago", the exact time on hover; `never` when absent. */
export function IsoTime({ iso, never = 'never' }: { iso: string | undefined; never?: string }) {
  const ms = iso ? Date.parse(iso) : Number.NaN;
  if (!Number.isFinite(ms) || ms <= 0) return <span className="text-text-muted">{never}</span>;
  return <RelativeTime seconds={ms / 1000} />;
}

/** Monospace code that wraps, for commands and paths. */
export function Code({ children }: { children: ReactNode }) {
  return <code className="font-mono text-[12.5px] break-all whitespace-pre-wrap">{children}</code>;
}

/** A quiet "none" in place of an empty value. */
export function None({ children = 'none' }: { children?: ReactNode }) {
  return <span className="text-text-muted">{children}</span>;
}

/** A table frame shared by the page's lists (mounts, networks, ports, labels, processes). */
export const TABLE = 'w-full border-collapse text-left text-[13px]';
export const TH = 'border-b border-border bg-surface-sunken/60 px-4 py-1.5 text-[12px] font-medium text-text-muted';
export const TD = 'border-b border-border px-4 py-1.5 align-top';
