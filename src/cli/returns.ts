import { join } from 'node:path';
import type { Assignment } from '../agencies/recipients';
import { compileReturns, type CompileOptions, type CompileRun, type ReturnFile } from '../app/compile';
import type { Plan } from '../plan/schema';
import { printable } from './printable';
import type { Readers } from './readers';
import { readRegularFile, returnNames, type FileProblem } from './returns-folder';

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
 * values by `readers` (the installed CLI's worker, with a time limit per file), so only the values
 * reach the main thread, and a few files are read ahead of the one being merged (READ_AHEAD): at most a few
 * workbooks are in memory however many files there are.
 */
export async function compileFolder(
  files: ReturnFile[],
  setup: { plan: Plan; assignments: Assignment[]; readers: Readers; timeoutMs?: number; onProgress?: (done: number, total: number) => void; period?: string | null; now?: number; seen?: CompileOptions['seen'] },
): Promise<CompileRun> {
  const { plan, assignments } = setup;
  const read = setup.readers.returns({ plan, assignments, period: setup.period ?? null }, setup.timeoutMs);
  return compileReturns(plan, files, read, { assignments, now: setup.now, seen: setup.seen, onProgress: setup.onProgress });
}
