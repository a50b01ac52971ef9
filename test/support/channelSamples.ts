/**
 * One valid input per contract channel, for the tests that check every channel is bound by both
 * transports. Typed over the whole contract: adding a channel without a sample is a type error.
 */
import type { ChannelName, InputOf } from '../../electron/shared/contract';

export const channelSamples: { [K in ChannelName]: InputOf<K> } = {
  'engine.status': {},
  'containers.list': {},
  'containers.start': { id: 'gt-web-1' },
  'containers.stop': { id: 'gt-web-1', timeoutSeconds: 1 },
  'containers.restart': { id: 'gt-web-1', timeoutSeconds: 1 },
  'containers.pause': { id: 'gt-web-1' },
  'containers.unpause': { id: 'gt-web-1' },
  'containers.kill': { id: 'gt-web-1', signal: 'SIGHUP' },
  'containers.rename': { id: 'gt-web-1', name: 'gt-web-renamed' },
  'containers.remove': { id: 'gt-scratch', force: false, volumes: true },
  'containers.commit': { id: 'gt-web-1', repository: 'gantry-test/committed', tag: 'sample', message: 'sample' },
  'containers.inspect': { id: 'gt-web-1' },
  'containers.size': { id: 'gt-web-1' },
  'containers.sizes': {},
  'containers.top': { id: 'gt-web-1' },
  'containers.changes': { id: 'gt-web-1' },
  'containers.files': { id: 'gt-web-1', path: '/etc' },
  'containers.file': { id: 'gt-web-1', path: '/etc/hostname' },
  'containers.archive': { id: 'gt-web-1', path: '/etc/hostname' },
  'images.list': {},
  'images.inspect': { id: 'gantry-test/web:1.0' },
  'images.map': {},
  'images.tag': { id: 'gantry-test/web:1.0', repository: 'gantry-test/web', tag: 'sample' },
  'images.untag': { reference: 'gantry-test/web:sample' },
  'images.removePreview': { id: 'gantry-test/scratchpad:tmp' },
  'images.remove': { id: 'gantry-test/scratchpad:tmp', force: false, expectTags: ['gantry-test/scratchpad:tmp'] },
  'engine.events': {},
  'layers.index': { imageId: `sha256:${'a'.repeat(64)}` },
  'layers.files': { imageId: `sha256:${'b'.repeat(64)}`, layer: 0, view: 'merged' },
  'layers.search': { imageId: `sha256:${'b'.repeat(64)}`, pattern: 'etc/**/*.conf', limit: 10 },
  'logs.follow': { id: 'gt-web-1', tail: 100, since: '15m', follow: true },
  'logs.download': { id: 'gt-web-1', since: '2026-12-01T10:00:00Z', until: 1_800_000_000, timestamps: true },
  'stats.follow': { ids: ['gt-web-1', 'gt-worker-1'] },
  'stats.overview': {},
  'terminal.open': { id: 'gt-web-1', cmd: ['/bin/sh', '-l'], user: 'root:0', workdir: '/tmp', cols: 120, rows: 40 },
  'layers.file': { imageId: `sha256:${'b'.repeat(64)}`, layer: 1, path: '/etc/hostname', purpose: 'view' },
};
