import { join } from 'node:path';
import type { ReturnExtract } from '../agencies/compile';
import type { Assignment } from '../agencies/recipients';
import { compileReturns, returnExtractor, type CompileOptions, type CompileRun, type ReturnFile, type ReturnReader } from '../app/compile';
import type { Plan } from '../plan/schema';
import { nodeInflate } from './inflate';
import { printable } from './printable';
import { readRegularFile, returnNames, type FileProblem } from './returns-folder';
import { workerPool } from './worker-pool';

/**
 * The returns in a folder, sorted by name, or why the folder cannot be listed. Every entry is
 * answered, whatever its extension or kind (a .xls, a PDF, a link to a device, a FIFO gets its
 * reason); regular files only are read, within the size cap, never followed.
 */
export async function returnFiles(folder: string): Promise<{ ok: true; files: ReturnFile[] } | { ok: false; problem: FileProblem }> {
  const listed = await returnNames(folder);
  if (!listed.ok) return listed;
  // The name as printed and kept in the master: a control character in it is shown escaped (and keeps the workbook's XML valid).
  return { ok: true, files: listed.names.map((entry) => ({ name: printable(entry), open: () => readRegularFile(join(folder, entry)) })) };
}

/**
 * The returned files of a folder, compiled by the app layer. Each file is read and reduced to its
 * values in a worker (two where the machine has cores to spare), with a time limit per file, so
 * only the values cross to the main thread and at most two workbooks are in memory however many
 * files there are. Without the bundled worker (tests run from source) files are read in process.
 */
export async function compileFolder(
  files: ReturnFile[],
  setup: { plan: Plan; assignments: Assignment[]; workerPath: string | null; timeoutMs?: number; onProgress?: (done: number, total: number) => void; period?: string | null; now?: number; seen?: CompileOptions['seen'] },
): Promise<CompileRun> {
  const { plan, assignments } = setup;
  const round = { now: setup.now, seen: setup.seen, onProgress: setup.onProgress };
  if (!setup.workerPath) return compileReturns(plan, files, returnExtractor(plan, assignments, nodeInflate, undefined, setup.period ?? null), { ahead: 2, assignments, ...round });
  const pool = workerPool<{ bytes: Uint8Array; file: string; modified: number }, ReturnExtract>(setup.workerPath, {
    timeoutMs: setup.timeoutMs ?? 30_000,
    size: 2,
    workerData: { plan, assignments, period: setup.period ?? null },
    onTimeout: () => ({ file: '', modified: 0, refused: { reason: 'timeout' } }),
    // exceljs or the reader failing on what the guard let through: damaged inside.
    onCrash: () => ({ file: '', modified: 0, refused: { reason: 'damaged' } }),
  });
  const shared = sharedWords(plan, assignments);
  const inWorker: ReturnReader = ({ name, modified, bytes }) => {
    // Handed over, not copied: a buffer of its own (never a slice of a shared pool) can be transferred.
    const own = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : bytes.slice();
    return pool.run({ bytes: own, file: name, modified }, [own.buffer as ArrayBuffer]).then(shared);
  };
  try {
    return await compileReturns(plan, files, inWorker, { ahead: 2, assignments, ...round });
  } finally {
    await pool.close();
  }
}

/**
 * A worker's answer with its repeated words made one string each: a message from a worker copies
 * every string, so a city's hundred thousand values arrived each holding its own copy of its row
 * id, its unit's name, its field and its file name (about a fifth of the compile's memory).
 * The plan's ids and units' names are the plan's own strings; a value's cell stays its own.
 */
function sharedWords(plan: Plan, assignments: Assignment[]): (e: ReturnExtract) => ReturnExtract {
  const words = new Map<string, string>();
  const keep = (s: string) => {
    const found = words.get(s);
    if (found !== undefined) return found;
    words.set(s, s);
    return s;
  };
  for (const t of plan.tasks) keep(t.id);
  for (const c of plan.criteria) keep(c.id);
  for (const a of assignments) keep(a.recipient.name);
  return (e) => {
    if (e.refused) return e;
    for (const v of e.values) {
      v.id = keep(v.id);
      v.agency = keep(v.agency);
      v.field = keep(v.field) as typeof v.field;
      v.file = e.file;
    }
    return e;
  };
}
