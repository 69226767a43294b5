import { createHash } from 'node:crypto';
import { join } from 'node:path';
import type { compiler, ReturnExtract } from '../agencies/compile';
import { returnReader, type Return } from '../agency-workbook/read';
import type { Assignment } from '../agencies/recipients';
import type { Plan } from '../plan/schema';
import { vietnamDay, type LogEntry } from '../master-workbook/write';
import { asReturn, readWorkbook } from '../xlsx/read';
import { nodeInflate } from './inflate';
import { printable } from './printable';
import { readRegularFile } from './returns-folder';
import { workerPool } from './worker-pool';

/** One returned file read through the guard (Node's zlib) and reduced to its values: in a worker, or in process. */
export async function extractFile(extract: (ret: Return) => ReturnExtract, bytes: Uint8Array, file: string, modified: number): Promise<ReturnExtract> {
  return extract(asReturn(file, modified, await readWorkbook(bytes, {}, nodeInflate)));
}

/**
 * The returned files of a folder into the compiler, strictly in the order given. Each file is
 * read and reduced to its values in a worker (two where the machine has cores to spare), with a time limit per file,
 * so only the values cross to the main thread and at most two workbooks are in memory however
 * many files there are. Each file is logged with its SHA-256.
 */
export async function readReturns(
  folder: string,
  names: string[],
  into: ReturnType<typeof compiler>,
  setup: { plan: Plan; assignments: Assignment[]; workerPath: string | null; timeoutMs?: number },
  log: LogEntry[],
): Promise<void> {
  const inProcess = returnReader(setup.plan, setup.assignments);
  const pool = setup.workerPath
    ? workerPool<{ bytes: Uint8Array; file: string; modified: number }, ReturnExtract>(setup.workerPath, {
        timeoutMs: setup.timeoutMs ?? 30_000,
        size: 2,
        workerData: { plan: setup.plan, assignments: setup.assignments },
        onTimeout: () => ({ file: '', modified: 0, refused: { reason: 'timeout' } }),
        onCrash: () => ({ file: '', modified: 0, refused: { reason: 'damaged' } }),
      })
    : null;

  const readOne = async (entry: string): Promise<{ sha256: string; extract: ReturnExtract }> => {
    const path = join(folder, entry);
    // The name as printed and kept in the master: a control character in it is shown escaped (and keeps the workbook's XML valid).
    const name = printable(entry);
    // Regular files only, within the size cap: a link to /dev/zero or a FIFO is answered, never followed.
    // A file that vanished or may not be read is answered like any other bad return, with its real cause.
    const read = await readRegularFile(path);
    if (!read.ok) return { sha256: '', extract: { file: name, modified: 0, refused: { reason: read.problem } } };
    const { bytes, modified } = read;
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    if (!pool) {
      // Tests run the CLI from source, without the bundled worker: read in process.
      return { sha256, extract: await extractFile(inProcess, bytes, name, modified) };
    }
    // Handed over, not copied: a buffer of its own (never a slice of a shared pool) can be transferred.
    const own = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : bytes.slice();
    const extract = await pool.run({ bytes: own, file: name, modified }, [own.buffer as ArrayBuffer]);
    // A timeout or crash is answered without the file's name: put it back.
    return { sha256, extract: { ...extract, file: name, modified } };
  };
  try {
    const ahead: Promise<{ sha256: string; extract: ReturnExtract }>[] = [];
    let next = 0;
    while (next < names.length || ahead.length > 0) {
      while (ahead.length < 2 && next < names.length) ahead.push(readOne(names[next++]!));
      const { sha256, extract } = await ahead.shift()!;
      log.push({ file: extract.file, sha256, received: extract.modified > 0 ? vietnamDay(extract.modified) : null });
      into.add(extract);
    }
  } finally {
    await pool?.close();
  }
}
