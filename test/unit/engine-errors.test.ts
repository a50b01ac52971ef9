import { describe, expect, it } from 'vitest';
import { engineMessage, mapEngineError } from '../../electron/engine/errors';
import { GantryError } from '../../electron/shared/errors';

const address = 'unix:///var/run/docker.sock';

/** The shape docker-modem gives an HTTP error from the Engine. */
function httpError(statusCode: number, message: string) {
  return Object.assign(new Error(`(HTTP code ${statusCode}) unexpected - ${message} `), {
    statusCode,
    json: { message },
    reason: 'unexpected',
  });
}

function systemError(code: string) {
  return Object.assign(new Error(`connect ${code} /var/run/docker.sock`), { code, errno: -2, syscall: 'connect' });
}

describe('mapEngineError', () => {
  it('404 → NOT_FOUND with the Engine message', () => {
    const mapped = mapEngineError(httpError(404, 'No such container: web-1'), address, 'container web-1');
    expect(mapped.code).toBe('NOT_FOUND');
    expect(mapped.message).toContain('No such container: web-1');
    expect(mapped.message).toContain('container web-1');
  });

  it('409 → CONFLICT keeping the Engine explanation', () => {
    const mapped = mapEngineError(
      httpError(
        409,
        'conflict: unable to remove repository reference "web" (must force) - container 1a2b is using its referenced image',
      ),
      address,
      'image web',
    );
    expect(mapped.code).toBe('CONFLICT');
    expect(mapped.message).toContain('container 1a2b is using its referenced image');
  });

  it('304 → CONFLICT saying it is already in that state', () => {
    const mapped = mapEngineError(httpError(304, 'container already started'), address, 'container web-1');
    expect(mapped.code).toBe('CONFLICT');
    expect(mapped.message).toMatch(/already/);
  });

  it('400 → BAD_INPUT, 403 → FORBIDDEN, 500 → ENGINE_ERROR', () => {
    expect(mapEngineError(httpError(400, 'bad parameter'), address).code).toBe('BAD_INPUT');
    expect(mapEngineError(httpError(403, 'authorization denied by plugin'), address).code).toBe('FORBIDDEN');
    const serverError = mapEngineError(httpError(500, 'driver failed programming external connectivity'), address);
    expect(serverError.code).toBe('ENGINE_ERROR');
    expect(serverError.message).toContain('driver failed programming external connectivity');
  });

  it('ENOENT → ENGINE_UNAVAILABLE: no socket, is the daemon running?', () => {
    const mapped = mapEngineError(systemError('ENOENT'), address);
    expect(mapped.code).toBe('ENGINE_UNAVAILABLE');
    expect(mapped.message).toContain(address);
    expect(mapped.message).toMatch(/daemon running/);
  });

  it('ECONNREFUSED → ENGINE_UNAVAILABLE: refused', () => {
    const mapped = mapEngineError(systemError('ECONNREFUSED'), address);
    expect(mapped.code).toBe('ENGINE_UNAVAILABLE');
    expect(mapped.message).toMatch(/refused/);
  });

  it('EACCES → ENGINE_UNAVAILABLE: the docker group', () => {
    const mapped = mapEngineError(systemError('EACCES'), address);
    expect(mapped.code).toBe('ENGINE_UNAVAILABLE');
    expect(mapped.message).toMatch(/docker group/);
    expect(mapped.message).toContain('usermod -aG docker');
  });

  it('keeps a GantryError as it is', () => {
    const original = new GantryError('FORBIDDEN', 'no');
    expect(mapEngineError(original, address)).toBe(original);
  });

  it('an unknown failure is ENGINE_ERROR with its message', () => {
    const mapped = mapEngineError(new Error('socket hang up'), address);
    expect(mapped.code).toBe('ENGINE_ERROR');
    expect(mapped.message).toContain('socket hang up');
  });
});

describe('engineMessage', () => {
  it('strips the dockerode prefix when there is no JSON body', () => {
    expect(engineMessage({ message: '(HTTP code 404) no such container - No such container: x ' })).toBe(
      'No such container: x',
    );
  });
});

describe('a published port already in use', () => {
  it('is a CONFLICT that says what to do, keeping the Engine words', () => {
    const engine =
      'driver failed programming external connectivity on endpoint web-2 (1a2b): Bind for 0.0.0.0:8080 failed: port is already allocated';
    const mapped = mapEngineError(httpError(500, engine), address, 'container web-2');
    expect(mapped.code).toBe('CONFLICT');
    expect(mapped.message).toMatch(/already in use by another container or program/);
    expect(mapped.message).toMatch(/publish a different port/);
    expect(mapped.message).toContain('Bind for 0.0.0.0:8080 failed: port is already allocated');
  });
});
