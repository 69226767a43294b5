import { compiler, type Compiled, type ReturnExtract } from '../agencies/compile';
import { assign, type Assignment } from '../agencies/recipients';
import type { FileProblem, Refusal } from '../agencies/refusal';
import { masterWorkbook, vietnamDay, type LogEntry } from '../master-workbook/write';
import type { Plan } from '../plan/schema';
import type { MasterData } from '../master-workbook/read';
import type { MasterPeriod } from '../master-workbook/period';
import { masterPeriod, vietnamMinute, type Round } from './periods';
import type { WorkbookSpec } from '../workbook-kit/spec';
import { openArchives } from './archives';
import type { ReturnReader } from './extract';

export { returnExtractor, type ReturnReader } from './extract';

/**
 * Compiling the workbooks agencies send back, the same in both shells: every file answered, in
 * the order given, one record of what was taken and refused, and the master. How a file is read
 * is the shell's: the command line hands each to a pool of reader workers with a time limit, the
 * pane reads in process (`returnExtractor`). Only a file's values reach the compiler.
 */

/** A returned file: its name, and its bytes and modification time when asked, or why it cannot be read. */
export interface ReturnFile {
  name: string;
  open: () => Promise<{ ok: true; bytes: Uint8Array; modified: number } | { ok: false; problem: FileProblem }>;
}

/** Every file in a folder is a return, whatever its extension (a .xls or a PDF gets its reason), but hidden files and Excel's '~$' lock files. */
export function isReturnFile(name: string): boolean {
  return !/^(\.|~\$)/.test(name);
}

export interface CompileOptions {
  /** Files read ahead of the one being merged (READ_AHEAD unless said). */
  ahead?: number;
  signal?: AbortSignal;
  onProgress?: (done: number, total: number) => void;
  /** Defaults to the plan's recipients. */
  assignments?: Assignment[];
  /** When this run sees the files (ms); defaults to the clock. */
  now?: number;
  /** What earlier runs of this round saw, from the master they wrote (its Nhật ký), by SHA-256 (or file name without one). */
  seen?: ReadonlyMap<string, { firstSeen: string | null; entered: string | null }>;
}

export interface CompileRun {
  compiled: Compiled;
  /** Each file with its SHA-256 ('' where the platform offers no Web Crypto). */
  log: LogEntry[];
}

/**
 * Files opened and handed to the reader ahead of the one being merged, in the CLI and the pane
 * alike: a reader worker holds its next file while it reads one (app/worker-pool.ts), and with two
 * ahead it sat idle whenever the page or the main thread was slow to hand over the one after (in
 * Chromium, ~1 ms a file). Four files' bytes in memory at once.
 */
export const READ_AHEAD = 4;

export async function compileReturns(plan: Plan, given: readonly ReturnFile[], read: ReturnReader, o: CompileOptions = {}): Promise<CompileRun> {
  const into = compiler(plan, o.assignments ?? assign(plan).assignments);
  // A .zip of returns: the files it holds, each a return.
  const files = await openArchives(given);
  const log: LogEntry[] = [];
  const readOne = async (f: ReturnFile): Promise<{ sha256: string; extract: ReturnExtract }> => {
    const opened = await f.open().catch(() => ({ ok: false as const, problem: 'unreadable' as const }));
    // A file that vanished, may not be read or is no regular file is answered like any other bad return, with its real cause.
    if (!opened.ok) return { sha256: '', extract: { file: f.name, modified: 0, refused: { reason: opened.problem } } };
    const { bytes, modified } = opened;
    // Hashed before the reader may take the bytes over.
    const sha256 = await sha256Hex(bytes);
    // Cancelled while this file was opened or hashed: it is not handed to a reader that may never answer now.
    o.signal?.throwIfAborted();
    const extract = await read({ name: f.name, modified, bytes });
    // A timeout or crash is answered without the file's name: put it back.
    return { sha256, extract: { ...extract, file: f.name, modified } };
  };
  const ahead: Promise<{ sha256: string; extract: ReturnExtract }>[] = [];
  const depth = Math.max(1, o.ahead ?? READ_AHEAD);
  let next = 0;
  let done = 0;
  const now = o.now ?? Date.now();
  while (next < files.length || ahead.length > 0) {
    if (o.signal?.aborted) throw new Error('cancelled');
    while (ahead.length < depth && next < files.length) {
      const reading = readOne(files[next++]!);
      // Awaited below in turn; when a cancel ends the loop first, the reads still ahead fail unheard, not as uncaught errors.
      reading.catch(() => {});
      ahead.push(reading);
    }
    const { sha256, extract } = await ahead.shift()!;
    // First seen by an earlier run of this round, or now; a day entered by hand in the master's log travels with the file.
    const before = o.seen?.get(sha256 || extract.file);
    log.push({ file: extract.file, sha256, received: extract.modified > 0 ? vietnamDay(extract.modified) : null, firstSeen: before?.firstSeen ?? vietnamMinute(now), entered: before?.entered ?? null });
    into.add(extract);
    o.onProgress?.(++done, files.length);
  }
  return { compiled: into.result(), log };
}

/** The master for Sở Nội vụ; the shell writes it (the command line with the streaming writer). */
export function masterSpec(plan: Plan, run: CompileRun, today: string, refusal: (r: Refusal, file: string) => string, round: { round: Round; previous: MasterData | null; assignments?: Assignment[]; period?: MasterPeriod } | null = null): WorkbookSpec {
  // What the round adds, when the shell has it already (it also prints its counts).
  const period = round ? (round.period ?? masterPeriod(plan, run.compiled, run.log, round.assignments ?? assign(plan).assignments, today, round.round, round.previous)) : null;
  return masterWorkbook(plan, run.compiled, run.log, today, refusal, period);
}

/** What earlier runs of a round saw, from the master they wrote: by SHA-256, or by file name where no hash was taken. */
export function seenIn(master: Pick<MasterData, 'log'>): Map<string, { firstSeen: string | null; entered: string | null }> {
  return new Map(master.log.map((l) => [l.sha256 || l.file, { firstSeen: l.firstSeen, entered: l.entered }]));
}

async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const subtle = globalThis.crypto?.subtle;
  // Not in a secure context (a pane served over plain http): the log goes without the hash.
  if (!subtle) return '';
  const digest = await subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  let hex = '';
  for (const b of new Uint8Array(digest)) hex += b.toString(16).padStart(2, '0');
  return hex;
}
