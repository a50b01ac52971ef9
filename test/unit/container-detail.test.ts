import { describe, expect, it } from 'vitest';
import {
  anonymousVolumeNames,
  engineTime,
  toContainerDetail,
  type EngineContainerInspect,
} from '../../electron/engine/containerDetail';
import { isSecretKey, toEnv } from '../../electron/engine/containerEnv';
import { toInspectPorts } from '../../electron/engine/containerPorts';

const ANON = 'f3b1c2d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f90';

/** GET /containers/{id}/json as Engine 20.10 answers for a running compose service with a health check. */
const inspect: EngineContainerInspect = {
  Id: '4c1f0e9a7b3d2c1e0f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a0b9c8d7e',
  Created: '2026-12-01T20:58:11.123456789Z',
  Path: '/docker-entrypoint.sh',
  Args: ['postgres', '-c', 'shared_buffers=256MB'],
  State: {
    Status: 'running',
    Running: true,
    Paused: false,
    Restarting: false,
    OOMKilled: false,
    Dead: false,
    Pid: 4242,
    ExitCode: 0,
    Error: '',
    StartedAt: '2026-12-01T20:58:12.5Z',
    FinishedAt: '0001-01-01T00:00:00Z',
    Health: {
      Status: 'healthy',
      FailingStreak: 0,
      Log: [
        {
          Start: '2026-12-01T20:58:42.000000001Z',
          End: '2026-12-01T20:58:42.030000001Z',
          ExitCode: 0,
          Output: 'accepting connections\n',
        },
      ],
    },
  },
  Image: 'sha256:0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f9',
  Name: '/shop-db-1',
  RestartCount: 2,
  HostConfig: {
    Memory: 536870912,
    MemorySwap: 1073741824,
    MemoryReservation: 0,
    NanoCpus: 1500000000,
    CpuShares: 0,
    CpuQuota: 0,
    CpuPeriod: 0,
    CpusetCpus: '',
    PidsLimit: null,
    RestartPolicy: { Name: 'unless-stopped', MaximumRetryCount: 0 },
  },
  Mounts: [
    {
      Type: 'volume',
      Name: 'shop_pgdata',
      Source: '/var/lib/docker/volumes/shop_pgdata/_data',
      Destination: '/var/lib/postgresql/data',
      Driver: 'local',
      Mode: 'z',
      RW: true,
    },
    {
      Type: 'bind',
      Source: '/srv/shop/init.sql',
      Destination: '/docker-entrypoint-initdb.d/init.sql',
      Mode: 'ro',
      RW: false,
    },
    {
      Type: 'volume',
      Name: ANON,
      Source: `/var/lib/docker/volumes/${ANON}/_data`,
      Destination: '/tmp/cache',
      Driver: 'local',
      Mode: '',
      RW: true,
    },
  ],
  Config: {
    Hostname: '4c1f0e9a7b3d',
    User: 'postgres',
    Env: ['POSTGRES_PASSWORD=s3cret=yes', 'PGDATA=/var/lib/postgresql/data', 'PATH=/usr/bin:/bin', 'EMPTY'],
    Cmd: ['postgres', '-c', 'shared_buffers=256MB'],
    Image: 'postgres:16',
    WorkingDir: '',
    Entrypoint: ['/docker-entrypoint.sh'],
    Labels: { 'com.docker.compose.project': 'shop', 'com.docker.compose.service': 'db' },
    ExposedPorts: { '5432/tcp': {} },
  },
  NetworkSettings: {
    Ports: {
      '5432/tcp': [
        { HostIp: '::', HostPort: '15432' },
        { HostIp: '0.0.0.0', HostPort: '15432' },
      ],
      '9187/tcp': null,
    },
    Networks: {
      shop_default: {
        NetworkID: 'aa11',
        IPAddress: '172.18.0.3',
        IPPrefixLen: 16,
        GlobalIPv6Address: '',
        Gateway: '172.18.0.1',
        MacAddress: '02:42:ac:12:00:03',
        Aliases: ['shop-db-1', 'db', '4c1f0e9a7b3d'],
      },
      bridge: { NetworkID: 'bb22', IPAddress: '', IPPrefixLen: 0, Aliases: null },
    },
  },
};

