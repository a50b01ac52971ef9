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
  'images.list': {},
  'engine.events': {},
  'layers.index': { imageId: `sha256:${'a'.repeat(64)}` },
  'layers.files': { imageId: `sha256:${'b'.repeat(64)}`, layer: 0, view: 'merged' },
  'layers.search': { imageId: `sha256:${'b'.repeat(64)}`, pattern: 'etc/**/*.conf', limit: 10 },
  'layers.file': { imageId: `sha256:${'b'.repeat(64)}`, layer: 1, path: '/etc/hostname', purpose: 'view' },
};
