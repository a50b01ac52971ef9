import { describe, expect, it } from 'vitest';
import { candidateSockets, parseDockerHost } from '../../electron/engine/address';

describe('parseDockerHost', () => {
  it('unix:// → socket path', () => {
    expect(parseDockerHost('unix:///run/user/1000/docker.sock').options).toEqual({
      socketPath: '/run/user/1000/docker.sock',
    });
  });

  it('tcp:// → plain http on 2375 by default', () => {
    expect(parseDockerHost('tcp://10.0.0.5').options).toEqual({ host: '10.0.0.5', port: 2375, protocol: 'http' });
    expect(parseDockerHost('tcp://engine.lan:4243').options).toMatchObject({ port: 4243, protocol: 'http' });
  });

  it('tcp:// with DOCKER_TLS_VERIFY → https on 2376', () => {
    expect(parseDockerHost('tcp://engine.lan', { DOCKER_TLS_VERIFY: '1' }).options).toEqual({
      host: 'engine.lan',
      port: 2376,
      protocol: 'https',
    });
  });

  it('npipe:// → Windows named pipe path', () => {
    expect(parseDockerHost('npipe:////./pipe/docker_engine').options).toEqual({ socketPath: '//./pipe/docker_engine' });
  });

  it('ssh:// → ssh protocol with user and port', () => {
    expect(parseDockerHost('ssh://deploy@build-box:2222').options).toEqual({
      protocol: 'ssh',
      host: 'build-box',
      port: 2222,
      username: 'deploy',
    });
  });

  it('keeps the address as written and says it came from DOCKER_HOST', () => {
    const target = parseDockerHost('unix:///tmp/d.sock');
    expect(target.address).toBe('unix:///tmp/d.sock');
    expect(target.source).toBe('DOCKER_HOST');
  });

  it('rejects what it cannot use, with a readable reason', () => {
    expect(() => parseDockerHost('unix://')).toThrow(/socket path/);
    expect(() => parseDockerHost('docker.sock')).toThrow(/not an address/);
    expect(() => parseDockerHost('fd://')).toThrow(/does not support/);
  });
});

describe('candidateSockets', () => {
  it('tries system, rootless, Docker Desktop, Colima, then Podman, in that order', () => {
    expect(candidateSockets({ HOME: '/home/ada', XDG_RUNTIME_DIR: '/run/user/1000' })).toEqual([
      '/var/run/docker.sock',
      '/run/user/1000/docker.sock',
      '/home/ada/.docker/run/docker.sock',
      '/home/ada/.colima/default/docker.sock',
      '/run/user/1000/podman/podman.sock',
    ]);
  });

  it('skips the ones whose base directory is unknown', () => {
    expect(candidateSockets({})).toEqual(['/var/run/docker.sock']);
  });
});
