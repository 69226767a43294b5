import { createHash, randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { access, open, readFile, rename, stat, unlink, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';

/**
 * Outputs that never destroy inputs or work, and never leave half a file.
 *
 * - Every file is written to a temporary file in the same folder, synced to disk, then renamed
 *   over the target: the target is either the previous file or the whole new one, whatever
 *   happens (Ctrl+C, a full disk, two runs into one file). The temporary file is removed on
 *   failure.
 * - chiso keeps, beside what it writes, a record of the SHA-256 of each file it wrote there
 *   (`.chiso-written.json` in the same folder). An existing file is replaced only when its bytes
 *   are still exactly what chiso last wrote; a file someone edited (a plan workbook whose Đơn vị
 *   sheet was filled, a return filled by an agency) or that chiso did not make is replaced only
 *   with `--force`.
 * - No command writes over one of its own inputs (compared by device and inode, so a different
 *   spelling, case or a symbolic link of the same file is caught).
 */

export const RECORD_FILE = '.chiso-written.json';

/** Why a write did not happen: each is worded for the user by the strings module. */
export type WriteCause = 'interrupted' | 'disk-full' | 'no-permission' | 'failed';
export type WriteResult = { ok: true; sha256: string } | { ok: false; cause: WriteCause; detail: string };

/** The file operations the writer uses: tests inject a failing disk or a Ctrl+C through them. */
export interface WriteOps {
  open(path: string, flags: string): Promise<Pick<FileHandle, 'write' | 'sync' | 'close'>>;
  rename(from: string, to: string): Promise<void>;
  unlink(path: string): Promise<void>;
}

const NODE_OPS: WriteOps = { open: (p, f) => open(p, f, 0o644), rename, unlink };

/** Written in chunks so a Ctrl+C is noticed between them, and a full disk fails part way as it would. */
const CHUNK = 1 << 20;

/** A hidden name beside the target: the returns folder skips it, and a rename within one folder is atomic. */
export function tempNameFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}-${randomBytes(4).toString('hex')}.chiso-tmp`);
}

/**
 * `bytes` to `path` through a temporary file, fsync and rename. A SIGINT while writing stops the
 * write, removes the temporary file and answers 'interrupted' (the previous file untouched).
 * Records the SHA-256 of what it wrote in the folder's record.
 */
export async function writeAtomically(path: string, bytes: Uint8Array, ops: WriteOps = NODE_OPS): Promise<WriteResult> {
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const temp = tempNameFor(path);
  let interrupted = false;
  const onSigint = () => {
    interrupted = true;
  };
  process.on('SIGINT', onSigint);
  let handle: Pick<FileHandle, 'write' | 'sync' | 'close'> | null = null;
  let created = false;
  try {
    handle = await ops.open(temp, 'wx');
    created = true;
    for (let at = 0; at < bytes.length; at += CHUNK) {
      if (interrupted) break;
      const chunk = bytes.subarray(at, Math.min(bytes.length, at + CHUNK));
      let done = 0;
      while (done < chunk.length) done += (await handle.write(chunk, done, chunk.length - done)).bytesWritten;
    }
    if (!interrupted) await handle.sync();
    await handle.close();
    handle = null;
    if (interrupted) throw Object.assign(new Error('interrupted'), { code: 'EINTR' });
    await ops.rename(temp, path);
    created = false;
  } catch (error) {
    if (handle) await handle.close().catch(() => {});
    if (created) await ops.unlink(temp).catch(() => {});
    return { ok: false, cause: interrupted ? 'interrupted' : causeOf(error), detail: error instanceof Error ? error.message : String(error) };
  } finally {
    process.off('SIGINT', onSigint);
  }
  await record(path, sha256, ops);
  return { ok: true, sha256 };
}

function causeOf(error: unknown): WriteCause {
  const code = (error as { code?: string } | null)?.code;
  if (code === 'ENOSPC' || code === 'EDQUOT' || code === 'EFBIG') return 'disk-full';
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return 'no-permission';
  return 'failed';
}

/**
 * Per file name: the SHA-256 of what chiso last wrote, and of a few writes before it. Any of them
 * means the bytes are chiso's own (two runs into one file may record in either order).
 */
type Record = { files: { [name: string]: { sha256: string; at: string; earlier?: string[] } } };

async function readRecord(folder: string): Promise<Record> {
  try {
    const parsed = JSON.parse(await readFile(join(folder, RECORD_FILE), 'utf8')) as Partial<Record>;
    return parsed && typeof parsed.files === 'object' && parsed.files !== null ? { files: parsed.files } : { files: {} };
  } catch {
    return { files: {} };
  }
}

/** Records are kept one at a time in a process: two runs recording at once would each write back what the other had not yet added. */
let recording: Promise<void> = Promise.resolve();

/** The record is a convenience: failing to keep it only means the next run asks for --force. */
function record(path: string, sha256: string, ops: WriteOps): Promise<void> {
  const next = recording.then(() => recordNow(path, sha256, ops));
  recording = next.catch(() => {});
  return next;
}

async function recordNow(path: string, sha256: string, ops: WriteOps): Promise<void> {
  const folder = dirname(path);
  const r = await readRecord(folder);
  const prev = r.files[basename(path)];
  // What stands there now is chiso's too: another run may have renamed its file in after this one.
  const onDisk = await sha256Of(path).catch(() => null);
  const earlier = [...(onDisk !== null ? [onDisk] : []), ...(prev ? [prev.sha256, ...(Array.isArray(prev.earlier) ? prev.earlier : [])] : [])]
    .filter((h, i, all) => h !== sha256 && all.indexOf(h) === i)
    .slice(0, 4);
  r.files[basename(path)] = { sha256, at: new Date().toISOString(), earlier };
  const bytes = new TextEncoder().encode(JSON.stringify(r, null, 1) + '\n');
  const temp = tempNameFor(join(folder, RECORD_FILE));
  try {
    const h = await ops.open(temp, 'wx');
    try {
      await h.write(bytes, 0, bytes.length);
    } finally {
      await h.close();
    }
    await ops.rename(temp, join(folder, RECORD_FILE));
  } catch {
    await ops.unlink(temp).catch(() => {});
  }
}

async function sha256Of(path: string): Promise<string> {
  return createHash('sha256').update(await readFile(path)).digest('hex');
}

/** What stands at a target path, as far as replacing it goes. */
export type TargetState = 'absent' | 'ours' | 'changed';

/** 'ours' when the file's bytes are exactly what chiso last recorded writing there. */
export async function targetState(path: string): Promise<TargetState> {
  try {
    if (!(await stat(path)).isFile()) return 'changed';
  } catch {
    return 'absent';
  }
  const r = await readRecord(dirname(path));
  const entry = r.files[basename(path)];
  if (!entry?.sha256) return 'changed';
  const known = [entry.sha256, ...(Array.isArray(entry.earlier) ? entry.earlier : [])];
  try {
    return known.includes(await sha256Of(path)) ? 'ours' : 'changed';
  } catch {
    return 'changed';
  }
}

/** Problems with an output found before any work is done. */
export type TargetProblem =
  | { kind: 'is-directory' }
  | { kind: 'not-a-folder'; path?: string }
  | { kind: 'not-writable' }
  | { kind: 'is-input'; input: string }
  | { kind: 'changed' };

/** The input among `inputs` that is the same file as `output` (same device and inode), if any. */
export async function sameFileAs(output: string, inputs: string[]): Promise<string | null> {
  let out: { dev: number; ino: number };
  try {
    out = await stat(output);
  } catch {
    return null; // a file that does not exist yet is no input
  }
  for (const input of inputs) {
    try {
      const s = await stat(input);
      if (s.dev === out.dev && s.ino === out.ino) return input;
    } catch {
      // an input that cannot be stat'ed cannot be overwritten through this path either
    }
  }
  return null;
}

/** A file standing where a folder on the way to `path` must be made ('report.txt/master.xlsx'), if any. */
async function fileInTheWay(path: string): Promise<string | null> {
  for (let dir = resolve(path); dirname(dir) !== dir; dir = dirname(dir)) {
    try {
      return (await stat(dir)).isDirectory() ? null : dir;
    } catch {
      // not there yet: look further up
    }
  }
  return null;
}

/** The nearest folder that exists on the way to `path` (where the output's folder will be made). */
async function nearestFolder(path: string): Promise<string> {
  let dir = resolve(path);
  for (;;) {
    try {
      if ((await stat(dir)).isDirectory()) return dir;
    } catch {
      // not there yet: look further up
    }
    const up = dirname(dir);
    if (up === dir) return dir;
    dir = up;
  }
}

/**
 * A file output checked before any work: not a folder, writable, not one of the command's
 * inputs, and either absent or still as chiso wrote it (unless `force`).
 */
export async function checkFileTarget(output: string, inputs: string[], force: boolean): Promise<TargetProblem | null> {
  let exists = false;
  try {
    const s = await stat(output);
    if (s.isDirectory()) return { kind: 'is-directory' };
    exists = true;
  } catch {
    // absent: fine
  }
  const input = await sameFileAs(output, inputs);
  if (input) return { kind: 'is-input', input };
  const blocking = exists ? null : await fileInTheWay(dirname(resolve(output)));
  if (blocking) return { kind: 'not-a-folder', path: blocking };
  // The file itself (a read-only file is the user saying 'do not change this') and the folder the rename happens in.
  if (exists && !(await writable(output))) return { kind: 'not-writable' };
  if (!(await writable(await nearestFolder(dirname(resolve(output)))))) return { kind: 'not-writable' };
  if (exists && !force && (await targetState(output)) === 'changed') return { kind: 'changed' };
  return null;
}

/** A folder output (assemble) checked before any work: a folder or nothing yet, and writable. */
export async function checkFolderTarget(folder: string): Promise<TargetProblem | null> {
  const blocking = await fileInTheWay(folder);
  if (blocking) return { kind: 'not-a-folder', path: blocking };
  // The folder itself, or the nearest one above it where it will be made.
  return (await writable(await nearestFolder(folder))) ? null : { kind: 'not-writable' };
}

/** Writable by access(2), and not marked read-only (no write bit at all: root passes access(2) regardless). */
async function writable(path: string): Promise<boolean> {
  try {
    await access(path, constants.W_OK);
    return ((await stat(path)).mode & 0o222) !== 0;
  } catch {
    return false;
  }
}
