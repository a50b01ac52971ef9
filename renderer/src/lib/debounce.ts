/** Trailing-edge debounce: `fn` runs once, `ms` after the last call. */
export function debounce(fn: () => void, ms: number): { (): void; cancel(): void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const run = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      fn();
    }, ms);
  };
  run.cancel = () => clearTimeout(timer);
  return run;
}

/** Exponential backoff delays: 250 ms, 500 ms, 1 s … capped at `max`. */
export function backoff(attempt: number, min = 250, max = 5000): number {
  return Math.min(max, min * 2 ** Math.max(0, attempt));
}
