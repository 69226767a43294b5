import type { ReadResult } from '../xlsx/read';

/** What a read in the worker answers: the reader's result, or that it ran too long or was cancelled. */
export type WorkerRead = ReadResult | { ok: false; problem: { kind: 'timeout' } };

/** Longer than any real workbook needs (the reader's limits answer hostile ones within seconds). */
const TIME_LIMIT_MS = 30_000;
const WORKER_FILE = 'taskpane/read-worker.js';

/**
 * Reads a workbook in a Web Worker so that Excel's UI thread never waits on it: a read that runs
 * past `timeoutMs` is answered 'timeout', and `signal` cancels it; both stop the worker itself
 * (terminate), so nothing keeps running. Where no worker can start (tests in Node, a host without
 * workers, the worker file missing) the file is read in the page instead.
 */
export async function readInWorker(bytes: Uint8Array, opts: { signal?: AbortSignal; timeoutMs?: number } = {}): Promise<WorkerRead> {
  opts.signal?.throwIfAborted();
  let worker: Worker;
  try {
    if (typeof Worker === 'undefined' || typeof document === 'undefined') throw new Error('no workers here');
    worker = new Worker(new URL(WORKER_FILE, document.baseURI));
  } catch {
    return inPage(bytes);
  }
  return new Promise<WorkerRead>((resolve, reject) => {
    let settled = false;
    const finish = (f: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      opts.signal?.removeEventListener('abort', onAbort);
      worker.terminate();
      f();
    };
    const timer = setTimeout(() => finish(() => resolve({ ok: false, problem: { kind: 'timeout' } })), opts.timeoutMs ?? TIME_LIMIT_MS);
    const onAbort = () => finish(() => reject(opts.signal?.reason ?? new Error('cancelled')));
    opts.signal?.addEventListener('abort', onAbort);
    worker.onmessage = (e: MessageEvent<ReadResult>) => finish(() => resolve(e.data));
    // The worker file could not load or crashed before answering: read in the page rather than fail.
    worker.onerror = (e) => {
      e.preventDefault();
      finish(() => void inPage(bytes).then(resolve, reject));
    };
    // A copy is handed over (transferred), so the caller keeps its bytes.
    const own = bytes.slice();
    worker.postMessage({ bytes: own }, [own.buffer]);
  });
}

async function inPage(bytes: Uint8Array): Promise<ReadResult> {
  const { readWorkbook } = await import('../xlsx/read');
  return readWorkbook(bytes);
}
