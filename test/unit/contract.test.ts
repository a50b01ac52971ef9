import { describe, expect, it } from 'vitest';
import { createRouter, type InvokeHandlers, type StreamHandlers } from '../../electron/api/router';
import { channelNames, contract } from '../../electron/shared/contract';

function recordingRouter() {
  const calls: { channel: string; input: unknown }[] = [];
  const handler = (channel: string) => (input: unknown) => {
    calls.push({ channel, input });
    return Promise.resolve(null as never);
  };
  const invokeHandlers = Object.fromEntries(
    channelNames.filter((name) => contract[name].kind === 'invoke').map((name) => [name, handler(name)]),
  ) as unknown as InvokeHandlers;
  const streamHandlers = {
    'engine.events': () => new Promise<void>(() => {}),
    'layers.index': () => new Promise<void>(() => {}),
    'containers.sizes': () => new Promise<void>(() => {}),
    'logs.follow': () => new Promise<void>(() => {}),
    'stats.follow': () => new Promise<void>(() => {}),
    'stats.overview': () => new Promise<void>(() => {}),
  } as StreamHandlers;
  return { router: createRouter(invokeHandlers, streamHandlers), calls };
}

describe('contract validation through the router', () => {
  it.each([
    ['unknown channel', 'containers.delete-everything', {}],
    ['channel that is not a string', 42, {}],
    ['prototype key as channel', 'toString', {}],
    ['a stream channel invoked as a request', 'engine.events', {}],
    ['missing id', 'containers.start', {}],
    ['id with a slash (path escape)', 'containers.stop', { id: '../../images/x' }],
    ['id with a query string', 'containers.start', { id: 'web?force=1' }],
    ['empty id', 'containers.start', { id: '' }],
    ['id of the wrong type', 'containers.start', { id: 12 }],
    ['negative stop timeout', 'containers.stop', { id: 'web', timeoutSeconds: -1 }],
    ['fractional stop timeout', 'containers.stop', { id: 'web', timeoutSeconds: 1.5 }],
    ['extra Engine options smuggled in', 'containers.start', { id: 'web', HostConfig: { Privileged: true } }],
    ['input on a no-input channel', 'containers.list', { all: false }],
    ['input that is not an object', 'images.list', 'everything'],
  ])('rejects %s with BAD_INPUT and never calls a handler', async (_label, channel, input) => {
    const { router, calls } = recordingRouter();
    const answer = await router.invoke(channel, input);
    expect(answer.ok).toBe(false);
    if (!answer.ok) expect(answer.error.code).toBe('BAD_INPUT');
    expect(calls).toEqual([]);
  });

  it('passes valid input through, parsed', async () => {
    const { router, calls } = recordingRouter();
    const answer = await router.invoke('containers.stop', { id: 'gt-web-1', timeoutSeconds: 3 });
    expect(answer).toEqual({ ok: true, value: null });
    expect(calls).toEqual([{ channel: 'containers.stop', input: { id: 'gt-web-1', timeoutSeconds: 3 } }]);
  });

  it('treats a missing input as empty for no-input channels', async () => {
    const { router, calls } = recordingRouter();
    expect((await router.invoke('containers.list', undefined)).ok).toBe(true);
    expect(calls).toHaveLength(1);
  });

  it('accepts full and short hex IDs and names with dots, dashes and underscores', () => {
    const schema = contract['containers.start'].input;
    for (const id of ['a'.repeat(64), 'f9232faa29dd', 'my_app.web-1']) {
      expect(schema.safeParse({ id }).success).toBe(true);
    }
  });

  it('rejects a stream subscription with bad input by ending it with BAD_INPUT', () => {
    const { router } = recordingRouter();
    const ends: unknown[] = [];
    router.subscribe('c1', 1, 'engine.events', { since: 0 }, { event: () => {}, end: (error) => ends.push(error) });
    expect(ends).toEqual([expect.objectContaining({ code: 'BAD_INPUT' })]);
    expect(router.openStreams()).toBe(0);
  });
});

describe('terminal.open input (exec command, user and working dir are validated)', () => {
  const schema = contract['terminal.open'].input;
  const base = { id: 'gt-web-1', cols: 80, rows: 24 };

  it.each([
    ['the defaults', base],
    ['a command with arguments', { ...base, cmd: ['/bin/sh', '-c', 'echo "a b" && ls -la'] }],
    ['a user name', { ...base, user: 'www-data' }],
    ['a uid and gid', { ...base, user: '1000:1000' }],
    ['a user and group name', { ...base, user: 'postgres:staff' }],
    ['an absolute working dir', { ...base, workdir: '/var/lib/my app' }],
    ['the largest size', { ...base, cols: 1000, rows: 1000 }],
  ])('accepts %s', (_label, input) => {
    expect(schema.safeParse(input).success).toBe(true);
  });

  it.each([
    ['a user with a space', { ...base, user: 'root --privileged' }],
    ['a user with a shell character', { ...base, user: 'root;id' }],
    ['a user with two colons', { ...base, user: 'a:b:c' }],
    ['an empty user', { ...base, user: '' }],
    ['a relative working dir', { ...base, workdir: 'tmp' }],
    ['a working dir with NUL', { ...base, workdir: '/tmp\0/x' }],
    ['an empty command', { ...base, cmd: [] }],
    ['a command that is a string', { ...base, cmd: 'sh -c id' }],
    ['a command argument with NUL', { ...base, cmd: ['/bin/sh', 'a\0b'] }],
    ['no size', { id: 'gt-web-1' }],
    ['zero rows', { ...base, rows: 0 }],
    ['columns over 1000', { ...base, cols: 1001 }],
    ['Engine options smuggled in', { ...base, Privileged: true }],
  ])('rejects %s', (_label, input) => {
    expect(schema.safeParse(input).success).toBe(false);
  });
});
