/**
 * Paths inside a container (canonical form, link targets, download names) and how a path reaches
 * the Engine: as one encoded query value, whatever characters it holds.
 */
import Docker from 'dockerode';
import { describe, expect, it } from 'vitest';
import {
  archiveFileName,
  baseName,
  canonicalPath,
  containerSubject,
  folderOf,
  joinPath,
  linkTargetPath,
} from '../../electron/engine/containerFiles/paths';

describe('canonicalPath', () => {
  it.each([
    ['/', '/'],
    ['/etc', '/etc'],
    ['/etc/', '/etc'],
    ['//etc///passwd', '/etc/passwd'],
    ['/etc/../etc', '/etc'],
    ['/etc/./passwd', '/etc/passwd'],
    ['/..', '/'],
    ['/../../etc', '/etc'],
    ['/a/b/../../..', '/'],
    // "/." would make the Engine follow a final symbolic link: it never gets through.
    ['/lib/.', '/lib'],
    ['/a b/c&d', '/a b/c&d'],
  ])('%s → %s', (input, expected) => {
    expect(canonicalPath(input)).toBe(expected);
  });
});

describe('path parts', () => {
  it('splits and joins paths, the root included', () => {
    expect(baseName('/etc/passwd')).toBe('passwd');
    expect(baseName('/')).toBe('');
    expect(folderOf('/etc/passwd')).toBe('/etc');
    expect(folderOf('/etc')).toBe('/');
    expect(joinPath('/', 'bin')).toBe('/bin');
    expect(joinPath('/etc', 'passwd')).toBe('/etc/passwd');
  });

  it("resolves a link target from the link's folder, or as given when absolute", () => {
    expect(linkTargetPath('/bin/sh', 'busybox')).toBe('/bin/busybox');
    expect(linkTargetPath('/etc/mtab', '/proc/mounts')).toBe('/proc/mounts');
    expect(linkTargetPath('/opt/gantry/pw', '../../etc/passwd')).toBe('/etc/passwd');
    expect(linkTargetPath('/lib', 'usr/lib')).toBe('/usr/lib');
    expect(linkTargetPath('/a', '../../../x')).toBe('/x');
  });
});

describe('names in messages and downloads', () => {
  it('shortens a full container ID as docker ps does, and keeps names', () => {
    expect(containerSubject('a'.repeat(64))).toBe(`container ${'a'.repeat(12)}`);
    expect(containerSubject('web-1')).toBe('container web-1');
  });

  it('names a download after the container and the base name, safe on every OS', () => {
    expect(archiveFileName('/web-1', '/etc')).toBe('web-1-etc.tar');
    expect(archiveFileName('web-1', '/etc/passwd')).toBe('web-1-passwd.tar');
    expect(archiveFileName('web-1', '/')).toBe('web-1-root.tar');
    expect(archiveFileName('web-1', '/tmp/a b:c\\d"e')).toBe('web-1-a_b_c_d_e.tar');
    expect(archiveFileName('web-1', '/tmp/..hidden')).toBe('web-1-_hidden.tar');
  });
});

describe('the path as a query value', () => {
  it('is percent-encoded by dockerode, so it can never become another parameter', () => {
    const modem = new Docker({ socketPath: '/nonexistent' }).modem as unknown as {
      buildQuerystring(options: object): string;
    };
    const query = modem.buildQuerystring({ path: '/a&b=c?d#e f%/x&path=/etc/shadow' });
    expect(new URLSearchParams(query).getAll('path')).toEqual(['/a&b=c?d#e f%/x&path=/etc/shadow']);
    expect(query).not.toContain('&');
  });
});
