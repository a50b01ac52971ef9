/** Small controls of the logs toolbar: a pressed/unpressed toggle and a labelled time input. */
import { useId, useState, type ReactNode } from 'react';
import { LOG_TIME_HINT, parseLogTime, type LogTime } from '../timeRange';

export function Toggle({
  pressed,
  onChange,
  label,
  title,
  children,
}: {
  pressed: boolean;
  onChange: (pressed: boolean) => void;
  /** The accessible name (the visible text may be a symbol like ".*"). */
  label: string;
  title?: string;
  children: ReactNode;
}) {
  return (
    <button
      type="button"
      aria-pressed={pressed}
      aria-label={label}
      title={title ?? label}
      onClick={() => onChange(!pressed)}
      className={`inline-flex h-7 shrink-0 items-center gap-1.5 rounded-md border px-2 text-[12px] font-medium transition-colors ${
        pressed
          ? 'border-accent/50 bg-selected text-accent-text'
          : 'border-transparent text-text-muted hover:bg-hover hover:text-text'
      }`}
    >
      {children}
    </button>
  );
}

export const FIELD =
  'h-7 rounded-md border border-border-strong bg-surface-raised px-2 text-[12px] text-text placeholder:text-text-faint focus:border-accent focus:ring-3 focus:ring-accent/20 focus:outline-none focus-visible:outline-none';

/**
 * "Since" / "Until": applied on Enter or when the field is left, and only when valid; an invalid
 * value says why beside the toolbar and leaves the stream as it was.
 */
export function TimeInput({
  label,
  value,
  onApply,
  onError,
}: {
  label: string;
  value: string;
  onApply: (text: string, time: LogTime | undefined) => void;
  onError: (message: string | null) => void;
}) {
  const id = useId();
  const [text, setText] = useState(value);
  const [invalid, setInvalid] = useState(false);
  const apply = () => {
    if (text.trim() === value.trim()) {
      setInvalid(false);
      onError(null);
      return;
    }
    const parsed = parseLogTime(text);
    if (!parsed.ok) {
      setInvalid(true);
      onError(`${label}: ${parsed.message}`);
      return;
    }
    setInvalid(false);
    onError(null);
    onApply(text.trim(), parsed.value);
  };
  return (
    <label className="flex items-center gap-1.5 text-[12px] text-text-muted" htmlFor={id}>
      {label}
      <input
        id={id}
        aria-label={label}
        value={text}
        placeholder="15m or 13:05"
        title={`${label}: ${LOG_TIME_HINT}`}
        aria-invalid={invalid || undefined}
        spellCheck={false}
        autoComplete="off"
        onChange={(event) => setText(event.target.value)}
        onBlur={apply}
        onKeyDown={(event) => {
          if (event.key === 'Enter') apply();
        }}
        className={`${FIELD} w-[118px] font-mono ${invalid ? 'border-danger ring-3 ring-danger/20' : ''}`}
      />
    </label>
  );
}
