import { readFile, stat } from 'node:fs/promises';

export type InputProblem = 'missing' | 'directory' | 'too-large' | 'unreadable';

/** Plans are a few hundred KB and workbooks a few MB; far larger files are refused before they are read whole. */
const MAX_BYTES = 50 * 1024 * 1024;

/** A plan file's bytes; what they hold is for the app's format registry to say. */
export async function readInputFile(path: string): Promise<{ ok: true; bytes: Uint8Array } | { ok: false; problem: InputProblem }> {
  try {
    const s = await stat(path);
    if (s.isDirectory()) return { ok: false, problem: 'directory' };
    if (s.size > MAX_BYTES) return { ok: false, problem: 'too-large' };
  } catch {
    return { ok: false, problem: 'missing' };
  }
  try {
    return { ok: true, bytes: new Uint8Array(await readFile(path)) };
  } catch {
    return { ok: false, problem: 'unreadable' };
  }
}
