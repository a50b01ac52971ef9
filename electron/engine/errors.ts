/**
 * Engine and connection failures → our few error codes, with messages that say what happened and
 * what to do, keeping the Engine's own words. Pure: unit-tested on the shapes dockerode produces.
 */
import { GantryError } from '../shared/errors';

/** The parts of a dockerode / Node error we look at. */
interface EngineFailure {
  statusCode?: number;
  code?: string;
  message?: string;
  json?: { message?: string } | null;
  reason?: string;
}

/** Engine words for a published port that is taken (bridge driver, docker-proxy, rootlesskit). */
const PORT_IN_USE = /port is already allocated|address already in use/i;

const CONNECTION_CODES = new Set([
  'ENOENT',
  'ECONNREFUSED',
  'EACCES',
  'EPERM',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  'TIMEOUT',
]);

/** The Engine's own message, without dockerode's "(HTTP code 404) no such container - " prefix. */
export function engineMessage(failure: EngineFailure): string {
  const fromJson = failure.json?.message;
  if (fromJson) return fromJson.trim();
  const text = failure.message ?? '';
  const withoutPrefix = text.replace(/^\(HTTP code \d+\)\s*[^-]*-\s*/, '');
  return withoutPrefix.trim() || failure.reason || 'no details';
}

export function isConnectionFailure(error: unknown): boolean {
  const code = (error as EngineFailure | null)?.code;
  return typeof code === 'string' && CONNECTION_CODES.has(code);
}

/** A plain-words explanation of why the Engine at `address` cannot be reached. */
export function describeConnectionFailure(code: string, address: string): string {
  switch (code) {
    case 'ENOENT':
      return `There is no Docker socket at ${address}. Is the Docker daemon running? Start it (for example: sudo systemctl start docker) or set DOCKER_HOST to the right address.`;
    case 'EACCES':
    case 'EPERM':
      return `Permission denied on ${address}. Add your user to the docker group (sudo usermod -aG docker $USER), then log out and back in.`;
    case 'ECONNREFUSED':
      return `The Docker Engine at ${address} refused the connection. Is the daemon running?`;
    case 'ETIMEDOUT':
    case 'TIMEOUT':
      return `The Docker Engine at ${address} did not answer in time. Check that the daemon is healthy and the address is right.`;
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
    case 'EHOSTUNREACH':
      return `The host in ${address} cannot be reached. Check DOCKER_HOST and your network.`;
    default:
      return `The connection to the Docker Engine at ${address} was lost (${code}). Gantry reconnects when it is back.`;
  }
}

/**
 * Maps any failure from an Engine call to a GantryError. `subject` names the object acted on
 * ("container web-1") so messages read naturally.
 */
export function mapEngineError(error: unknown, address: string, subject = 'object'): GantryError {
  if (error instanceof GantryError) return error;
  const failure = (error ?? {}) as EngineFailure;
  if (isConnectionFailure(error)) {
    return new GantryError('ENGINE_UNAVAILABLE', describeConnectionFailure(failure.code ?? '', address));
  }
  const engine = engineMessage(failure);
  if (PORT_IN_USE.test(engine)) {
    // The Engine says 500, but nothing is broken: something else holds the host port.
    return new GantryError(
      'CONFLICT',
      `A host port the ${subject} publishes is already in use by another container or program. Stop that one, or publish a different port. (Engine: ${engine})`,
    );
  }
  switch (failure.statusCode) {
    case 304:
      return new GantryError('CONFLICT', `The ${subject} is already in that state (${engine}).`);
    case 400:
      return new GantryError('BAD_INPUT', `The Engine rejected the request: ${engine}`);
    case 401:
    case 403:
      return new GantryError('FORBIDDEN', `The Engine refused: ${engine}`);
    case 404:
      return new GantryError(
        'NOT_FOUND',
        `The ${subject} was not found; it may have been removed. (Engine: ${engine})`,
      );
    case 409:
      return new GantryError('CONFLICT', `The ${subject} is busy or in the way: ${engine}`);
    default:
      return new GantryError('ENGINE_ERROR', `The Engine reported an error: ${engine}`);
  }
}
