/** A file's mode as `ls -l` prints it: "-rwxr-xr-x", "drwxrwxrwt", "-rwsr-xr-x". */
import type { FileType } from './fileTree';

const S_IFMT = 0o170000;
const TYPE_CHAR_BY_BITS: Record<number, string> = {
  0o140000: 's',
  0o120000: 'l',
  0o100000: '-',
  0o060000: 'b',
  0o040000: 'd',
  0o020000: 'c',
  0o010000: 'p',
};

function typeChar(type: FileType, mode: number): string {
  switch (type) {
    case 'dir':
      return 'd';
    case 'symlink':
      return 'l';
    case 'file':
    case 'hardlink': // a hard link is a regular file with a second name
      return '-';
    case 'other':
      return TYPE_CHAR_BY_BITS[mode & S_IFMT] ?? '?';
  }
}

/** One rwx triplet; `special` replaces x with s/S (setuid, setgid) or t/T (sticky). */
function triplet(bits: number, special: boolean, specialChar: 's' | 't'): string {
  const x = (bits & 1) !== 0;
  const last = special ? (x ? specialChar : specialChar.toUpperCase()) : x ? 'x' : '-';
  return `${bits & 4 ? 'r' : '-'}${bits & 2 ? 'w' : '-'}${last}`;
}

export function formatMode(mode: number, type: FileType): string {
  return (
    typeChar(type, mode) +
    triplet((mode >> 6) & 7, (mode & 0o4000) !== 0, 's') +
    triplet((mode >> 3) & 7, (mode & 0o2000) !== 0, 's') +
    triplet(mode & 7, (mode & 0o1000) !== 0, 't')
  );
}
