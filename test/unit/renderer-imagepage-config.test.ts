/** The image configuration as plain rows, and the image page's URL search. */
import { describe, expect, it } from 'vitest';
import { configRows, differsText, formatArgv, formatHealthcheck } from '../../renderer/src/features/imagePage/mapping';
import { parseImagePageSearch } from '../../renderer/src/features/imagePage/search';

describe('configRows', () => {
  it('leaves empty fields out and keeps the reading order', () => {
    const rows = configRows({
      labels: { b: '2', a: '1' },
      env: [
        { name: 'PATH', value: '/bin' },
        { name: 'X', value: 'a=b' },
      ],
      cmd: ['sh', '-c', 'echo hi'],
      entrypoint: [],
      exposedPorts: ['80/tcp'],
      workingDir: '',
      user: 'app',
    });
    expect(rows.map((row) => row.label)).toEqual(['Command', 'User', 'Environment', 'Exposed ports', 'Labels']);
    expect(rows[0]!.value).toEqual({ kind: 'code', text: "sh -c 'echo hi'" });
    expect(rows[2]!.value).toEqual({
      kind: 'pairs',
      pairs: [
        { name: 'PATH', value: '/bin' },
        { name: 'X', value: 'a=b' },
      ],
    });
    expect(rows[3]!.value).toEqual({ kind: 'list', items: ['80/tcp'] });
    // Labels sorted by name.
    expect(rows[4]!.value).toEqual({
      kind: 'pairs',
      pairs: [
        { name: 'a', value: '1' },
        { name: 'b', value: '2' },
      ],
    });
  });

  it('is empty for an image without configuration', () => {
    expect(configRows({})).toEqual([]);
  });

  it('shows the rest: volumes, healthcheck, stop signal, shell, on-build', () => {
    const rows = configRows({
      volumes: ['/data'],
      healthcheck: { test: ['CMD-SHELL', 'wget -q localhost'], intervalSeconds: 30, retries: 3 },
      stopSignal: 'SIGTERM',
      shell: ['/bin/bash', '-c'],
      onBuild: ['RUN make'],
    });
    expect(rows.map((row) => [row.label, row.value])).toEqual([
      ['Volumes', { kind: 'list', items: ['/data'] }],
      ['Healthcheck', { kind: 'code', text: 'wget -q localhost · every 30s · 3 retries' }],
      ['Stop signal', { kind: 'code', text: 'SIGTERM' }],
      ['Shell', { kind: 'code', text: '/bin/bash -c' }],
      ['On build', { kind: 'list', items: ['RUN make'] }],
    ]);
  });
});

describe('formatting', () => {
  it('quotes argv like a shell would', () => {
    expect(formatArgv(['nginx', '-g', 'daemon off;'])).toBe("nginx -g 'daemon off;'");
    expect(formatArgv(["it's", ''])).toBe(`'it'\\''s' ''`);
  });

  it('describes healthchecks of every form', () => {
    expect(formatHealthcheck({ test: ['NONE'] })).toBe('disabled (NONE)');
    expect(formatHealthcheck({ test: ['CMD', 'curl', '-f', 'http://x/'], timeoutSeconds: 5, retries: 1 })).toBe(
      'curl -f http://x/ · timeout 5s · 1 retry',
    );
    expect(formatHealthcheck({ test: ['CMD-SHELL', 'true'], startPeriodSeconds: 10 })).toBe('true · start period 10s');
  });

  it('names the differing fields in reading order', () => {
    expect(differsText(['labels', 'cmd'])).toBe('Command, Labels');
    expect(differsText([])).toBe('');
  });
});

describe('parseImagePageSearch', () => {
  it('keeps a known tab and drops the rest (overview is the default)', () => {
    expect(parseImagePageSearch({ tab: 'layers' })).toEqual({ tab: 'layers' });
    expect(parseImagePageSearch({ tab: 'inspect', other: 1 })).toEqual({ tab: 'inspect' });
    expect(parseImagePageSearch({ tab: 'overview' })).toEqual({});
    expect(parseImagePageSearch({ tab: '<script>' })).toEqual({});
    expect(parseImagePageSearch({})).toEqual({});
  });
});
