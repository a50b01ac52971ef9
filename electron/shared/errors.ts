/**
 * The few, stable error codes every API answer can carry. The renderer decides what to show from
 * the code; the message is already written for people (it includes the Engine's own words).
 */
export const ERROR_CODES = [
  'BAD_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'ENGINE_UNAVAILABLE',
  'FORBIDDEN',
  'ENGINE_ERROR',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ApiError {
  code: ErrorCode;
  message: string;
}

export type Envelope<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** Thrown inside the main process to answer with a specific code; the router turns it into an envelope. */
export class GantryError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'GantryError';
  }
}
