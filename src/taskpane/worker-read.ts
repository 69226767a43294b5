import type { ReturnExtract } from '../agencies/compile';
import type { ReturnReader, ReturnSetup } from '../app/extract';
import type { ReadResult } from '../xlsx/read';
import type { PaneReadRequest } from './read-worker';

/** What a read in the worker answers: the reader's result, or that it ran too long or was cancelled. */
export type WorkerRead = ReadResult | { ok: false; problem: { kind: 'timeout' } };

/** Longer than any real workbook needs (the reader's limits answer hostile ones within seconds). */
const TIME_LIMIT_MS = 30_000;
const WORKER_FILE = 'taskpane/read-worker.js';

/**
 * A worker kept between reads, with the plan it was last given to read returns by. Starting one
 * cost more than reading a return (its script compiled and its JIT warmed up again each time: the
 * pane took 15 s for 150 returns in Chromium), so a worker that answered is kept for the next
 * read; one that ran too long, was cancelled or failed is stopped.
 */
let kept: { worker: Worker; setup: ReturnSetup | null } | null = null;
/** A kept worker holds the plan and its reader's memory: let go after a minute without a read (the pane stays open all day). */
const KEEP_IDLE_MS = 60_000;
let idle: ReturnType<typeof setTimeout> | null = null;

function keep(held: { worker: Worker; setup: ReturnSetup | null }): void {
  kept = held;
  if (idle) clearTimeout(idle);
  idle = setTimeout(() => {
    if (kept === held) {
      held.worker.terminate();
      kept = null;
    }
  }, KEEP_IDLE_MS);
}

interface Answers<R> {
  /** What a read past its time limit answers. */
  timeout: () => R;
  /** The same read in the page, where no worker can start or the worker failed. */
  inPage: () => Promise<R>;
}

/**
 * One request to the pane's worker, off Excel's UI thread: a read that runs past `timeoutMs` is
 * answered `timeout()`, and `signal` cancels it; both stop the worker itself (terminate), so
 * nothing keeps running. Where no worker can start (tests in Node, a host without workers, the
 * worker file missing) it is done in the page instead.
 */
async function ask<R>(request: PaneReadRequest, setup: ReturnSetup | null, opts: { signal?: AbortSignal; timeoutMs?: number }, answers: Answers<R>): Promise<R> {
  opts.signal?.throwIfAborted();
  let held: { worker: Worker; setup: ReturnSetup | null };
  try {
    if (typeof Worker === 'undefined' || typeof document === 'undefined') throw new Error('no workers here');
    held = kept ?? { worker: new Worker(new URL(WORKER_FILE, document.baseURI)), setup: null };
    kept = null;
  } catch {
    return answers.inPage();
  }
  const { worker } = held;
  if (setup && held.setup !== setup) {
    worker.postMessage({ configure: setup });
    held.setup = setup;
  }
  return new Promise<R>((resolve, reject) => {
    let settled = false;
    const finish = (f: () => void, reusable: boolean) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      opts.signal?.removeEventListener('abort', onAbort);
      worker.onmessage = null;
      worker.onerror = null;
      // Kept for the next read only when it answered and none is kept already (reads may overlap).
      if (reusable && kept === null) keep(held);
      else worker.terminate();
      f();
    };
    const timer = setTimeout(() => finish(() => resolve(answers.timeout()), false), opts.timeoutMs ?? TIME_LIMIT_MS);
    const onAbort = () => finish(() => reject(opts.signal?.reason ?? new Error('cancelled')), false);
    opts.signal?.addEventListener('abort', onAbort);
    worker.onmessage = (e: MessageEvent<R>) => finish(() => resolve(e.data), true);
    // The worker file could not load or crashed before answering: done in the page rather than fail.
    worker.onerror = (e) => {
      e.preventDefault();
      finish(() => void answers.inPage().then(resolve, reject), false);
    };
    worker.postMessage(request, [request.bytes.buffer as ArrayBuffer]);
  });
}

/** A workbook read in the pane's worker (the caller keeps its bytes: a copy is handed over). */
export function readInWorker(bytes: Uint8Array, opts: { signal?: AbortSignal; timeoutMs?: number } = {}): Promise<WorkerRead> {
  return ask<WorkerRead>({ kind: 'workbook', bytes: bytes.slice() }, null, opts, {
    timeout: () => ({ ok: false, problem: { kind: 'timeout' } }),
    inPage: async () => (await import('../xlsx/read')).readWorkbook(bytes),
  });
}

/**
 * Returns read and reduced to their values in the pane's worker, as the command line's worker
 * does: the plan is sent once, and only a return's values come back to the page, never its
 * workbook (copying each workbook back cost more than reading it).
 */
export function returnsInWorker(setup: ReturnSetup, opts: { signal?: AbortSignal; timeoutMs?: number } = {}): ReturnReader {
  // One at a time, in order, so the one kept worker reads them all: a file asked for while the
  // previous is read waits for it (its opening and hashing on the page meanwhile are not).
  let previous: Promise<unknown> = Promise.resolve();
  return ({ name, modified, bytes }) => {
    const mine = previous.then(() =>
      ask<ReturnExtract>({ kind: 'return', bytes: bytes.slice(), name, modified }, setup, opts, {
        timeout: () => ({ file: name, modified, refused: { reason: 'timeout' } }),
        inPage: async () => (await import('../app/extract')).returnExtractor(setup.plan, setup.assignments, undefined, setup.period)({ name, modified, bytes }),
      }),
    );
    previous = mine.catch(() => {});
    return mine;
  };
}
