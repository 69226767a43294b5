import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { ReturnExtract } from '../agencies/compile';
import type { Assignment } from '../agencies/recipients';
import { compileReturns, isReturnFile, returnExtractor, type CompileRun, type ReturnFile, type ReturnReader } from '../app/compile';
import type { Plan } from '../plan/schema';
import { nodeInflate } from './inflate';
import { workerPool } from './worker-pool';

/** The returns in a folder, sorted by name (null: the folder cannot be read). */
export async function returnFiles(folder: string): Promise<ReturnFile[] | null> {
  let names: string[];
  try {
    const entries = await readdir(folder, { withFileTypes: true });
    names = entries.filter((e) => (e.isFile() || e.isSymbolicLink()) && isReturnFile(e.name)).map((e) => e.name).sort();
  } catch {
    return null;
  }
  return names.map((name) => {
    const path = join(folder, name);
    return { name, open: async () => ({ bytes: new Uint8Array(await readFile(path)), modified: (await stat(path)).mtimeMs }) };
  });
}

/**
 * The returned files of a folder, compiled by the app layer. Each file is read and reduced to its
 * values in a worker (two where the machine has cores to spare), with a time limit per file, so
 * only the values cross to the main thread and at most two workbooks are in memory however many
 * files there are. Without the bundled worker (tests run from source) files are read in process.
 */
export async function compileFolder(
  files: ReturnFile[],
  setup: { plan: Plan; assignments: Assignment[]; workerPath: string | null; timeoutMs?: number },
): Promise<CompileRun> {
  const { plan, assignments } = setup;
  if (!setup.workerPath) return compileReturns(plan, files, returnExtractor(plan, assignments, nodeInflate), { ahead: 2, assignments });
  const pool = workerPool<{ bytes: Uint8Array; file: string; modified: number }, ReturnExtract>(setup.workerPath, {
    timeoutMs: setup.timeoutMs ?? 30_000,
    size: 2,
    workerData: { plan, assignments },
    onTimeout: () => ({ file: '', modified: 0, refused: 'timeout' }),
    onCrash: () => ({ file: '', modified: 0, refused: 'unreadable' }),
  });
  const inWorker: ReturnReader = ({ name, modified, bytes }) => {
    // Handed over, not copied: a buffer of its own (never a slice of a shared pool) can be transferred.
    const own = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : bytes.slice();
    return pool.run({ bytes: own, file: name, modified }, [own.buffer as ArrayBuffer]);
  };
  try {
    return await compileReturns(plan, files, inWorker, { ahead: 2, assignments });
  } finally {
    await pool.close();
  }
}
