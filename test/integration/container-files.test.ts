/**
 * A container's writable layer through the router, on the seeded private engine: its changes
 * (docker diff) and its files, read through the archive endpoint while it is stopped, running
 * and paused. The test makes its own containers (prefix gt-files-) and removes them afterwards.
 */
import { Readable } from 'node:stream';
import type Docker from 'dockerode';
import tar from 'tar-stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SIZE_STAT_LIMIT } from '../../electron/engine/containerFiles/changes';
import { listFolder } from '../../electron/engine/containerFiles/folderListing';
import type { InvokeChannel } from '../../electron/shared/contract';
import type { ErrorCode } from '../../electron/shared/errors';
import { SEED } from '../support/fixtures';
import { call, rawDocker, testBackend } from '../support/testEngine';

const backend = testBackend();
const docker = rawDocker();

const STOPPED = 'gt-files-stopped';
const RUNNING = 'gt-files-running';
const MANY = 'gt-files-many';
const MISSING = 'gt-files-no-such-container';

const ADDED_TEXT = 'hello gantry\n';
const PASSWD_LINE = 'extra:x:1:1::/:/bin/sh\n';
/** The seed's /etc/passwd (test/support/seed.sh), which the container appends to. */
const SEED_PASSWD = 'root:x:0:0:root:/root:/bin/sh\n';
/** "&", "=", "?", "#" and a space: a path that would break the query if it were not encoded. */
const ODD_NAME = 'a&b=c?d#e f';
const BIG_BYTES = 65 * 1024 * 1024;
const MIB = 1024 * 1024;

/** Adds, modifies and deletes files of the image (not /etc/hostname, hosts or resolv.conf: Docker mounts those). */
const WRITES = [
  `printf '${ADDED_TEXT.replace('\n', '\\n')}' > /etc/gantry-added.txt`,
  `printf '${PASSWD_LINE.replace('\n', '\\n')}' >> /etc/passwd`,
  'rm /bin/vi',
  'mkdir -p /opt/gantry/deep',
  'printf abc > /opt/gantry/deep/three',
  'printf 12345 > /opt/gantry/five',
  `printf odd > '/opt/gantry/${ODD_NAME}'`,
  'ln -s ../../etc/passwd /opt/gantry/pw',
  'ln -s opt/gantry /optlink',
  'ln -s /nowhere /dangling',
  `dd if=/dev/zero of=/tmp/big bs=${MIB} count=${BIG_BYTES / MIB} 2>/dev/null`,
].join(' && ');

async function removeContainer(name: string): Promise<void> {
  await docker
    .getContainer(name)
    .remove({ force: true })
    .catch(() => undefined);
}

async function failure(channel: InvokeChannel, input: unknown) {
  const answer = await backend.router.invoke(channel, input);
  if (answer.ok) throw new Error(`${channel} succeeded, but a failure was expected`);
  return answer.error;
}

async function expectFailure(channel: InvokeChannel, input: unknown, code: ErrorCode, words: string): Promise<void> {
  const error = await failure(channel, input);
  expect(error.code).toBe(code);
  expect(error.message).toContain(words);
}

/** Entry names and bodies of a tar. */
async function tarEntries(data: Buffer): Promise<{ name: string; type: string; body: string }[]> {
  const extract = tar.extract();
  Readable.from([data]).pipe(extract);
  const entries: { name: string; type: string; body: string }[] = [];
  for await (const entry of extract) {
    const parts: Buffer[] = [];
    for await (const chunk of entry) parts.push(chunk as Buffer);
    entries.push({ name: entry.header.name, type: entry.header.type ?? '', body: Buffer.concat(parts).toString() });
  }
  return entries;
}

let running: Docker.Container;

