/** A segmented choice (radio group): one of a few options, each with an optional count. */
export interface Segment<V extends string> {
  value: V;
  label: string;
  count?: number;
}

export function Segmented<V extends string>({
  label,
  value,
  options,
  onChange,
}: {
  label: string;
  value: V;
  options: readonly Segment<V>[];
  onChange: (value: V) => void;
}) {
  return (
    <div
      role="radiogroup"
      aria-label={label}
      className="inline-flex h-7 items-center rounded-md border border-border bg-surface-sunken p-0.5"
      onKeyDown={(event) => {
        if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
        event.preventDefault();
        const index = options.findIndex((option) => option.value === value);
        const next = options[(index + (event.key === 'ArrowRight' ? 1 : options.length - 1)) % options.length];
        if (!next) return;
        onChange(next.value);
        event.currentTarget.querySelector<HTMLElement>(`[data-value="${next.value}"]`)?.focus();
      }}
    >
      {options.map((option) => {
        const checked = option.value === value;
        return (
          <button
            key={option.value}
            type="button"
            role="radio"
            aria-checked={checked}
            data-value={option.value}
            tabIndex={checked ? 0 : -1}
            onClick={() => onChange(option.value)}
            className={`inline-flex h-full items-center gap-1.5 rounded-[5px] px-2.5 text-[12.5px] font-medium transition-colors ${
              checked ? 'bg-surface-raised text-text shadow-xs' : 'text-text-muted hover:text-text'
            }`}
          >
            {option.label}
            {option.count !== undefined && (
              <span className={`text-[11.5px] tabular ${checked ? 'text-text-muted' : 'text-text-faint'}`}>
                {option.count}
              </span>
            )}
          </button>
        );
      })}
    </div>
  );
}
