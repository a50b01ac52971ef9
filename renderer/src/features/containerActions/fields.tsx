/** Form parts the action dialogs share: a labelled text field with its hint or error, and a checkbox with words. */
import type { ReactNode, Ref } from 'react';

export const INPUT =
  'h-8 w-full rounded-md border border-border-strong bg-surface px-2.5 font-mono text-[13px] text-text placeholder:text-text-faint focus:border-accent focus:outline-none aria-invalid:border-danger';

export function TextField({
  id,
  label,
  value,
  onChange,
  placeholder,
  hint,
  error,
  inputRef,
  mono = true,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  placeholder?: string;
  hint?: ReactNode;
  error?: string | null;
  inputRef?: Ref<HTMLInputElement>;
  mono?: boolean;
}) {
  return (
    <div>
      <label htmlFor={id} className="mb-1.5 block text-[12.5px] font-medium text-text">
        {label}
      </label>
      <input
        ref={inputRef}
        id={id}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        placeholder={placeholder}
        spellCheck={false}
        autoComplete="off"
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : hint ? `${id}-hint` : undefined}
        className={`${INPUT} ${mono ? '' : 'font-sans'}`}
      />
      {error ? (
        <p id={`${id}-error`} role="alert" className="mt-1.5 text-[12.5px] text-danger-text">
          {error}
        </p>
      ) : hint ? (
        <p id={`${id}-hint`} className="mt-1.5 text-[12px] text-text-muted">
          {hint}
        </p>
      ) : null}
    </div>
  );
}

export function CheckField({
  checked,
  onChange,
  label,
  children,
  disabled,
}: {
  checked: boolean;
  onChange: (checked: boolean) => void;
  label: string;
  children?: ReactNode;
  disabled?: boolean;
}) {
  return (
    <label className="flex items-start gap-2.5 text-[13px]">
      <input
        type="checkbox"
        checked={checked}
        disabled={disabled}
        onChange={(event) => onChange(event.target.checked)}
        className="mt-0.5 size-4 accent-accent"
      />
      <span>
        <span className="font-medium text-text">{label}</span>
        {children && <span className="block text-[12.5px] text-text-muted">{children}</span>}
      </span>
    </label>
  );
}

/** The body band between a dialog's header and its footer. */
export function DialogBody({ children }: { children: ReactNode }) {
  return <div className="flex flex-col gap-4 border-y border-border bg-surface-sunken/60 px-5 py-4">{children}</div>;
}