describe('toContainerDetail on a recorded inspect', () => {
  const detail = toContainerDetail(inspect);

  it('maps names, image, process and compose labels', () => {
    expect(detail).toMatchObject({
      id: inspect.Id,
      name: 'shop-db-1',
      image: 'postgres:16',
      imageId: inspect.Image,
      path: '/docker-entrypoint.sh',
      args: ['postgres', '-c', 'shared_buffers=256MB'],
      entrypoint: ['/docker-entrypoint.sh'],
      cmd: ['postgres', '-c', 'shared_buffers=256MB'],
      user: 'postgres',
      hostname: '4c1f0e9a7b3d',
      restartCount: 2,
      composeProject: 'shop',
      composeService: 'db',
      created: '2026-12-01T20:58:11.123Z',
    });
    expect(detail.workingDir).toBeUndefined();
    expect(detail.raw).toBe(inspect);
  });

  it('maps the state, with the zero finish time absent and the health log', () => {
    expect(detail.state).toEqual({
      status: 'running',
      running: true,
      paused: false,
      restarting: false,
      oomKilled: false,
      dead: false,
      pid: 4242,
      exitCode: 0,
      startedAt: '2026-12-01T20:58:12.500Z',
      health: {
        status: 'healthy',
        failingStreak: 0,
        log: [
          {
            start: '2026-12-01T20:58:42.000Z',
            end: '2026-12-01T20:58:42.030Z',
            exitCode: 0,
            output: 'accepting connections\n',
          },
        ],
      },
    });
  });

  it('splits env at the first "=", flags the secret-looking keys', () => {
    expect(detail.env).toEqual([
      { key: 'POSTGRES_PASSWORD', value: 's3cret=yes', secret: true },
      { key: 'PGDATA', value: '/var/lib/postgresql/data', secret: false },
      { key: 'PATH', value: '/usr/bin:/bin', secret: false },
      { key: 'EMPTY', value: '', secret: false },
    ]);
  });

  it('maps mounts, and finds the anonymous volume', () => {
    expect(detail.mounts).toEqual([
      {
        type: 'volume',
        name: 'shop_pgdata',
        source: '/var/lib/docker/volumes/shop_pgdata/_data',
        destination: '/var/lib/postgresql/data',
        readOnly: false,
        driver: 'local',
        mode: 'z',
      },
      {
        type: 'bind',
        source: '/srv/shop/init.sql',
        destination: '/docker-entrypoint-initdb.d/init.sql',
        readOnly: true,
        mode: 'ro',
      },
      {
        type: 'volume',
        name: ANON,
        source: `/var/lib/docker/volumes/${ANON}/_data`,
        destination: '/tmp/cache',
        readOnly: false,
        driver: 'local',
      },
    ]);
    expect(anonymousVolumeNames(inspect)).toEqual([ANON]);
  });

  it('maps networks sorted by name, leaving out empty addresses', () => {
    expect(detail.networks).toEqual([
      { name: 'bridge', networkId: 'bb22', aliases: [] },
      {
        name: 'shop_default',
        networkId: 'aa11',
        ipAddress: '172.18.0.3',
        ipPrefix: '172.18.0.3/16',
        gateway: '172.18.0.1',
        macAddress: '02:42:ac:12:00:03',
        aliases: ['shop-db-1', 'db', '4c1f0e9a7b3d'],
      },
    ]);
  });

  it('maps published ports IPv4 first, and exposed ones without a host side', () => {
    expect(detail.ports).toEqual([
      { containerPort: 5432, protocol: 'tcp', hostIp: '0.0.0.0', hostPort: 15432 },
      { containerPort: 5432, protocol: 'tcp', hostIp: '::', hostPort: 15432 },
      { containerPort: 9187, protocol: 'tcp' },
    ]);
  });

  it('maps limits; an unset pids limit and cpuset are absent', () => {
    expect(detail.limits).toEqual({
      memoryBytes: 536870912,
      memorySwapBytes: 1073741824,
      memoryReservationBytes: 0,
      nanoCpus: 1500000000,
      cpuShares: 0,
      cpuQuota: 0,
      cpuPeriod: 0,
      restartPolicy: { name: 'unless-stopped', maximumRetryCount: 0 },
    });
  });
});

