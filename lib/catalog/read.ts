// The one guarded reader of lists/: regular files only (a symbolic link, FIFO or device is refused
// without being opened), a size limit per kind of file, and UTF-8 checked, so that no file of a pull
// request can make the loader read outside lists/, block, or exhaust memory.
import { closeSync, fstatSync, lstatSync, openSync, readSync, constants } from 'node:fs';
import type { Problem } from './problems';

/** Size limits, in bytes, by file name inside an entry folder. */
export const FILE_LIMITS: Record<string, number> = {
  'README.md': 256 * 1024,
  'metrics.json': 2 * 1024 * 1024,
  'rules.test.yml': 512 * 1024,
};
export const DEFAULT_FILE_LIMIT = 256 * 1024;

export type ReadResult = { ok: true; text: string } | { ok: false; problem: Problem };

function kindOf(mode: number): string {
  const type = mode & constants.S_IFMT;
  if (type === constants.S_IFLNK) return 'a symbolic link';
  if (type === constants.S_IFIFO) return 'a FIFO';
  if (type === constants.S_IFCHR || type === constants.S_IFBLK) return 'a device';
  if (type === constants.S_IFSOCK) return 'a socket';
  if (type === constants.S_IFDIR) return 'a folder';
  return 'not a regular file';
}

function kib(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(bytes % (1024 * 1024) === 0 ? 0 : 1)} MiB` : `${Math.ceil(bytes / 1024)} KiB`;
}

/** Line (1-based) of the first byte that is not valid UTF-8, or null when all of it is. */
function firstInvalidUtf8Line(bytes: Buffer): number | null {
  let line = 1;
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    if (b === 0x0a) line++;
    let need = 0;
    if (b < 0x80) need = 0;
    else if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) need = 2;
    else if (b >= 0xf0 && b <= 0xf4) need = 3;
    else return line;
    if (i + need >= bytes.length) return line;
    for (let k = 1; k <= need; k++) if ((bytes[i + k] & 0xc0) !== 0x80) return line;
    // Overlong three- and four-byte forms, surrogates and code points above U+10FFFF.
    if (b === 0xe0 && bytes[i + 1] < 0xa0) return line;
    if (b === 0xed && bytes[i + 1] > 0x9f) return line;
    if (b === 0xf0 && bytes[i + 1] < 0x90) return line;
    if (b === 0xf4 && bytes[i + 1] > 0x8f) return line;
    i += need + 1;
  }
  return null;
}

/** Is this path a symbolic link (whatever it points to, or nothing)? */
export function isLink(file: string): boolean {
  try {
    return lstatSync(file).isSymbolicLink();
  } catch {
    return false;
  }
}

/** Is this path a real folder (not a link to one)? */
export function isRealDirectory(file: string): boolean {
  try {
    return lstatSync(file).isDirectory();
  } catch {
    return false;
  }
}

/**
 * Reads one file of lists/ as UTF-8 text. `display` is the path used in problems. Never follows a
 * symbolic link (lstat, then open with O_NOFOLLOW and check the opened file again), never reads past
 * the limit, and reports every refusal as a coded problem instead of throwing.
 */
export function readListFile(file: string, display: string, limit: number): ReadResult {
  const refuse = (line: number, code: Problem['code'], message: string): ReadResult => ({ ok: false, problem: { file: display, line, code, message } });
  let st;
  try {
    st = lstatSync(file);
  } catch {
    return refuse(1, 'E001', `${display} cannot be read; check that it exists and is readable`);
  }
  if (!st.isFile()) return refuse(1, 'E034', `${display} is ${kindOf(st.mode)}; commit the file itself, not a link or special file`);
  if (st.size > limit) return refuse(1, 'E035', `${display} is ${kib(st.size)}, over the limit of ${kib(limit)}; shorten it or split the content`);
  let fd: number;
  try {
    fd = openSync(file, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch {
    return refuse(1, 'E034', `${display} could not be opened as a regular file; commit the file itself, not a link or special file`);
  }
  try {
    const opened = fstatSync(fd);
    if (!opened.isFile()) return refuse(1, 'E034', `${display} is ${kindOf(opened.mode)}; commit the file itself, not a link or special file`);
    // Read at most limit + 1 bytes, whatever the size said: the file may have grown since.
    const buffer = Buffer.alloc(Math.min(opened.size, limit) + 1);
    let length = 0;
    while (length < buffer.length) {
      const n = readSync(fd, buffer, length, buffer.length - length, null);
      if (n === 0) break;
      length += n;
    }
    if (length > limit) return refuse(1, 'E035', `${display} is over the limit of ${kib(limit)}; shorten it or split the content`);
    const bytes = buffer.subarray(0, length);
    const bad = firstInvalidUtf8Line(bytes);
    if (bad !== null) return refuse(bad, 'E036', `${display} is not valid UTF-8 at line ${bad}; save the file as UTF-8`);
    const text = bytes.toString('utf8');
    return { ok: true, text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
  } finally {
    closeSync(fd);
  }
}
