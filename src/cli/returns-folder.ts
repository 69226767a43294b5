import { constants } from 'node:fs';
import { open, readdir, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import { isReturnFile } from '../app/compile';

/**
 * Files from outside read safely: regular files only, never more than a cap.
 *
 * A returns folder is filled by people and mail clients; it can hold a link to /dev/zero (read
 * without limit, it grows the process until the machine stops), a FIFO (opened plainly, it blocks
 * forever), a subfolder, or a file far too large to be a report. Each is answered with its
 * reason, never followed.
 */

/** Plans are a few hundred KB and workbooks a few MB: the same cap for plans and returns. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

export type FileProblem = 'missing' | 'directory' | 'not-a-regular-file' | 'too-large' | 'no-permission' | 'unreadable';
export type FileRead = { ok: true; bytes: Uint8Array; modified: number } | { ok: false; problem: FileProblem };

/**
 * A regular file's bytes, at most `maxBytes`. Opened without blocking (a FIFO opens at once and is
 * then refused), checked on the open descriptor (no race between looking and reading), and read
 * no further than the cap even if the file grows meanwhile.
 */
export async function readRegularFile(path: string, maxBytes = MAX_FILE_BYTES): Promise<FileRead> {
  let handle: FileHandle;
  try {
    handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    return { ok: false, problem: problemOf(error) };
  }
  try {
    const s = await handle.stat();
    if (s.isDirectory()) return { ok: false, problem: 'directory' };
    if (!s.isFile()) return { ok: false, problem: 'not-a-regular-file' };
    if (s.size > maxBytes) return { ok: false, problem: 'too-large' };
    const buffer = new Uint8Array(Math.min(s.size, maxBytes) + 1);
    let got = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, got, buffer.length - got, got);
      if (bytesRead === 0) break;
      got += bytesRead;
      // Grown past what it said it held, and past the cap: refused as too large.
      if (got === buffer.length) {
        if (got > maxBytes) return { ok: false, problem: 'too-large' };
        break;
      }
    }
    return { ok: true, bytes: got === buffer.length ? buffer : buffer.slice(0, got), modified: s.mtimeMs };
  } catch (error) {
    return { ok: false, problem: problemOf(error) };
  } finally {
    await handle.close().catch(() => {});
  }
}

function problemOf(error: unknown): FileProblem {
  const code = (error as { code?: string } | null)?.code;
  if (code === 'ENOENT' || code === 'ENOTDIR' || code === 'ELOOP') return 'missing';
  if (code === 'EACCES' || code === 'EPERM') return 'no-permission';
  if (code === 'EISDIR') return 'directory';
  return 'unreadable';
}

/**
 * The names of a returns folder that may be returns, sorted: everything but hidden files (chiso's
 * own temporary files and record among them) and Excel's '~$' lock files. Subfolders, links and
 * special files are listed too, so each is answered rather than silently skipped.
 */
export async function returnNames(folder: string): Promise<{ ok: true; names: string[] } | { ok: false; problem: FileProblem }> {
  try {
    const entries = await readdir(folder, { withFileTypes: true });
    return { ok: true, names: entries.filter((e) => isReturnFile(e.name)).map((e) => e.name).sort() };
  } catch (error) {
    const p = problemOf(error);
    return { ok: false, problem: p === 'unreadable' && (error as { code?: string }).code === 'ENOTDIR' ? 'missing' : p };
  }
}

/** The paths of a folder's candidate returns: the inputs an output must never overwrite. */
export async function returnPaths(folder: string): Promise<string[]> {
  const listed = await returnNames(folder);
  return listed.ok ? listed.names.map((n) => join(folder, n)) : [];
}
