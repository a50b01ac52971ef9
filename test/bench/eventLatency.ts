/**
 * Event-to-UI latency: containers are stopped and started through the raw Engine API while the
 * containers page is open; each trial times from the Engine's own event timestamp (and from the API
 * call) to the frame in which the row's state badge changed.
 */
import http from 'node:http';
import type { Page } from '@playwright/test';
import { createJsonLineParser } from '../../electron/engine/jsonLines';
import { epochNow, rowChangedAt, watchRowState } from './ui';

interface EngineEventTimes {
  /** Epoch ms of the next event `action` for container `name`. */
  next(name: string, action: string): Promise<number>;
  close(): void;
}

function followEngineEvents(socketPath: string): EngineEventTimes {
  const waiters: { name: string; action: string; resolve: (at: number) => void }[] = [];
  const parse = createJsonLineParser((value) => {
    const event = value as { Action?: string; timeNano?: number; Actor?: { Attributes?: { name?: string } } };
    const name = event.Actor?.Attributes?.name;
    const index = waiters.findIndex((w) => w.name === name && w.action === event.Action);
    if (index >= 0) waiters.splice(index, 1)[0]!.resolve((event.timeNano ?? 0) / 1e6);
  });
  const filters = encodeURIComponent(JSON.stringify({ type: ['container'] }));
  const request = http.get({ socketPath, path: `/events?filters=${filters}`, agent: false }, (response) =>
    response.on('data', parse),
  );
  request.on('error', () => {});
  return {
    next: (name, action) => new Promise((resolve) => waiters.push({ name, action, resolve })),
    close: () => request.destroy(),
  };
}

function enginePost(socketPath: string, path: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = http.request({ socketPath, path, method: 'POST', agent: false }, (response) => {
      response.resume();
      response.on('end', () => resolve(response.statusCode ?? 0));
    });
    request.on('error', reject);
    request.end();
  });
}

export interface EventTrials {
  fromEngineEventMs: number[];
  fromApiCallMs: number[];
}

/** Alternates stop and start over `names` (rows on screen) for `trials` state changes. */
export async function measureEventToUi(
  page: Page,
  socketPath: string,
  names: string[],
  trials: number,
): Promise<EventTrials> {
  const events = followEngineEvents(socketPath);
  const result: EventTrials = { fromEngineEventMs: [], fromApiCallMs: [] };
  try {
    for (let i = 0; i < trials; i++) {
      const name = names[Math.floor(i / 2) % names.length]!;
      const stopping = i % 2 === 0;
      const [wanted, action, path] = stopping
        ? ['exited', 'die', `/containers/${name}/stop?t=2`]
        : ['running', 'start', `/containers/${name}/start`];
      await watchRowState(page, name, wanted);
      const eventAt = events.next(name, action);
      const calledAt = epochNow();
      const status = await enginePost(socketPath, path);
      if (status >= 300) throw new Error(`${path} answered HTTP ${status}`);
      const shownAt = await rowChangedAt(page);
      result.fromEngineEventMs.push(shownAt - (await eventAt));
      result.fromApiCallMs.push(shownAt - calledAt);
    }
  } finally {
    events.close();
  }
  return result;
}
