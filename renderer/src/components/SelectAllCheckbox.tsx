/** The row checkboxes of the selectable lists (images, containers) and their header's select-all. */
import { useEffect, useRef } from 'react';

export const CHECKBOX = 'size-3.5 cursor-pointer rounded-sm accent-accent';
/**
 * Row checkboxes stay out of the way until wanted: on row hover or focus, and all of them once
 * anything is selected (Linear's and Finder's way). The header's is always there.
 */
export const QUIET_CHECKBOX = 'opacity-0 group-hover/row:opacity-100 focus-visible:opacity-100';

/** Checked when every shown row is selected, mixed (indeterminate) when some are. */
export function SelectAllCheckbox({
  state,
  onToggle,
  label,
}: {
  state: 'none' | 'some' | 'all';
  onToggle: () => void;
  /** "Select all shown images". */
  label: string;
}) {
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = state === 'some';
  }, [state]);
  return (
    <input
      ref={ref}
      type="checkbox"
      aria-label={label}
      title={label}
      checked={state === 'all'}
      onChange={onToggle}
      className={CHECKBOX}
    />
  );
}
