/** A small segmented control: a labelled group of toggle buttons, one pressed. */
export function Segmented<T extends string>({
  label,
  value,
  options,
  onChange,
}: {
  label: string;
  value: T;
  options: readonly { value: T; label: string }[];
  onChange: (value: T) => void;
}) {
  return (
    <div
      role="group"
      aria-label={label}
      className="inline-flex h-7 items-center rounded-md border border-border-strong bg-surface-sunken p-0.5"
    >
      {options.map((option) => {
        const pressed = option.value === value;
        return (
          <button
            key={option.value}
            type="button"
            aria-pressed={pressed}
            onClick={() => onChange(option.value)}
            className={`h-full rounded px-2.5 text-[12.5px] font-medium whitespace-nowrap transition-colors ${
              pressed ? 'bg-surface-raised text-text shadow-xs ring-1 ring-border' : 'text-text-muted hover:text-text'
            }`}
          >
            {option.label}
          </button>
        );
      })}
    </div>
  );
}
