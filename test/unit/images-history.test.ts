import { describe, expect, it } from 'vitest';
import {
  cleanInstruction,
  layerSizes,
  makesLayer,
  mapStepsToLayers,
  toHistorySteps,
  type EngineHistoryItem,
} from '../../electron/engine/imageHistory';

describe('cleanInstruction', () => {
  it.each([
    // Legacy builder (Engine 20.10), recorded from the seeded engine.
    ['/bin/sh -c #(nop)  CMD ["sh"]', 'CMD', 'CMD ["sh"]'],
    ['/bin/sh -c #(nop)  EXPOSE 80', 'EXPOSE', 'EXPOSE 80'],
    ['/bin/sh -c #(nop)  ENV X=a b Y=2', 'ENV', 'ENV X=a b Y=2'],
    ['/bin/sh -c #(nop) WORKDIR /app', 'WORKDIR', 'WORKDIR /app'],
    ['/bin/sh -c #(nop)  VOLUME [/data]', 'VOLUME', 'VOLUME [/data]'],
    ['/bin/sh -c #(nop)  ARG A', 'ARG', 'ARG A'],
    ['/bin/sh -c echo hi', 'RUN', 'RUN echo hi'],
    [
      '/bin/sh -c #(nop) COPY dir:b9370f19dce93a2aa327a17b71566255f65e286c609c63b0d9f0735319a28b44 in /www ',
      'COPY',
      'COPY dir:b9370f19dce9 /www',
    ],
    [
      '/bin/sh -c #(nop) ADD file:727f3fabd37350b7d30142f77e800094ca7ac32d9f90f397734fe15af0ad9563 in /app/d2 ',
      'ADD',
      'ADD file:727f3fabd373 /app/d2',
    ],
    [
      '/bin/sh -c #(nop) COPY --chown=1000:1000 file:727f3fabd37350b7d30142f77e800094ca7ac32d9f90f397734fe15af0ad9563 in /home/app/ ',
      'COPY',
      'COPY --chown=1000:1000 file:727f3fabd373 /home/app/',
    ],
    // BuildKit.
    [
      'RUN /bin/sh -c apt-get update && apt-get install -y curl # buildkit',
      'RUN',
      'RUN apt-get update && apt-get install -y curl',
    ],
    ['COPY app /app # buildkit', 'COPY', 'COPY app /app'],
    ['WORKDIR /app', 'WORKDIR', 'WORKDIR /app'],
    ['CMD ["node"]', 'CMD', 'CMD ["node"]'],
    ['RUN ["echo","hi"] # buildkit', 'RUN', 'RUN ["echo","hi"]'],
    // Windows images.
    ['cmd /S /C #(nop)  CMD ["cmd"]', 'CMD', 'CMD ["cmd"]'],
    ['cmd /S /C echo hi', 'RUN', 'RUN echo hi'],
    // Not a Dockerfile step (docker commit): kept as it is, no keyword.
    ['sh -c echo changed > /f', '', 'sh -c echo changed > /f'],
  ])('%s → %s', (createdBy, keyword, text) => {
    expect(cleanInstruction(createdBy)).toEqual({ keyword, text });
  });

  it('notes the build arguments of a legacy RUN ("|2 A=1 B=two")', () => {
    expect(cleanInstruction('|2 A=1 B=two /bin/sh -c echo $A $B > /x')).toEqual({
      keyword: 'RUN',
      text: 'RUN echo $A $B > /x',
      buildArgs: [
        { name: 'A', value: '1' },
        { name: 'B', value: 'two' },
      ],
    });
  });

  it('notes the build arguments of a BuildKit RUN', () => {
    expect(cleanInstruction('RUN |1 NODE_ENV=production /bin/sh -c npm ci # buildkit')).toEqual({
      keyword: 'RUN',
      text: 'RUN npm ci',
      buildArgs: [{ name: 'NODE_ENV', value: 'production' }],
    });
  });

  it('names a docker import step IMPORT, and an empty unknown step nothing', () => {
    expect(cleanInstruction('', 'Imported from -')).toEqual({ keyword: 'IMPORT', text: 'IMPORT' });
    expect(cleanInstruction('')).toEqual({ keyword: '', text: '' });
  });
});

