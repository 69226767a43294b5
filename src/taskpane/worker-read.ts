import type { ReturnExtract } from '../agencies/compile';
import type { ReturnReader, ReturnSetup } from '../app/extract';
import { CLOSED, workerPool, type Answers, type Pool, type WorkerReply } from '../app/worker-pool';
import type { ReadResult } from '../xlsx/read';
import type { PaneReadRequest } from './read-worker';

/** What a read in the worker answers: the reader's result, or that it ran too long or was cancelled. */
export type WorkerRead = ReadResult | { ok: false; problem: { kind: 'timeout' } };

/** Longer than any real workbook needs (the reader's limits answer hostile ones within seconds). */
const TIME_LIMIT_MS = 30_000;
const WORKER_FILE = 'taskpane/read-worker.js';
/** A kept worker holds the plan and its reader's memory: let go after a minute without a read (the pane stays open all day). */
const KEEP_IDLE_MS = 60_000;

/**
 * The pane's reader worker, kept between reads: starting one cost more than reading a return (its
 * script compiled and its JIT warmed up again each time: the pane took 15 s for 150 returns in
 * Chromium). The app's pool drives it as it drives the CLI's, handing it the next file while it
 * reads the current one; one that runs too long, fails or is cancelled is stopped. One worker,
 * as the CLI has on a machine of two cores: Excel's own thread needs the other.
 */
let pool: Pool | null = null;
/** The setup the pool was last configured with, so a compile's plan is sent once, not with every file. */
let configured: ReturnSetup | null = null;

/** The plan and round given to the worker: configured again only when either changed. */
function configureFor(p: Pool, setup: ReturnSetup): void {
  if (configured && configured.plan === setup.plan && configured.assignments === setup.assignments && configured.period === setup.period) return;
  p.configure(setup);
  configured = setup;
}
let idle: ReturnType<typeof setTimeout> | null = null;

/** What a worker that fails before it said it was ready reports: its file could not load (the read is then done in the page). */
const NOT_STARTED = 'the reader worker could not start';

function thePool(): Pool | null {
  if (typeof Worker === 'undefined' || typeof document === 'undefined') return null;
  pool ??= workerPool(
    (events) => {
      let worker: Worker;
      try {
        worker = new Worker(new URL(WORKER_FILE, document.baseURI));
      } catch {
        // Refused outright (a host that forbids workers): as a worker file that could not load.
        throw new Error(NOT_STARTED);
      }
      let ready = false;
      worker.onmessage = (e: MessageEvent<WorkerReply | { ready: true }>) => {
        if ('ready' in e.data) ready = true;
        else events.message(e.data);
      };
      // A worker file that could not load is told from a worker that crashed on a file (see ask).
      worker.onerror = (e) => {
        e.preventDefault();
        events.failure(ready ? e.message || 'worker error' : NOT_STARTED);
      };
      worker.onmessageerror = () => events.failure('an answer could not be read');
      return { post: (message, transfer) => worker.postMessage(message, transfer), terminate: () => worker.terminate() };
    },
    1,
  );
  return pool;
}

/** The worker let go once no read has been asked for a while. */
function releaseWhenIdle(p: Pool): void {
  if (idle) clearTimeout(idle);
  idle = setTimeout(() => {
    if (p.busy() === 0 && pool === p) void p.close();
  }, KEEP_IDLE_MS);
}

/**
 * One request to the pane's worker, off Excel's UI thread: a read that runs past `timeoutMs` is
 * answered `timeout()`, and `signal` cancels it; both stop the worker itself (terminate), so
 * nothing keeps running. Where no worker can start (tests in Node, a host without workers, the
 * worker file missing) it is done in the page instead; a file the worker crashed on is `crashed`.
 */
async function ask<R>(
  request: () => PaneReadRequest,
  setup: ReturnSetup | null,
  opts: { signal?: AbortSignal; timeoutMs?: number },
  answers: { timeout: () => R; crashed: (message: string) => R; inPage: () => Promise<R> },
): Promise<R> {
  opts.signal?.throwIfAborted();
  const p = thePool();
  if (!p) return answers.inPage();
  if (setup) configureFor(p, setup);
  const on: Answers<R> = {
    timeoutMs: opts.timeoutMs ?? TIME_LIMIT_MS,
    onTimeout: answers.timeout,
    // Cancelled: the caller has its answer (the abort), nothing is read after it. No worker could
    // start, or another read's cancel closed it: read in the page. A worker that crashed on this
    // file: the file is answered as damaged, never tried again on Excel's own thread.
    onCrash: (message) => (opts.signal?.aborted ? answers.timeout() : message === NOT_STARTED || message === CLOSED ? answers.inPage() : answers.crashed(message)),
  };
  // A copy of the caller's bytes handed over at each post: the caller keeps its own (an in-page read needs them).
  const make = () => {
    const r = request();
    return { request: r, transfer: [r.bytes.buffer as ArrayBuffer] };
  };
  const read = p.run(make, on).finally(() => releaseWhenIdle(p));
  if (!opts.signal) return read;
  const signal = opts.signal;
  return new Promise<R>((resolve, reject) => {
    const onAbort = () => {
      reject(signal.reason ?? new Error('cancelled'));
      // Stops the worker mid-read; the next read starts a fresh one.
      if (pool === p) {
        pool = null;
        configured = null;
      }
      void p.close();
    };
    signal.addEventListener('abort', onAbort, { once: true });
    read.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

/**
 * The worker started and given the plan ahead of a compile — when the user opens the file
 * chooser — so that its script loads, the plan is indexed and its reader warms up (src/app/warm-up.ts)
 * while they choose the files, as the command line starts its worker before it loads the rest of
 * chiso. Let go like any kept worker.
 */
export function warmReturnsWorker(setup: ReturnSetup): void {
  const p = thePool();
  if (!p) return;
  p.warm();
  configureFor(p, setup);
  releaseWhenIdle(p);
}

/** A workbook read in the pane's worker (the caller keeps its bytes: a copy is handed over). */
export function readInWorker(bytes: Uint8Array, opts: { signal?: AbortSignal; timeoutMs?: number } = {}): Promise<WorkerRead> {
  return ask<WorkerRead>(() => ({ kind: 'workbook', bytes: bytes.slice() }), null, opts, {
    timeout: () => ({ ok: false, problem: { kind: 'timeout' } }),
    crashed: (message) => ({ ok: false, problem: { kind: 'unreadable', message } }),
    inPage: async () => (await import('../xlsx/read')).readWorkbook(bytes),
  });
}

/**
 * Returns read and reduced to their values in the pane's worker, as the command line's worker
 * does: the plan is sent once, and only a return's values come back to the page, never its
 * workbook (copying each workbook back cost more than reading it). Files asked for while one is
 * read are queued in the worker, in order.
 */
export function returnsInWorker(setup: ReturnSetup, opts: { signal?: AbortSignal; timeoutMs?: number } = {}): ReturnReader {
  return ({ name, modified, bytes }) =>
    ask<ReturnExtract>(() => ({ kind: 'return', bytes: bytes.slice(), name, modified }), setup, opts, {
      timeout: () => ({ file: name, modified, refused: { reason: 'timeout' } }),
      // As the command line answers it: damaged inside, where the guard let it through.
      crashed: () => ({ file: name, modified, refused: { reason: 'damaged' } }),
      inPage: async () => (await import('../app/extract')).returnExtractor(setup.plan, setup.assignments, undefined, setup.period)({ name, modified, bytes }),
    });
}
