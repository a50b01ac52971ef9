import { errorHint, isApiRequestError } from '../lib/apiError';
import { Button } from './Button';
import { EmptyState } from './EmptyState';
import { AlertIcon, RefreshIcon } from './Icons';

/** A failed list load: the message verbatim (already written for people), a hint, and Retry. */
export function ListError({
  what,
  error,
  retrying,
  onRetry,
}: {
  what: string;
  error: Error;
  retrying: boolean;
  onRetry: () => void;
}) {
  return (
    <EmptyState
      icon={<AlertIcon size={20} className="text-danger" />}
      title={`Couldn't load ${what}`}
      action={
        <Button busy={retrying} icon={<RefreshIcon size={14} />} onClick={onRetry}>
          Retry
        </Button>
      }
    >
      <p role="alert" className="text-text">
        {error.message}
      </p>
      <p className="mt-1 text-[12px]">{errorHint(isApiRequestError(error) ? error.code : undefined)}</p>
    </EmptyState>
  );
}
