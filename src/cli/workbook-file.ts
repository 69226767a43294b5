import type { ReadResult } from '../xlsx/read';
import { readWorkbook } from '../xlsx/read';
import type { ReaderLimits } from '../xlsx/scan-read';
export { MASTER_LIMITS } from '../xlsx/scan-read';
import { nodeInflate } from './inflate';
import { workerPool } from './worker-pool';

export type TimedRead = ReadResult | { ok: false; problem: { kind: 'timeout' } };

/**
 * A workbook from outside read with a time limit: a file that makes the reader spin is answered,
 * not waited on. Without a worker (tests run the CLI from source) it is read in process.
 */
export async function readWorkbookWithTimeout(bytes: Uint8Array, workerPath: string | null, timeoutMs = 30_000, o: { limits?: Partial<ReaderLimits>; only?: readonly string[] } = {}): Promise<TimedRead> {
  if (!workerPath) return readWorkbook(bytes, o.limits ?? {}, nodeInflate, o.only);
  const pool = workerPool<{ bytes: Uint8Array; limits?: Partial<ReaderLimits>; only?: readonly string[] }, TimedRead>(workerPath, {
    timeoutMs,
    size: 1,
    onTimeout: () => ({ ok: false, problem: { kind: 'timeout' } }),
    onCrash: (message) => ({ ok: false, problem: { kind: 'unreadable', message } }),
  });
  try {
    return await pool.run({ bytes, limits: o.limits, only: o.only });
  } finally {
    await pool.close();
  }
}
