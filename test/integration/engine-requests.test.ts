/**
 * What one refresh costs the Engine, counted by a proxy on its socket: a constant number of
 * requests, not one per row, and the containers and images pages asking at the same moment share
 * the one container listing both need.
 */
import path from 'node:path';
import { mkdtempSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEnv } from '../support/fixtures';
import { startRequestCounter, type RequestCounter } from '../support/requestCounter';
import { call, testBackend, testDockerHost } from '../support/testEngine';

let counter: RequestCounter;
let backend: ReturnType<typeof testBackend>;

beforeAll(async () => {
  const dir = mkdtempSync(path.join(testEnv('tmp'), 'c'));
  counter = await startRequestCounter(testDockerHost().replace(/^unix:\/\//, ''), path.join(dir, 'count.sock'));
  backend = testBackend(`unix://${counter.socketPath}`);
  await call(backend, 'engine.status', {});
});
afterAll(async () => {
  await backend.dispose();
  await counter.close();
});

describe('Engine requests per refresh', () => {
  it('containers: one request', async () => {
    counter.reset();
    await call(backend, 'containers.list', {});
    expect(counter.requests()).toEqual(['/containers/json']);
  });

  it('images: two requests (images, and containers for the usage counts)', async () => {
    counter.reset();
    await call(backend, 'images.list', {});
    expect(counter.requests().sort()).toEqual(['/containers/json', '/images/json']);
  });

  it('both lists asked at once share one container listing', async () => {
    counter.reset();
    await Promise.all([call(backend, 'containers.list', {}), call(backend, 'images.list', {})]);
    expect(counter.requests().sort()).toEqual(['/containers/json', '/images/json']);
  });

  it('a list asked after another has finished is fetched afresh', async () => {
    counter.reset();
    await call(backend, 'containers.list', {});
    await call(backend, 'containers.list', {});
    expect(counter.requests()).toEqual(['/containers/json', '/containers/json']);
  });

  it('a page opening starts the container list early; its first ask takes that answer', async () => {
    counter.reset();
    backend.pageOpening();
    await new Promise((resolve) => setTimeout(resolve, 50)); // the page loads; its first request follows
    const list = await call(backend, 'containers.list', {});
    expect(list.length).toBeGreaterThan(0);
    expect(counter.requests()).toEqual(['/containers/json']);
    // Taken once: the next ask goes to the Engine again.
    await call(backend, 'containers.list', {});
    expect(counter.requests()).toEqual(['/containers/json', '/containers/json']);
  });

  it('an early answer nobody took in time is not used', async () => {
    counter.reset();
    backend.pageOpening();
    await new Promise((resolve) => setTimeout(resolve, 700));
    await call(backend, 'containers.list', {});
    expect(counter.requests()).toEqual(['/containers/json', '/containers/json']);
  });
});
