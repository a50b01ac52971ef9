/**
 * Paths inside a container, as the archive endpoint takes and returns them. Pure.
 *
 * A requested path is made canonical before it is sent: "." dropped, ".." resolved textually and
 * clamped at the root, no trailing slash. That is also how the Engine resolves a path for the
 * archive endpoint (filepath.Join("/", path)), so nothing reaches outside the container's root;
 * and because "." segments are dropped, a caller cannot send "/dir/." — the one spelling that
 * makes the Engine follow a final symbolic link, which only listFolder asks for, on purpose.
 */
import { normalisePath } from '../layers/entryPaths';

/** "/etc/../etc/" → "/etc"; "/.." → "/". */
export function canonicalPath(path: string): string {
  return `/${normalisePath(path)}`;
}

/** "/etc/passwd" → "passwd"; the root → "". */
export function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/** "/etc/passwd" → "/etc"; "/etc" → "/". */
export function folderOf(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash <= 0 ? '/' : path.slice(0, slash);
}

/** A child's absolute path: "/" + "bin" → "/bin", "/etc" + "passwd" → "/etc/passwd". */
export function joinPath(folder: string, child: string): string {
  return folder === '/' ? `/${child}` : `${folder}/${child}`;
}

/**
 * Where a symbolic link at `path` points, as an absolute path inside the container: an absolute
 * target as it is, a relative one from the link's folder. Textual, like canonicalPath.
 */
export function linkTargetPath(path: string, target: string): string {
  return canonicalPath(target.startsWith('/') ? target : `${folderOf(path)}/${target}`);
}

/** How messages name a container: a full 64-hex ID shortened as `docker ps` prints it. */
export function containerSubject(id: string): string {
  return `container ${/^[0-9a-f]{64}$/.test(id) ? id.slice(0, 12) : id}`;
}

/** A download name that is safe on every OS: "<container>-<basename>.tar", the root as "root". */
export function archiveFileName(containerName: string, path: string): string {
  const safe = (text: string) => text.replace(/[^A-Za-z0-9._-]+/g, '_').replace(/^\.+/, '_');
  return `${safe(containerName.replace(/^\//, ''))}-${safe(baseName(path) || 'root')}.tar`;
}
