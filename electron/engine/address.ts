/**
 * Where the Docker Engine is. DOCKER_HOST wins, as with the docker CLI; otherwise we try the usual
 * sockets in order (system, rootless, Docker Desktop, Colima, Podman) and use the first that answers.
 * Pure: no I/O here, so the rules are unit-tested.
 */
import path from 'node:path';
import type { DockerOptions } from 'dockerode';

export interface EngineTarget {
  /** The address as people write it: unix:///var/run/docker.sock, tcp://host:2376, ssh://me@host. */
  address: string;
  source: 'DOCKER_HOST' | 'detected';
  options: DockerOptions;
}

export interface AddressEnv {
  DOCKER_HOST?: string;
  DOCKER_TLS_VERIFY?: string;
  DOCKER_CERT_PATH?: string;
  XDG_RUNTIME_DIR?: string;
  HOME?: string;
}

/** Parses a DOCKER_HOST value into dockerode options. Throws with a readable message when malformed. */
export function parseDockerHost(value: string, env: AddressEnv = {}): EngineTarget {
  const address = value.trim();
  const base = { address, source: 'DOCKER_HOST' as const };
  if (address.startsWith('unix://')) {
    const socketPath = address.slice('unix://'.length);
    if (!socketPath) throw new Error(`DOCKER_HOST ${address} names no socket path`);
    return { ...base, options: { socketPath } };
  }
  if (address.startsWith('npipe://')) {
    // npipe:////./pipe/docker_engine → //./pipe/docker_engine
    const pipe = address.slice('npipe://'.length).replace(/^\/+/, '//');
    return { ...base, options: { socketPath: pipe } };
  }
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    throw new Error(`DOCKER_HOST "${address}" is not an address (expected unix://, tcp://, npipe:// or ssh://)`);
  }
  if (url.protocol === 'tcp:' || url.protocol === 'http:' || url.protocol === 'https:') {
    const tls = url.protocol === 'https:' || (env.DOCKER_TLS_VERIFY ?? '') !== '';
    const port = url.port ? Number(url.port) : tls ? 2376 : 2375;
    // Client certificates: docker-modem reads DOCKER_CERT_PATH/{ca,cert,key}.pem itself when
    // DOCKER_HOST is set, exactly as the docker CLI does, so they are not repeated here.
    return { ...base, options: { host: url.hostname, port, protocol: tls ? 'https' : 'http' } };
  }
  if (url.protocol === 'ssh:') {
    const options: DockerOptions = {
      protocol: 'ssh',
      host: url.hostname,
      port: url.port ? Number(url.port) : 22,
      ...(url.username ? { username: decodeURIComponent(url.username) } : {}),
    };
    return { ...base, options };
  }
  throw new Error(`DOCKER_HOST "${address}" uses ${url.protocol.replace(':', '')}, which Gantry does not support`);
}

/** The sockets to try, in order, when DOCKER_HOST is not set. */
export function candidateSockets(env: AddressEnv): string[] {
  const candidates = ['/var/run/docker.sock'];
  if (env.XDG_RUNTIME_DIR) candidates.push(path.join(env.XDG_RUNTIME_DIR, 'docker.sock'));
  if (env.HOME) {
    candidates.push(path.join(env.HOME, '.docker/run/docker.sock'));
    candidates.push(path.join(env.HOME, '.colima/default/docker.sock'));
  }
  if (env.XDG_RUNTIME_DIR) candidates.push(path.join(env.XDG_RUNTIME_DIR, 'podman/podman.sock'));
  return candidates;
}

export function socketTarget(socketPath: string): EngineTarget {
  return { address: `unix://${socketPath}`, source: 'detected', options: { socketPath } };
}
