import { describe, expect, it } from 'vitest';
import { parseTimeout } from '../../renderer/src/features/containerActions/StopDialog';
import {
  availableActions,
  isUp,
  parseSignal,
  resultWords,
} from '../../renderer/src/features/containerActions/lifecycle';
import { parseContainerPageSearch } from '../../renderer/src/features/containerPage/search';
import { breadcrumbs, joinPath, parentPath, sortEntries } from '../../renderer/src/features/containerFiles/paths';
import type { ContainerDirEntry } from '../../electron/shared/dto';

describe('container actions', () => {
  it('says an action that changed nothing as such, not as a failure', () => {
    expect(resultWords('stop', 'web', true)).toBe('Stopped web');
    expect(resultWords('stop', 'web', false)).toBe('web was already stopped');
    expect(resultWords('start', 'web', false)).toBe('web was already running');
    expect(resultWords('unpause', 'web', true)).toBe('Unpaused web');
  });

  it('offers the actions the state allows', () => {
    expect(availableActions('running')).toEqual(['stop', 'restart', 'pause']);
    expect(availableActions('paused')).toEqual(['unpause', 'stop']);
    expect(availableActions('exited')).toEqual(['start']);
    expect(availableActions('created')).toEqual(['start']);
    expect(availableActions('dead')).toEqual([]);
    expect(isUp('paused')).toBe(true);
    expect(isUp('exited')).toBe(false);
  });

  it('reads signals as docker kill -s takes them', () => {
    expect(parseSignal('hup')).toBe('SIGHUP');
    expect(parseSignal(' SIGUSR1 ')).toBe('SIGUSR1');
    expect(parseSignal('RTMIN+3')).toBe('SIGRTMIN+3');
    expect(parseSignal('9')).toBe(9);
    expect(parseSignal('65')).toBeNull();
    expect(parseSignal('0')).toBeNull();
    expect(parseSignal('kill -9')).toBeNull();
    expect(parseSignal('')).toBeNull();
  });

  it('takes stop timeouts from 0 to 600 whole seconds', () => {
    expect(parseTimeout('0')).toBe(0);
    expect(parseTimeout(' 30 ')).toBe(30);
    expect(parseTimeout('600')).toBe(600);
    expect(parseTimeout('601')).toBeNull();
    expect(parseTimeout('1.5')).toBeNull();
    expect(parseTimeout('')).toBeNull();
  });
});

describe('container page helpers', () => {
  it('keeps only known tabs in the URL', () => {
    expect(parseContainerPageSearch({ tab: 'files' })).toEqual({ tab: 'files' });
    expect(parseContainerPageSearch({ tab: 'overview' })).toEqual({});
    expect(parseContainerPageSearch({ tab: '<script>' })).toEqual({});
  });

  it('walks container paths', () => {
    expect(breadcrumbs('/etc/ssl')).toEqual([
      { name: '/', path: '/' },
      { name: 'etc', path: '/etc' },
      { name: 'ssl', path: '/etc/ssl' },
    ]);
    expect(breadcrumbs('/')).toEqual([{ name: '/', path: '/' }]);
    expect(joinPath('/', 'etc')).toBe('/etc');
    expect(joinPath('/etc/', 'hosts')).toBe('/etc/hosts');
    expect(parentPath('/etc/ssl')).toBe('/etc');
    expect(parentPath('/etc')).toBe('/');
    expect(parentPath('/')).toBe('/');
    const entry = (name: string, type: ContainerDirEntry['type']): ContainerDirEntry => ({
      name,
      path: `/${name}`,
      type,
      size: 0,
      mode: 0o644,
      uid: 0,
      gid: 0,
      modified: 0,
    });
    expect(
      sortEntries([entry('b', 'file'), entry('a10', 'dir'), entry('a2', 'dir'), entry('A', 'symlink')]).map(
        (e) => e.name,
      ),
    ).toEqual(['a2', 'a10', 'A', 'b']);
  });
});
