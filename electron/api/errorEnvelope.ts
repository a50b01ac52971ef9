import { ERROR_CODES, GantryError, type ApiError } from '../shared/errors';

/**
 * Anything thrown inside a handler becomes an ApiError. Engine errors are mapped to GantryError in
 * electron/engine/errors.ts before they reach here; whatever is left is an unexpected bug, reported
 * as ENGINE_ERROR with its message rather than a stack trace.
 */
export function toApiError(error: unknown): ApiError {
  if (error instanceof GantryError && (ERROR_CODES as readonly string[]).includes(error.code)) {
    return { code: error.code, message: error.message };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { code: 'ENGINE_ERROR', message: message || 'Unexpected error' };
}
