/**
 * Every contract channel, fuzzed through the real backend (its real router and handlers) with
 * generated inputs: whatever a compromised renderer sends, a bad input answers BAD_INPUT, nothing
 * throws, and nothing reaches the Engine. The "Engine" here is a Unix socket that only counts who
 * connects to it, so "nothing reaches it" is a number we can read, not a belief.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server, type Socket } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../electron/api/backend';
import { channelNames, contract, type ChannelName } from '../../electron/shared/contract';
import type { ApiError } from '../../electron/shared/errors';
import { channelSamples } from '../support/channelSamples';

let directory: string;
let engine: Server;
let connections = 0;
const openSockets = new Set<Socket>();
let backend: Backend;

beforeAll(async () => {
  directory = mkdtempSync(path.join(os.tmpdir(), 'gantry-fuzz-'));
  const socketPath = path.join(directory, 'engine.sock');
  engine = createServer((socket) => {
    connections += 1;
    openSockets.add(socket);
    socket.on('close', () => openSockets.delete(socket));
    // Any request gets a plain refusal, so a call that does get through ends instead of hanging.
    socket.end('HTTP/1.1 500 Internal Server Error\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}');
  });
  await new Promise<void>((resolve) => engine.listen(socketPath, resolve));
  backend = createBackend({ DOCKER_HOST: `unix://${socketPath}` });
});

afterAll(async () => {
  await backend.dispose();
  const closed = new Promise<void>((resolve) => engine.close(() => resolve()));
  for (const socket of openSockets) socket.destroy();
  await closed;
  rmSync(directory, { recursive: true, force: true });
});

/** What the router says to one input: the error it ended with, or null when it was let through. */
async function answer(channel: ChannelName, input: unknown): Promise<ApiError | null> {
  if (contract[channel].kind === 'invoke') {
    const envelope = await backend.router.invoke(channel, input);
    return envelope.ok ? null : envelope.error;
  }
  let ended: ApiError | null | undefined;
  backend.router.subscribe('fuzz', 1, channel, input, {
    event: () => {},
    end: (error) => (ended = error ?? null),
  });
  // A rejected subscription ends at once; one that was let through must not stay open.
  backend.router.unsubscribe('fuzz', 1);
  return ended ?? null;
}

/** The router reads a missing input (undefined or null) as {}: a no-input channel needs none. */
const rejectedBySchema = (channel: ChannelName, input: unknown) =>
  !contract[channel].input.safeParse(input ?? {}).success;

/** A valid sample with one field (its own or a new one) set to anything at all. */
const mutatedSample = (channel: ChannelName) => {
  const sample = channelSamples[channel] as Record<string, unknown>;
  const keys = [...Object.keys(sample), '__proto__', 'constructor', 'HostConfig', 'extra'];
  return fc
    .record({ key: fc.constantFrom(...keys), value: fc.anything({ withNullPrototype: true, withBigInt: true }) })
    .map(({ key, value }) => {
      const input: Record<string, unknown> = { ...sample };
      Object.defineProperty(input, key, { value, enumerable: true, configurable: true, writable: true });
      return input;
    });
};

/** Text no ID, name or reference may hold: a path or query, a fragment, an escape, space, a NUL. */
const hostileIdentifier = fc
  .tuple(
    fc.string({ maxLength: 12 }),
    fc.constantFrom('?', '#', '%2f', ' ', '\t', '\n', '\0', '&', '\\'),
    fc.string({ maxLength: 12 }),
  )
  .map(([before, bad, after]) => `${before}${bad}${after}`);

const identifierFields = ['id', 'imageId', 'name', 'reference'] as const;

describe('every channel, fuzzed through the real router and handlers', () => {
  it.each(channelNames)('%s: arbitrary and mutated inputs the schema rejects answer BAD_INPUT', async (channel) => {
    const before = connections;
    const inputs = fc.oneof(fc.anything({ withNullPrototype: true, withBigInt: true }), mutatedSample(channel));
    await fc.assert(
      fc.asyncProperty(inputs, async (input) => {
        fc.pre(rejectedBySchema(channel, input));
        const error = await answer(channel, input);
        expect(error?.code).toBe('BAD_INPUT');
      }),
      { numRuns: 150 },
    );
    expect(connections - before).toBe(0);
  });

  const withIdentifiers = channelNames.flatMap((channel) =>
    identifierFields
      .filter((field) => field in (channelSamples[channel] as object))
      .map((field) => [channel, field] as const),
  );

  it.each(withIdentifiers)('%s: a hostile %s is refused before the Engine', async (channel, field) => {
    const before = connections;
    await fc.assert(
      fc.asyncProperty(hostileIdentifier, async (value) => {
        const error = await answer(channel, { ...(channelSamples[channel] as object), [field]: value });
        expect(error?.code).toBe('BAD_INPUT');
      }),
      { numRuns: 100 },
    );
    expect(connections - before).toBe(0);
  });

  it('counts a valid request that does reach the Engine (so the zeros above mean something)', async () => {
    const before = connections;
    const error = await answer('containers.inspect', { id: 'gt-web-1' });
    expect(error).not.toBeNull();
    expect(connections - before).toBeGreaterThan(0);
  });
});
