import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  toContainerSummary,
  toImageSummaries,
  type EngineContainer,
  type EngineImage,
} from '../../electron/engine/mappers';

// Recorded from a real Engine 20.10 (API 1.41): GET /containers/json?all=1 and GET /images/json.
const recorded = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`fixtures/${name}`, import.meta.url), 'utf8'));
const containers = recorded('engine-containers.json') as EngineContainer[];
const images = recorded('engine-images.json') as EngineImage[];

describe('toContainerSummary on recorded Engine output', () => {
  const byName = new Map(containers.map((raw) => [toContainerSummary(raw).name, toContainerSummary(raw)]));

  it('strips the leading slash from names and keeps the full ID', () => {
    const web = byName.get('web-1');
    expect(web?.id).toMatch(/^[0-9a-f]{64}$/);
    expect(web?.imageId).toMatch(/^sha256:[0-9a-f]{64}$/);
  });

  it('keeps the Engine state and the docker ps status words', () => {
    expect(byName.get('web-1')).toMatchObject({ state: 'running', status: expect.stringMatching(/^Up /) as unknown });
    expect(byName.get('exited-3')).toMatchObject({
      state: 'exited',
      status: expect.stringMatching(/^Exited \(3\) /) as unknown,
    });
    expect(byName.get('created-1')).toMatchObject({ state: 'created', status: 'Created' });
    expect(byName.get('paused-1')).toMatchObject({
      state: 'paused',
      status: expect.stringContaining('(Paused)') as unknown,
    });
  });

  it('maps published and unpublished ports, deduplicated and sorted', () => {
    expect(byName.get('web-1')?.ports).toEqual([
      { containerPort: 80, protocol: 'tcp', hostIp: '0.0.0.0', hostPort: 8080 },
      { containerPort: 80, protocol: 'tcp', hostIp: '::', hostPort: 8080 },
    ]);
  });
});

describe('toContainerSummary on odd input', () => {
  it('survives missing fields and unknown states', () => {
    const summary = toContainerSummary({ Id: 'abcdef0123456789', State: 'zombie' });
    expect(summary).toMatchObject({ name: 'abcdef012345', state: 'dead', ports: [], image: '' });
  });

  it('picks the own name over link aliases', () => {
    expect(toContainerSummary({ Id: 'x', Names: ['/db/web-alias', '/web'] }).name).toBe('web');
  });

  it('keeps a compose project label', () => {
    const summary = toContainerSummary({ Id: 'x', Labels: { 'com.docker.compose.project': 'shop' } });
    expect(summary.composeProject).toBe('shop');
  });
});

describe('toImageSummaries', () => {
  it('counts containers per image from the image IDs of every container', () => {
    const summaries = toImageSummaries(
      images,
      containers.map((c) => c.ImageID ?? ''),
    );
    const busybox = summaries.find((image) => image.repoTags.includes('gt/busybox:latest'));
    expect(busybox?.containers).toBe(containers.filter((c) => c.ImageID === busybox?.id).length);
    expect(busybox?.containers).toBeGreaterThan(0);
    expect(busybox?.size).toBeGreaterThan(1_000_000);
  });

  it('drops the <none> placeholders the Engine uses for dangling images', () => {
    const [dangling] = toImageSummaries(
      [{ Id: 'sha256:1', RepoTags: ['<none>:<none>'], RepoDigests: ['<none>@<none>'], Created: 1, Size: 5 }],
      [],
    );
    expect(dangling).toMatchObject({ repoTags: [], repoDigests: [], containers: 0 });
  });

  it('sorts newest first', () => {
    const sorted = toImageSummaries(
      [
        { Id: 'sha256:old', Created: 100 },
        { Id: 'sha256:new', Created: 300 },
        { Id: 'sha256:mid', Created: 200 },
      ],
      [],
    );
    expect(sorted.map((image) => image.id)).toEqual(['sha256:new', 'sha256:mid', 'sha256:old']);
  });
});
