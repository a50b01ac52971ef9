import { describe, expect, it } from 'vitest';
import { configDifferences, toBuildContainerConfig, toImageConfigView } from '../../electron/engine/imageConfig';

/** Config of a recorded legacy build (gi-rec:1 on Engine 20.10). */
const recordedConfig = {
  Hostname: '',
  User: '1000',
  Env: ['PATH=/bin', 'X=a b', 'Y=2', 'EQ=a=b', 'BARE'],
  Cmd: null,
  Healthcheck: { Test: ['CMD', 'true'], Interval: 5_000_000_000, Timeout: 2_000_000_000, Retries: 3 },
  Volumes: { '/data': {} },
  WorkingDir: '/app',
  Entrypoint: ['sh'],
  OnBuild: null,
  Labels: null,
  StopSignal: 'SIGINT',
  ExposedPorts: { '8080/tcp': {}, '53/udp': {} },
};

describe('toImageConfigView', () => {
  it('says what the image sets, in plain words, and leaves the empty fields out', () => {
    expect(toImageConfigView(recordedConfig)).toEqual({
      user: '1000',
      env: [
        { name: 'PATH', value: '/bin' },
        { name: 'X', value: 'a b' },
        { name: 'Y', value: '2' },
        { name: 'EQ', value: 'a=b' },
        { name: 'BARE', value: '' },
      ],
      healthcheck: { test: ['CMD', 'true'], intervalSeconds: 5, timeoutSeconds: 2, retries: 3 },
      volumes: ['/data'],
      workingDir: '/app',
      entrypoint: ['sh'],
      stopSignal: 'SIGINT',
      exposedPorts: ['53/udp', '8080/tcp'],
    });
  });

  it('is empty for a missing or all-empty config (docker import, BuildKit ContainerConfig)', () => {
    expect(toImageConfigView(null)).toEqual({});
    expect(
      toImageConfigView({ Cmd: null, Env: null, Labels: {}, WorkingDir: '', Entrypoint: [], ExposedPorts: null }),
    ).toEqual({});
  });
});

describe('build container config', () => {
  const config = toImageConfigView({ Cmd: ['sh'], Env: ['PATH=/bin'], Labels: { a: '1', b: '2' } });

  it('is shown with the fields that differ from Config (legacy builds run the last step as a #(nop) shell)', () => {
    const built = toBuildContainerConfig(config, {
      Cmd: ['/bin/sh', '-c', '#(nop) ', 'CMD ["sh"]'],
      Env: ['PATH=/bin'],
      Labels: { b: '2', a: '1' },
    });
    expect(built?.differsFrom).toEqual(['cmd']);
    expect(built?.config.cmd).toEqual(['/bin/sh', '-c', '#(nop) ', 'CMD ["sh"]']);
  });

  it('counts a field set on one side only as different', () => {
    expect(configDifferences(config, { ...config, user: 'app' })).toEqual(['user']);
    expect(configDifferences({ ...config, stopSignal: 'SIGINT' }, config)).toEqual(['stopSignal']);
    expect(configDifferences(config, { ...config })).toEqual([]);
  });

  it('is left out when the Engine reports an empty one', () => {
    expect(toBuildContainerConfig(config, { Hostname: '', Cmd: null, Env: null } as never)).toBeUndefined();
    expect(toBuildContainerConfig(config, undefined)).toBeUndefined();
  });
});
