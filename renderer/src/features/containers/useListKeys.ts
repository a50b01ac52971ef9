import { useEffect, useRef } from 'react';
import { isTypingTarget } from '../../components/useArrowKeys';

/**
 * The list's own keys besides Up/Down/Enter (VirtualTable's): Space on the focused row (toggle
 * its selection, or fold its group) and Escape (clear the selection). Not while typing in a
 * field, on a control that has its own use for the key, or while a dialog is open.
 */
export function useListKeys({
  onSpace,
  onEscape,
  paused,
}: {
  onSpace: () => void;
  onEscape: () => void;
  paused: boolean;
}) {
  const latest = useRef({ onSpace, onEscape, paused });
  useEffect(() => {
    latest.current = { onSpace, onEscape, paused };
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const { onSpace: space, onEscape: escape, paused: off } = latest.current;
      if (off || event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
      const target = event.target;
      if (event.key === 'Escape') {
        // Escape in the filter clears the filter first.
        if (target instanceof HTMLInputElement && target.type === 'search') return;
        escape();
        return;
      }
      if (event.key !== ' ') return;
      if (isTypingTarget(target) || (target instanceof HTMLInputElement && target.type === 'search')) return;
      if (target instanceof HTMLElement && target.closest('button, a, input, select, [role="dialog"]')) return;
      event.preventDefault();
      space();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
}
