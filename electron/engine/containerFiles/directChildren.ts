/**
 * The direct children of one folder, from the headers of that folder's archive. Pure.
 *
 * The Engine names the folder itself first, by its base name ("etc/"; "/" for the root, "./"
 * when asked for "dir/." to follow a link), and everything below it after, depth first. Names
 * are relative to the folder's parent, so an entry's absolute path is the requested folder plus
 * what follows the first entry's name. A folder's size is the sum of the regular files below it,
 * each file once (a hard link repeats no bytes in the archive, and adds none here).
 */
import type tar from 'tar-stream';
import type { ContainerDirEntry, ContainerFileType } from '../../shared/dto';
import { normalisePath } from '../layers/entryPaths';
import { entryType } from '../layers/layerSink';
import { joinPath } from './paths';

type Header = Pick<tar.Header, 'name' | 'type'> &
  Partial<Pick<tar.Header, 'size' | 'mode' | 'uid' | 'gid' | 'mtime' | 'linkname'>>;

export class DirectChildren {
  /** The first entry's name, normalised: every other name starts with it. Null before the first. */
  private root: string | null = null;
  private rootType: ContainerFileType = 'other';
  private rootLink: string | undefined;
  private readonly children = new Map<string, ContainerDirEntry>();

  /** `folder` is the absolute, canonical path that was asked for. */
  constructor(private readonly folder: string) {}

  /** What the archive turned out to be, from its first entry (null while none came). */
  first(): { type: ContainerFileType; link?: string } | null {
    return this.root === null ? null : { type: this.rootType, link: this.rootLink };
  }

  add(header: Header): void {
    const name = normalisePath(header.name);
    if (this.root === null) {
      this.root = name;
      this.rootType = entryType(header.type);
      this.rootLink = header.linkname ?? undefined;
      return;
    }
    const rest = this.relative(name);
    if (rest === null || rest === '') return; // outside the folder (never, from the Engine), or itself again
    const slash = rest.indexOf('/');
    const type = entryType(header.type);
    const size = type === 'file' ? (header.size ?? 0) : 0;
    if (slash < 0) {
      this.children.set(rest, this.entry(rest, header, type, size));
      return;
    }
    // Deeper down: only its bytes count, towards the direct child folder it sits in.
    const child = this.children.get(rest.slice(0, slash));
    if (child && size > 0) child.size += size;
  }

  /** Direct children by name (code-unit order, so the same on every machine). */
  entries(): ContainerDirEntry[] {
    return [...this.children.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  }

  /** `name` relative to the folder: "" for the folder, null when not below it. */
  private relative(name: string): string | null {
    if (this.root === '') return name;
    if (name === this.root) return '';
    return name.startsWith(`${this.root}/`) ? name.slice(this.root!.length + 1) : null;
  }

  private entry(name: string, header: Header, type: ContainerFileType, size: number): ContainerDirEntry {
    const entry: ContainerDirEntry = {
      name,
      path: joinPath(this.folder, name),
      type,
      size,
      mode: (header.mode ?? 0) & 0o7777,
      uid: header.uid ?? 0,
      gid: header.gid ?? 0,
      modified: header.mtime instanceof Date ? header.mtime.getTime() : 0,
    };
    if (type === 'symlink') entry.link = header.linkname ?? '';
    if (type === 'hardlink' && header.linkname) {
      // The link names its first path in the same archive: make it absolute too.
      const target = this.relative(normalisePath(header.linkname));
      entry.link = target ? joinPath(this.folder, target) : header.linkname;
      // Its bytes are that file's; known when the file is a sibling (the common case: bin/perl).
      const sibling = target !== null && !target.includes('/') ? this.children.get(target) : undefined;
      if (sibling?.type === 'file') entry.size = sibling.size;
    }
    return entry;
  }
}