beforeAll(async () => {
  await Promise.all([removeContainer(STOPPED), removeContainer(RUNNING), removeContainer(MANY)]);
  const stopped = await docker.createContainer({
    name: STOPPED,
    Image: SEED.images.busybox,
    Cmd: ['sh', '-c', WRITES],
  });
  await stopped.start();
  const exit = (await stopped.wait()) as { StatusCode: number };
  expect(exit.StatusCode).toBe(0);

  running = await docker.createContainer({
    name: RUNNING,
    Image: SEED.images.busybox,
    Cmd: ['sh', '-c', 'echo running > /tmp/live; trap "exit 0" TERM; sleep 100000 & wait'],
  });
  await running.start();
  // The write races the test: wait until the Engine shows it.
  for (let tries = 0; tries < 100; tries += 1) {
    const changes = ((await running.changes()) ?? []) as { Path: string }[];
    if (changes.some((change) => change.Path === '/tmp/live')) break;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}, 120_000);

afterAll(async () => {
  await Promise.all([removeContainer(STOPPED), removeContainer(RUNNING), removeContainer(MANY)]);
  await backend.dispose();
});

describe('containers.changes', () => {
  it('lists exactly what the container added, changed and deleted, with the sizes of the changed files', async () => {
    const { changes, sizes } = await call(backend, 'containers.changes', { id: STOPPED });
    // Every written path, plus (as the Engine reports) the folders whose entries changed —
    // /bin, /etc and /tmp of the image as modified; the root itself never.
    expect(changes).toEqual([
      { path: '/bin', kind: 'modified' },
      { path: '/bin/vi', kind: 'deleted' },
      { path: '/dangling', kind: 'added' },
      { path: '/etc', kind: 'modified' },
      { path: '/etc/gantry-added.txt', kind: 'added' },
      { path: '/etc/passwd', kind: 'modified' },
      { path: '/opt', kind: 'added' },
      { path: '/opt/gantry', kind: 'added' },
      { path: `/opt/gantry/${ODD_NAME}`, kind: 'added' },
      { path: '/opt/gantry/deep', kind: 'added' },
      { path: '/opt/gantry/deep/three', kind: 'added' },
      { path: '/opt/gantry/five', kind: 'added' },
      { path: '/opt/gantry/pw', kind: 'added' },
      { path: '/optlink', kind: 'added' },
      { path: '/tmp', kind: 'modified' },
      { path: '/tmp/big', kind: 'added' },
    ]);
    // Regular files only: not the folders, the three links or the deleted /bin/vi.
    expect(sizes).toEqual({
      '/etc/gantry-added.txt': ADDED_TEXT.length,
      '/etc/passwd': SEED_PASSWD.length + PASSWD_LINE.length,
      [`/opt/gantry/${ODD_NAME}`]: 3,
      '/opt/gantry/deep/three': 3,
      '/opt/gantry/five': 5,
      '/tmp/big': BIG_BYTES,
    });
  });

  it('gives no sizes when more files changed than it stats', async () => {
    const count = SIZE_STAT_LIMIT + 1;
    const many = await docker.createContainer({
      name: MANY,
      Image: SEED.images.busybox,
      Cmd: ['sh', '-c', `mkdir /data && i=0 && while [ $i -lt ${count} ]; do echo $i > /data/f$i; i=$((i+1)); done`],
    });
    await many.start();
    await many.wait();
    const { changes, sizes } = await call(backend, 'containers.changes', { id: MANY });
    expect(changes.length).toBe(count + 1); // and /data itself
    expect(changes.filter((change) => change.kind === 'added').length).toBe(count + 1);
    expect(sizes).toEqual({});
  });

  it('is empty for a container that wrote nothing, and NOT_FOUND for a missing one', async () => {
    const created = SEED.containers.created.name;
    expect(await call(backend, 'containers.changes', { id: created })).toEqual({ changes: [], sizes: {} });
    await expectFailure('containers.changes', { id: MISSING }, 'NOT_FOUND', `container ${MISSING} was not found`);
  });
});

describe('containers.files', () => {
  it("lists a stopped container's /etc: its files with their sizes, Docker's own files and the mtab link", async () => {
    const listing = await call(backend, 'containers.files', { id: STOPPED, path: '/etc' });
    expect(listing.path).toBe('/etc');
    expect(listing.truncated).toBe(false);
    // The image's passwd, the added file, and what Docker adds to every container's /etc.
    expect(listing.entries.map((e) => e.name)).toEqual([
      'gantry-added.txt',
      'hostname',
      'hosts',
      'mtab',
      'passwd',
      'resolv.conf',
    ]);
    const byName = new Map(listing.entries.map((e) => [e.name, e]));
    expect(byName.get('gantry-added.txt')).toMatchObject({
      path: '/etc/gantry-added.txt',
      type: 'file',
      size: ADDED_TEXT.length,
      mode: 0o644,
      uid: 0,
      gid: 0,
    });
    expect(byName.get('passwd')).toMatchObject({ type: 'file', size: SEED_PASSWD.length + PASSWD_LINE.length });
    expect(byName.get('mtab')).toMatchObject({ type: 'symlink', link: '/proc/mounts', size: 0 });
    const modified = byName.get('gantry-added.txt')!.modified;
    expect(Math.abs(Date.now() - modified)).toBeLessThan(10 * 60_000);
  });

  it('adds up folder sizes, lists links with their targets, and lists the root', async () => {
    const opt = await call(backend, 'containers.files', { id: STOPPED, path: '/opt/gantry' });
    expect(opt.entries.map((e) => [e.name, e.type, e.size, e.link])).toEqual([
      [ODD_NAME, 'file', 3, undefined],
      ['deep', 'dir', 3, undefined],
      ['five', 'file', 5, undefined],
      ['pw', 'symlink', 0, '../../etc/passwd'],
    ]);
    const bin = await call(backend, 'containers.files', { id: STOPPED, path: '/bin' });
    const names = bin.entries.map((e) => e.name);
    expect(names).toContain('busybox');
    expect(names).toContain('sh');
    expect(names).not.toContain('vi');
    // seed.sh makes every applet a symbolic link to busybox.
    expect(
      bin.entries.filter((e) => e.name !== 'busybox').every((e) => e.type === 'symlink' && e.link === 'busybox'),
    ).toBe(true);
    const busybox = bin.entries.find((e) => e.name === 'busybox')!;
    expect(busybox).toMatchObject({ type: 'file', mode: 0o755 });

    const root = await call(backend, 'containers.files', { id: STOPPED, path: '/' });
    const top = new Map(root.entries.map((e) => [e.name, e]));
    expect(top.get('opt')).toMatchObject({ path: '/opt', type: 'dir', size: 3 + 3 + 5 });
    expect(top.get('optlink')).toMatchObject({ path: '/optlink', type: 'symlink', link: 'opt/gantry' });
    expect(top.get('bin')).toMatchObject({ type: 'dir', size: busybox.size });
    expect(top.get('tmp')).toMatchObject({ type: 'dir', size: BIG_BYTES });
  });

  it('follows a link to a folder, keeping the path asked for, and normalises paths', async () => {
    const viaLink = await call(backend, 'containers.files', { id: STOPPED, path: '/optlink' });
    expect(viaLink.path).toBe('/optlink');
    expect(viaLink.entries.map((e) => e.path)).toEqual([
      `/optlink/${ODD_NAME}`,
      '/optlink/deep',
      '/optlink/five',
      '/optlink/pw',
    ]);
    const messy = await call(backend, 'containers.files', { id: STOPPED, path: '/etc/../opt/./gantry/deep/' });
    expect(messy.path).toBe('/opt/gantry/deep');
    expect(messy.entries.map((e) => e.path)).toEqual(['/opt/gantry/deep/three']);
    const above = await call(backend, 'containers.files', { id: STOPPED, path: '/../../opt' });
    expect(above.path).toBe('/opt');
  });

  it('refuses files and links to files, and says NOT_FOUND for missing paths and containers', async () => {
    await expectFailure(
      'containers.files',
      { id: STOPPED, path: '/etc/passwd' },
      'BAD_INPUT',
      '/etc/passwd is a file, not a folder',
    );
    await expectFailure(
      'containers.files',
      { id: STOPPED, path: '/opt/gantry/pw' },
      'BAD_INPUT',
      '/opt/gantry/pw is a symbolic link to ../../etc/passwd, which is a file, not a folder',
    );
    await expectFailure(
      'containers.files',
      { id: STOPPED, path: '/dangling' },
      'NOT_FOUND',
      `/dangling is a symbolic link to /nowhere, but /nowhere does not exist in container ${STOPPED}`,
    );
    await expectFailure(
      'containers.files',
      { id: STOPPED, path: '/nope' },
      'NOT_FOUND',
      `/nope does not exist in container ${STOPPED}`,
    );
    const below = await failure('containers.files', { id: STOPPED, path: '/etc/passwd/x' });
    expect(below).toMatchObject({ code: 'NOT_FOUND' });
    expect(below.message).toContain('a part of that path is a file');
    expect(below.message).not.toContain('overlay2'); // the Engine's text names a host folder
    await expectFailure(
      'containers.files',
      { id: MISSING, path: '/etc' },
      'NOT_FOUND',
      `container ${MISSING} was not found`,
    );
    await expectFailure('containers.files', { id: STOPPED, path: 'etc' }, 'BAD_INPUT', 'must be an absolute path');
  });

  it('stops reading a big tree at its bounds and says the listing is truncated', async () => {
    const full = await listFolder(backend.engine, STOPPED, '/');
    expect(full.truncated).toBe(false);
    // /tmp/big alone is 65 MiB of archive: a 1 MiB bound cuts the root's listing short.
    const bytes = await listFolder(backend.engine, STOPPED, '/tmp', { maxBytes: MIB, maxEntries: 1000 });
    expect(bytes.truncated).toBe(true);
    const entries = await listFolder(backend.engine, STOPPED, '/bin', { maxBytes: 256 * MIB, maxEntries: 10 });
    expect(entries.truncated).toBe(true);
    expect(entries.entries.length).toBe(9); // the folder itself is the first of the 10
  });
});

describe('containers.file', () => {
  it('reads a text file as the container wrote it, including one whose name needs encoding', async () => {
    expect(await call(backend, 'containers.file', { id: STOPPED, path: '/etc/gantry-added.txt' })).toEqual({
      path: '/etc/gantry-added.txt',
      size: ADDED_TEXT.length,
      encoding: 'utf8',
      content: ADDED_TEXT,
      truncated: false,
      binary: false,
    });
    const odd = await call(backend, 'containers.file', { id: STOPPED, path: `/opt/gantry/${ODD_NAME}` });
    expect(odd).toMatchObject({ path: `/opt/gantry/${ODD_NAME}`, content: 'odd' });
    // A link on the way is followed by the Engine (inside the container); only the last part is not.
    const viaLink = await call(backend, 'containers.file', { id: STOPPED, path: '/optlink/five' });
    expect(viaLink).toMatchObject({ path: '/optlink/five', content: '12345' });
    const passwd = await call(backend, 'containers.file', { id: STOPPED, path: '/etc/./passwd' });
    expect(passwd).toMatchObject({ path: '/etc/passwd', content: SEED_PASSWD + PASSWD_LINE });
  });

  it('flags /bin/busybox as binary and gives its first MiB as base64', async () => {
    const busybox = await call(backend, 'containers.file', { id: STOPPED, path: '/bin/busybox' });
    expect(busybox).toMatchObject({ binary: true, encoding: 'base64' });
    const data = Buffer.from(busybox.content, 'base64');
    expect(data.subarray(0, 4).toString('latin1')).toBe('\x7fELF');
    expect(data.length).toBe(Math.min(busybox.size, MIB));
    expect(busybox.truncated).toBe(busybox.size > MIB);
  });

  it('gives the first MiB of a bigger file, marked truncated', async () => {
    const big = await call(backend, 'containers.file', { id: STOPPED, path: '/tmp/big' });
    expect(big).toMatchObject({ size: BIG_BYTES, truncated: true, binary: true });
    expect(Buffer.from(big.content, 'base64').length).toBe(MIB);
  });

  it('refuses folders and links, naming the target, and says NOT_FOUND for a missing file', async () => {
    await expectFailure('containers.file', { id: STOPPED, path: '/etc' }, 'BAD_INPUT', '/etc is a folder, not a file');
    await expectFailure(
      'containers.file',
      { id: STOPPED, path: '/bin/sh' },
      'BAD_INPUT',
      '/bin/sh is a symbolic link to busybox; open /bin/busybox instead',
    );
    await expectFailure('containers.file', { id: STOPPED, path: '/etc/nope' }, 'NOT_FOUND', '/etc/nope does not exist');
    await expectFailure(
      'containers.file',
      { id: MISSING, path: '/etc/passwd' },
      'NOT_FOUND',
      `container ${MISSING} was not found`,
    );
  });
});

describe('containers.archive', () => {
  it("gives a folder's tar as the Engine writes it, named after the container and the folder", async () => {
    const archive = await call(backend, 'containers.archive', { id: STOPPED, path: '/opt/gantry' });
    expect(archive.fileName).toBe(`${STOPPED}-gantry.tar`);
    const data = Buffer.from(archive.base64, 'base64');
    expect(data.length).toBe(archive.bytes);
    const entries = await tarEntries(data);
    expect(entries.map((e) => [e.name, e.type])).toEqual([
      ['gantry/', 'directory'],
      [`gantry/${ODD_NAME}`, 'file'],
      ['gantry/deep/', 'directory'],
      ['gantry/deep/three', 'file'],
      ['gantry/five', 'file'],
      ['gantry/pw', 'symlink'],
    ]);
    expect(entries.find((e) => e.name === 'gantry/five')?.body).toBe('12345');
  });

  it('gives one file as a tar of that file', async () => {
    const archive = await call(backend, 'containers.archive', { id: STOPPED, path: '/etc/gantry-added.txt' });
    expect(archive.fileName).toBe(`${STOPPED}-gantry-added.txt.tar`);
    const entries = await tarEntries(Buffer.from(archive.base64, 'base64'));
    expect(entries).toEqual([{ name: 'gantry-added.txt', type: 'file', body: ADDED_TEXT }]);
  });

  it('refuses an archive over 64 MiB, saying how to copy it out instead', async () => {
    const error = await failure('containers.archive', { id: STOPPED, path: '/tmp/big' });
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toContain('larger than 64 MiB');
    expect(error.message).toContain(`docker cp ${STOPPED}:/tmp/big .`);
    await expectFailure('containers.archive', { id: STOPPED, path: '/nope' }, 'NOT_FOUND', '/nope does not exist');
    await expectFailure('containers.archive', { id: MISSING, path: '/etc' }, 'NOT_FOUND', 'was not found');
  });
});

describe('a running container', () => {
  it('shows its changes and files while it runs, and while it is paused', async () => {
    const { changes, sizes } = await call(backend, 'containers.changes', { id: RUNNING });
    expect(changes).toEqual([
      { path: '/tmp', kind: 'modified' },
      { path: '/tmp/live', kind: 'added' },
    ]);
    expect(sizes).toEqual({ '/tmp/live': 'running\n'.length });
    const tmp = await call(backend, 'containers.files', { id: RUNNING, path: '/tmp' });
    expect(tmp.entries.map((e) => e.name)).toEqual(['live']);
    expect(await call(backend, 'containers.file', { id: RUNNING, path: '/tmp/live' })).toMatchObject({
      content: 'running\n',
    });
    await running.pause();
    try {
      const paused = await call(backend, 'containers.file', { id: RUNNING, path: '/tmp/live' });
      expect(paused.content).toBe('running\n');
    } finally {
      await running.unpause();
    }
  });
});
