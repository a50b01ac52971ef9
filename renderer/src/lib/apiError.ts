import type { ApiError, ErrorCode } from '../../../electron/shared/errors';

/** Thrown by `api.invoke` when the envelope is not ok. `message` is already written for people. */
export class ApiRequestError extends Error {
  readonly code: ErrorCode;

  constructor(error: ApiError) {
    super(error.message);
    this.name = 'ApiRequestError';
    this.code = error.code;
  }
}

/** What pending requests and open streams receive when the backend connection drops. */
export const CONNECTION_LOST: ApiError = {
  code: 'ENGINE_UNAVAILABLE',
  message: "Lost connection to Gantry's backend",
};

export function isApiRequestError(error: unknown): error is ApiRequestError {
  return error instanceof ApiRequestError;
}

/** A short "what to do" for an error code, shown under the message (which says what happened). */
export function errorHint(code: ErrorCode | undefined): string {
  switch (code) {
    case 'ENGINE_UNAVAILABLE':
      return 'Check that the Docker Engine is running; Gantry reconnects on its own.';
    case 'NOT_FOUND':
      return 'It may have been removed outside Gantry; the list updates on its own.';
    case 'CONFLICT':
      return 'Something is in the way, as the message says: deal with it, then try again.';
    case 'FORBIDDEN':
      return 'Gantry blocks this to keep your machine safe.';
    case 'BAD_INPUT':
      return 'The Engine refused the request as it stands; check the container’s command and configuration.';
    default:
      return 'Try again; if it keeps failing, the Engine’s own log may say more.';
  }
}