describe('makesLayer', () => {
  it.each([
    [
      'RUN with no bytes (legacy builder still commits a layer)',
      { keyword: 'RUN', size: 0, raw: '/bin/sh -c true' },
      true,
    ],
    [
      'legacy COPY, marked #(nop) but a layer',
      { keyword: 'COPY', size: 0, raw: '/bin/sh -c #(nop) COPY file:ab in /x ' },
      true,
    ],
    ['import', { keyword: 'IMPORT', size: 1984162, raw: '' }, true],
    ['CMD', { keyword: 'CMD', size: 0, raw: '/bin/sh -c #(nop)  CMD ["sh"]' }, false],
    ['WORKDIR (legacy: metadata only)', { keyword: 'WORKDIR', size: 0, raw: '/bin/sh -c #(nop) WORKDIR /app' }, false],
    ['anything that added bytes', { keyword: 'WORKDIR', size: 12, raw: 'WORKDIR /app' }, true],
    ['docker commit', { keyword: '', size: 0, raw: 'sh -c touch /f' }, true],
    ['empty step', { keyword: '', size: 0, raw: '' }, false],
  ])('%s', (_label, step, expected) => {
    expect(makesLayer(step)).toBe(expected);
  });
});

/** `docker history` of a legacy build, newest first as the Engine sends it (recorded, 5 RootFS layers). */
const recorded: EngineHistoryItem[] = [
  { CreatedBy: '/bin/sh -c #(nop)  STOPSIGNAL SIGINT', Size: 0, Created: 13 },
  { CreatedBy: '/bin/sh -c #(nop)  ENTRYPOINT ["sh"]', Size: 0, Created: 12 },
  {
    CreatedBy:
      '/bin/sh -c #(nop) ADD file:727f3fabd37350b7d30142f77e800094ca7ac32d9f90f397734fe15af0ad9563 in /app/d2 ',
    Size: 270,
    Created: 11,
  },
  {
    CreatedBy: '/bin/sh -c #(nop) COPY file:727f3fabd37350b7d30142f77e800094ca7ac32d9f90f397734fe15af0ad9563 in /app/ ',
    Size: 270,
    Created: 10,
  },
  { CreatedBy: '/bin/sh -c #(nop)  VOLUME [/data]', Size: 0, Created: 9 },
  { CreatedBy: '/bin/sh -c #(nop)  USER 1000', Size: 0, Created: 8 },
  { CreatedBy: '/bin/sh -c #(nop)  HEALTHCHECK &{["CMD" "true"] "5s" "2s" "0s" \'\\x03\'}', Size: 0, Created: 7 },
  { CreatedBy: '/bin/sh -c #(nop)  ENV X=a b Y=2', Size: 0, Created: 6 },
  { CreatedBy: '|2 A=1 B=two /bin/sh -c true', Size: 0, Created: 5 },
  { CreatedBy: '/bin/sh -c #(nop) WORKDIR /app', Size: 0, Created: 4 },
  { CreatedBy: '|2 A=1 B=two /bin/sh -c echo $A $B > /x', Size: 6, Created: 3 },
  { CreatedBy: '/bin/sh -c #(nop)  ARG B', Size: 0, Created: 2 },
  { CreatedBy: '/bin/sh -c #(nop)  ARG A', Size: 0, Created: 1 },
  { CreatedBy: '', Size: 1984162, Created: 0, Comment: 'Imported from -' },
];

describe('steps and layers of a recorded legacy build', () => {
  const steps = toHistorySteps(recorded);

  it('turns the history oldest first', () => {
    expect(steps.map((step) => step.keyword)).toEqual([
      'IMPORT',
      'ARG',
      'ARG',
      'RUN',
      'WORKDIR',
      'RUN',
      'ENV',
      'HEALTHCHECK',
      'USER',
      'VOLUME',
      'COPY',
      'ADD',
      'ENTRYPOINT',
      'STOPSIGNAL',
    ]);
  });

  it('maps the five layer steps to the five RootFS layers one to one', () => {
    const mapping = mapStepsToLayers(steps, 5);
    expect(mapping.approximate).toBe(false);
    expect(mapping.stepOfLayer).toEqual([0, 3, 5, 10, 11]);
    expect(mapping.layerOfStep[4]).toBeNull(); // WORKDIR
    expect(layerSizes(steps, mapping)).toEqual([1984162, 6, 0, 270, 270]);
  });

  it('aligns from the newest end when there are fewer layers than layer steps (BuildKit dropped an empty RUN)', () => {
    const mapping = mapStepsToLayers(steps, 4);
    expect(mapping.approximate).toBe(true);
    expect(mapping.stepOfLayer).toEqual([3, 5, 10, 11]);
    expect(mapping.layerOfStep[0]).toBeNull();
  });

  it('aligns from the newest end when there are more layers than layer steps, leaving the oldest unmatched', () => {
    const mapping = mapStepsToLayers(steps, 7);
    expect(mapping.approximate).toBe(true);
    expect(mapping.stepOfLayer).toEqual([null, null, 0, 3, 5, 10, 11]);
    expect(layerSizes(steps, mapping)).toEqual([null, null, 1984162, 6, 0, 270, 270]);
  });
});
