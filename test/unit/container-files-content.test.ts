/**
 * Reading a container file's archive (one entry: its first bytes only) and a download's archive
 * (whole, or nothing past the cap), on tars built in memory; text or binary as for layer files.
 */
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { readCapped } from '../../electron/engine/containerFiles/archiveDownload';
import { readFirstEntry } from '../../electron/engine/containerFiles/fileRead';
import { looksBinary } from '../../electron/engine/layers/fileContent';
import { dir, file, layerTar, symlink } from '../support/archives';

function chunked(data: Buffer, size = 1000): Readable {
  const parts: Buffer[] = [];
  for (let at = 0; at < data.length; at += size) parts.push(data.subarray(at, at + size));
  return Readable.from(parts);
}

describe('readFirstEntry', () => {
  it('reads a whole small file', async () => {
    const first = await readFirstEntry(chunked(await layerTar([file('passwd', 'root:x:0:0\n')])), 1024);
    expect(first?.header).toMatchObject({ name: 'passwd', type: 'file', size: 11 });
    expect(first?.data.toString()).toBe('root:x:0:0\n');
  });

  it('stops at maxBytes of a bigger file and destroys the input', async () => {
    const input = chunked(await layerTar([file('big', 10_000)]), 512);
    const first = await readFirstEntry(input, 3000);
    expect(first?.data.length).toBe(3000);
    expect(first?.header.size).toBe(10_000);
    expect(input.destroyed).toBe(true);
  });

  it('gives the header alone for a folder or a link', async () => {
    const folder = await readFirstEntry(chunked(await layerTar([dir('etc/'), file('etc/passwd', 10)])), 1024);
    expect(folder).toMatchObject({ header: { name: 'etc/', type: 'directory' } });
    expect(folder?.data.length).toBe(0);
    const link = await readFirstEntry(chunked(await layerTar([symlink('sh', 'busybox')])), 1024);
    expect(link?.header).toMatchObject({ type: 'symlink', linkname: 'busybox' });
  });

  it('is null for an empty archive', async () => {
    expect(await readFirstEntry(chunked(Buffer.alloc(1024)), 1024)).toBeNull();
  });
});

describe('binary or text', () => {
  it('looks at the first 8 KiB only', () => {
    expect(looksBinary(Buffer.concat([Buffer.alloc(8192, 'a'), Buffer.from([0])]))).toBe(false);
    expect(looksBinary(Buffer.concat([Buffer.alloc(8191, 'a'), Buffer.from([0])]))).toBe(true);
    expect(looksBinary(Buffer.alloc(0))).toBe(false);
  });
});

describe('readCapped', () => {
  it('gives everything up to the cap', async () => {
    const data = Buffer.alloc(5000, 'x');
    expect(await readCapped(chunked(data), 5000)).toEqual(data);
  });

  it('gives null as soon as the cap is passed, and destroys the input', async () => {
    let served = 0;
    const input = new Readable({
      read() {
        served += 1;
        this.push(Buffer.alloc(1000));
        if (served === 1000) this.push(null);
      },
    });
    expect(await readCapped(input, 4500)).toBeNull();
    expect(input.destroyed).toBe(true);
    expect(served).toBeLessThan(20);
  });

  it('rejects when the input stops half-way', async () => {
    const input = new Readable({ read() {} });
    const reading = readCapped(input, 10_000);
    input.push(Buffer.alloc(100));
    input.destroy();
    await expect(reading).rejects.toThrow('stopped sending');
  });
});
