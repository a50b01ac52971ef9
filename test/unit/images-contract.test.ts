import { describe, expect, it } from 'vitest';
import { countBaseSteps } from '../../electron/engine/imageDetail';
import { toHistorySteps } from '../../electron/engine/imageHistory';
import { createRouter, type InvokeHandlers, type StreamHandlers } from '../../electron/api/router';
import { channelNames, contract } from '../../electron/shared/contract';

function recordingRouter() {
  const calls: string[] = [];
  const invokeHandlers = Object.fromEntries(
    channelNames
      .filter((name) => contract[name].kind === 'invoke')
      .map((name) => [name, () => (calls.push(name), Promise.resolve(null))]),
  ) as unknown as InvokeHandlers;
  return { router: createRouter(invokeHandlers, {} as StreamHandlers), calls };
}

const full = `sha256:${'ab'.repeat(32)}`;

describe('image channels validate their input', () => {
  it.each([
    ['inspect without id', 'images.inspect', {}],
    ['inspect of a path escape', 'images.inspect', { id: '../../containers/json' }],
    ['inspect with an uppercase name', 'images.inspect', { id: 'Gantry/Web' }],
    ['tag onto an invalid repository', 'images.tag', { id: full, repository: 'Bad Repo', tag: '1' }],
    ['tag with a tag in the repository', 'images.tag', { id: full, repository: 'web:1', tag: '2' }],
    ['tag with an invalid tag', 'images.tag', { id: full, repository: 'web', tag: '.x' }],
    ['untag without a tag', 'images.untag', { reference: 'gantry-test/web' }],
    ['untag by image ID', 'images.untag', { reference: full }],
    ['untag with a non-boolean flag', 'images.untag', { reference: 'web:1', alsoRemoveImage: 'yes' }],
    ['remove without expectTags', 'images.remove', { id: full, force: false }],
    ['remove without force', 'images.remove', { id: full, expectTags: [] }],
    [
      'remove with an Engine option smuggled in',
      'images.remove',
      { id: full, force: false, expectTags: [], noprune: true },
    ],
    ['remove expecting a tag that is no tag', 'images.remove', { id: full, force: false, expectTags: ['web'] }],
    ['map with input', 'images.map', { all: true }],
  ])('rejects %s with BAD_INPUT and never calls a handler', async (_label, channel, input) => {
    const { router, calls } = recordingRouter();
    const answer = await router.invoke(channel, input);
    expect(answer).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    expect(calls).toEqual([]);
  });

  it.each([
    ['images.inspect', { id: full }],
    ['images.inspect', { id: 'abababababab' }],
    ['images.inspect', { id: 'localhost:5000/team/app:dev' }],
    ['images.tag', { id: full, repository: 'localhost:5000/team/app', tag: 'v1.0' }],
    ['images.untag', { reference: 'gantry-test/web:latest', alsoRemoveImage: true }],
    ['images.remove', { id: full, force: true, expectTags: ['gantry-test/web:1.0'] }],
    ['images.removePreview', { id: 'gantry-test/web:1.0' }],
  ])('passes valid %s input through', async (channel, input) => {
    const { router, calls } = recordingRouter();
    expect((await router.invoke(channel, input)).ok).toBe(true);
    expect(calls).toEqual([channel]);
  });
});

describe('countBaseSteps', () => {
  const image = toHistorySteps([
    { CreatedBy: '/bin/sh -c #(nop)  CMD ["sh"]', Created: 3 },
    { CreatedBy: '/bin/sh -c #(nop) COPY file:ab in /x ', Created: 2, Size: 5 },
    { CreatedBy: '/bin/sh -c #(nop)  ENV A=1', Created: 1 },
    { CreatedBy: '', Comment: 'Imported from -', Created: 0, Size: 100 },
  ]);
  const layerOfStep = [0, null, 1, null];

  it('takes the base’s own history when it is a prefix of the image’s (metadata steps of the base included)', () => {
    const base = toHistorySteps([
      { CreatedBy: '/bin/sh -c #(nop)  ENV A=1', Created: 1 },
      { CreatedBy: '', Comment: 'Imported from -', Created: 0, Size: 100 },
    ]);
    expect(countBaseSteps(image, layerOfStep, 1, base)).toBe(2);
  });

  it('falls back to the step that made the base’s top layer when the histories differ', () => {
    const other = toHistorySteps([{ CreatedBy: 'something else', Created: 9 }]);
    expect(countBaseSteps(image, layerOfStep, 1, other)).toBe(1);
    expect(countBaseSteps(image, layerOfStep, 1, null)).toBe(1);
  });
});
