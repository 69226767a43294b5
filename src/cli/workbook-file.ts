import { Worker } from 'node:worker_threads';
import type { ReadResult } from '../xlsx/read';
import { readWorkbook } from '../xlsx/read';

/** Reads a workbook from outside with a time limit: a file that makes the reader spin is answered, not waited on. */
export async function readWorkbookWithTimeout(
  bytes: Uint8Array,
  workerPath: string | null,
  timeoutMs = 30_000,
): Promise<ReadResult | { ok: false; problem: { kind: 'timeout' } }> {
  // Under tests the CLI runs from source, without the bundled worker: read in process.
  if (!workerPath) return readWorkbook(bytes);
  return new Promise((resolve) => {
    const worker = new Worker(workerPath, { workerData: bytes });
    const timer = setTimeout(() => {
      void worker.terminate();
      resolve({ ok: false, problem: { kind: 'timeout' } });
    }, timeoutMs);
    worker.once('message', (result: ReadResult) => {
      clearTimeout(timer);
      void worker.terminate();
      resolve(result);
    });
    worker.once('error', (error) => {
      clearTimeout(timer);
      resolve({ ok: false, problem: { kind: 'unreadable', message: error.message } });
    });
  });
}