describe('toContainerDetail on odd input', () => {
  it('survives an inspect with almost nothing in it', () => {
    const detail = toContainerDetail({ Id: 'abcdef0123456789' });
    expect(detail).toMatchObject({
      id: 'abcdef0123456789',
      name: 'abcdef012345',
      image: '',
      args: [],
      env: [],
      mounts: [],
      networks: [],
      ports: [],
      labels: {},
      created: '',
      state: { status: 'dead', running: false, exitCode: 0, pid: 0 },
      limits: { memoryBytes: 0, restartPolicy: { name: 'no', maximumRetryCount: 0 } },
    });
    expect(detail.state.health).toBeUndefined();
    expect(detail.entrypoint).toBeUndefined();
  });

  it('takes nulls where arrays are usual, a string command, an unknown mount type and state', () => {
    const detail = toContainerDetail({
      Id: 'x',
      Name: '/odd',
      State: { Status: 'Exited', ExitCode: 137, OOMKilled: true, FinishedAt: 'not a time', Health: { Log: null } },
      Config: { Env: null, Cmd: 'sleep 1', Entrypoint: null, Labels: null },
      Mounts: [{ Type: 'weird', Destination: '/x' }],
      NetworkSettings: { Ports: null, Networks: { none: null } },
      HostConfig: { PidsLimit: -1, RestartPolicy: null },
    });
    expect(detail.state).toMatchObject({ status: 'exited', exitCode: 137, oomKilled: true });
    expect(detail.state.finishedAt).toBeUndefined();
    expect(detail.state.health).toEqual({ status: 'none', failingStreak: 0, log: [] });
    expect(detail.cmd).toEqual(['sleep 1']);
    expect(detail.mounts).toEqual([{ type: 'other', source: '', destination: '/x', readOnly: false }]);
    expect(detail.networks).toEqual([{ name: 'none', networkId: '', aliases: [] }]);
    expect(detail.limits.pidsLimit).toBeUndefined();
  });

  it('uses the exposed ports of a stopped container, whose NetworkSettings has none', () => {
    expect(
      toInspectPorts({ NetworkSettings: { Ports: {} }, Config: { ExposedPorts: { '53/udp': {}, '80': {}, bad: {} } } }),
    ).toEqual([
      { containerPort: 53, protocol: 'udp' },
      { containerPort: 80, protocol: 'tcp' },
    ]);
  });

  it('does not count a named volume or a bind mount as anonymous', () => {
    expect(
      anonymousVolumeNames({
        Mounts: [
          { Type: 'volume', Name: 'data' },
          { Type: 'bind', Name: ANON },
          { Type: 'volume', Name: ANON.toUpperCase() },
        ],
      }),
    ).toEqual([]);
    expect(anonymousVolumeNames({ Mounts: null })).toEqual([]);
  });
});

describe('engineTime', () => {
  it('drops the zero time and garbage, normalises nanoseconds', () => {
    expect(engineTime('0001-01-01T00:00:00Z')).toBeUndefined();
    expect(engineTime('')).toBeUndefined();
    expect(engineTime(undefined)).toBeUndefined();
    expect(engineTime('yesterday')).toBeUndefined();
    expect(engineTime('2026-12-01T21:00:00.987654321Z')).toBe('2026-12-01T21:00:00.987Z');
    expect(engineTime('2026-12-01T22:00:00+01:00')).toBe('2026-12-01T21:00:00.000Z');
  });
});

describe('secret-looking env keys', () => {
  it.each([
    'PASSWORD',
    'MYSQL_ROOT_PASSWORD',
    'PGPASSWORD',
    'DB_PASSWD',
    'DB_PASS',
    'GITHUB_TOKEN',
    'AWS_SECRET_ACCESS_KEY',
    'AWS_ACCESS_KEY_ID',
    'API_KEY',
    'APIKEY',
    'apiKey',
    'dbPassword',
    'dbPass',
    'GOOGLE_APPLICATION_CREDENTIALS',
    'SSH_PRIVATE_KEY',
    'ENCRYPTION_KEY',
    'STRIPE_KEYS',
    'SSL_PASSPHRASE',
    'NPM_AUTH',
  ])('%s is secret', (key) => expect(isSecretKey(key)).toBe(true));

  it.each([
    'PATH',
    'HOME',
    'PWD',
    'OLDPWD',
    'KEYBOARD_LAYOUT',
    'PASSAGE_DIR',
    'LANG',
    'HOSTNAME',
    'NODE_ENV',
    'MONKEYPATCH',
  ])('%s is not', (key) => expect(isSecretKey(key)).toBe(false));

  it('flags in toEnv too, keeping the value as it is', () => {
    expect(toEnv(['TOKEN=', '=odd', 'A=B=C'])).toEqual([
      { key: 'TOKEN', value: '', secret: true },
      { key: '', value: 'odd', secret: false },
      { key: 'A', value: 'B=C', secret: false },
    ]);
    expect(toEnv(null)).toEqual([]);
  });
});
