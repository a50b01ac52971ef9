/** A dialog's one request: busy while it runs, the Engine's message kept for DialogError when it fails. */
import { useState } from 'react';

export function useSubmit<T>(onDone: (value: T) => void) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const submit = async (request: () => Promise<T>) => {
    setBusy(true);
    setError(null);
    try {
      const value = await request();
      setBusy(false);
      onDone(value);
    } catch (caught) {
      setBusy(false);
      setError(caught instanceof Error ? caught.message : String(caught));
    }
  };
  return { busy, error, setError, submit };
}
