/**
 * The page's tabs (ARIA tablist): Left/Right (and Home/End) move and select, one tab stop, the
 * panel labelled by its tab. The selected tab lives in the URL, so the parent owns it.
 */
import { useRef, type KeyboardEvent, type ReactNode } from 'react';

export interface TabDef<V extends string> {
  value: V;
  label: string;
}

export function tabId(base: string, value: string) {
  return `${base}-tab-${value}`;
}
export function panelId(base: string, value: string) {
  return `${base}-panel-${value}`;
}

export function Tabs<V extends string>({
  id,
  label,
  tabs,
  value,
  onChange,
  end,
}: {
  id: string;
  label: string;
  tabs: readonly TabDef<V>[];
  value: V;
  onChange: (value: V) => void;
  /** Shown at the right end of the tab row. */
  end?: ReactNode;
}) {
  const list = useRef<HTMLDivElement>(null);
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const at = tabs.findIndex((tab) => tab.value === value);
    let next: number;
    if (event.key === 'ArrowRight') next = (at + 1) % tabs.length;
    else if (event.key === 'ArrowLeft') next = (at - 1 + tabs.length) % tabs.length;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = tabs.length - 1;
    else return;
    event.preventDefault();
    const tab = tabs[next]!;
    onChange(tab.value);
    list.current?.querySelector<HTMLElement>(`#${CSS.escape(tabId(id, tab.value))}`)?.focus();
  };
  return (
    <div className="flex items-end gap-4 border-b border-border px-6">
      <div ref={list} role="tablist" aria-label={label} className="-mb-px flex gap-5" onKeyDown={onKeyDown}>
        {tabs.map((tab) => {
          const selected = tab.value === value;
          return (
            <button
              key={tab.value}
              type="button"
              role="tab"
              id={tabId(id, tab.value)}
              aria-selected={selected}
              aria-controls={panelId(id, tab.value)}
              tabIndex={selected ? 0 : -1}
              onClick={() => onChange(tab.value)}
              className={`h-9 border-b-2 text-[13px] font-medium transition-colors outline-offset-[-2px] focus-visible:outline-2 ${
                selected ? 'border-accent text-text' : 'border-transparent text-text-muted hover:text-text'
              }`}
            >
              {tab.label}
            </button>
          );
        })}
      </div>
      {end && <div className="ml-auto flex items-center pb-1.5">{end}</div>}
    </div>
  );
}
