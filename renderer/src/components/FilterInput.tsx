import { forwardRef } from 'react';
import { CloseIcon, SearchIcon } from './Icons';

interface Props {
  label: string;
  value: string;
  onChange: (value: string) => void;
}

/** The page's text filter; "/" anywhere focuses it (see useSlashFocus), Escape clears it. */
export const FilterInput = forwardRef<HTMLInputElement, Props>(function FilterInput({ label, value, onChange }, ref) {
  return (
    <div className="relative flex items-center">
      <SearchIcon size={14} className="pointer-events-none absolute left-2.5 text-icon" />
      <input
        ref={ref}
        type="search"
        value={value}
        placeholder={label}
        aria-label={label}
        spellCheck={false}
        autoComplete="off"
        onChange={(event) => onChange(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            if (value) onChange('');
            else event.currentTarget.blur();
          }
        }}
        className="h-8 w-64 rounded-md border border-border-strong bg-surface-raised pr-8 pl-8 text-[13px] text-text placeholder:text-text-faint focus:border-accent focus:ring-3 focus:ring-accent/20 focus:outline-none focus-visible:outline-none [&::-webkit-search-cancel-button]:hidden"
      />
      {value ? (
        <button
          type="button"
          aria-label="Clear filter"
          onClick={() => onChange('')}
          className="absolute right-1.5 inline-flex size-5 items-center justify-center rounded text-text-faint hover:bg-hover hover:text-text"
        >
          <CloseIcon size={12} />
        </button>
      ) : (
        <kbd
          aria-hidden="true"
          className="pointer-events-none absolute right-2 rounded border border-border px-1 text-[10.5px] leading-4 text-text-faint"
        >
          /
        </kbd>
      )}
    </div>
  );
});
