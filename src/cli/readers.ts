import type { ReturnExtract } from '../agencies/compile';
import type { Assignment } from '../agencies/recipients';
import { returnExtractor, type ReturnReader, type ReturnSetup } from '../app/extract';
import type { Plan } from '../plan/schema';
import { readWorkbook, type ReadResult } from '../xlsx/read';
import type { ReaderLimits } from '../xlsx/scan-read';
import { nodeInflate } from './inflate';
import type { ReadRequest } from './read-worker';
import type { Pool } from './worker-pool';
export { MASTER_LIMITS } from '../xlsx/scan-read';

export type TimedRead = ReadResult | { ok: false; problem: { kind: 'timeout' } };

/** What the default time limit answers: a workbook (plan, master, return) that makes the reader spin. */
const TIMEOUT_MS = 30_000;

/**
 * How one command reads workbooks from outside: the plan workbook, a master, the returns. The
 * installed CLI reads them in one worker kept for the whole command (bin.ts starts it before it
 * loads the rest of chiso, so its start-up and its first read warm up beside the main thread's);
 * a file that makes the reader spin is answered with a timeout, not waited on. Tests run the CLI
 * from source and read in process.
 */
export interface Readers {
  workbook(bytes: Uint8Array, o?: { limits?: Partial<ReaderLimits>; only?: readonly string[]; timeoutMs?: number }): Promise<TimedRead>;
  /** Each return reduced to its values for this plan: only the values come back, never the workbook. */
  returns(setup: ReturnSetup & { assignments: Assignment[] }, timeoutMs?: number): ReturnReader;
  close(): Promise<void>;
}

export const inProcessReaders: Readers = {
  workbook: (bytes, o = {}) => readWorkbook(bytes, o.limits ?? {}, nodeInflate, o.only),
  returns: ({ plan, assignments, period }) => returnExtractor(plan, assignments, nodeInflate, period),
  close: async () => {},
};

/** The readers of a pool of read-worker.mjs (bin.ts makes it: two workers where the machine has cores to spare). */
export function workerReaders(pool: Pool): Readers {
  /** A request carrying a copy of the bytes, handed over: the caller's stay whole, so one sent again after a crash is a new copy. */
  const posting = (request: (bytes: Uint8Array) => ReadRequest, bytes: Uint8Array) => () => {
    const copy = bytes.slice();
    return { request: request(copy), transfer: [copy.buffer] };
  };
  return {
    workbook: (bytes, o = {}) =>
      pool.run<TimedRead>(posting((b) => ({ kind: 'workbook', bytes: b, limits: o.limits, only: o.only }), bytes), {
        timeoutMs: o.timeoutMs ?? TIMEOUT_MS,
        onTimeout: () => ({ ok: false, problem: { kind: 'timeout' } }),
        onCrash: (message) => ({ ok: false, problem: { kind: 'unreadable', message } }),
      }),
    returns: (setup, timeoutMs = TIMEOUT_MS) => {
      pool.configure(setup);
      const shared = sharedWords(setup.plan, setup.assignments);
      const answers = {
        timeoutMs,
        onTimeout: (): ReturnExtract => ({ file: '', modified: 0, refused: { reason: 'timeout' } }),
        // The reader failing on what the guard let through: damaged inside.
        onCrash: (): ReturnExtract => ({ file: '', modified: 0, refused: { reason: 'damaged' } }),
      };
      return ({ name, modified, bytes }) => pool.run(posting((b) => ({ kind: 'return', bytes: b, file: name, modified }), bytes), answers).then(shared);
    },
    close: () => pool.close(),
  };
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
