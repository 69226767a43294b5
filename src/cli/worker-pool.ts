import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';

/** How one request is answered when its worker does not: too slow, or gone. */
export interface Answers<Res> {
  /** A request that runs longer is answered with `onTimeout()` and its worker ended. */
  timeoutMs: number;
  onTimeout: () => Res;
  onCrash: (message: string) => Res;
}

export interface Pool {
  run<Res>(request: unknown, answers: Answers<Res>, transfer?: ArrayBuffer[]): Promise<Res>;
  /**
   * What the requests after it need (a plan to read returns by), sent to every worker now and to
   * every worker started later, before its first request.
   */
  configure(message: unknown): void;
  /** Starts a worker now, so its start-up runs beside the caller's own. */
  warm(): void;
  /** Ends the workers and gives back their memory; a later request starts a fresh one (configured as before). */
  close(): Promise<void>;
}

interface Job {
  id: number;
  request: unknown;
  transfer: ArrayBuffer[];
  answers: Answers<unknown>;
  resolve: (result: unknown) => void;
}

interface Slot {
  worker: Worker;
  /** Posted to this worker, in order; the first is the one it is working on. */
  jobs: Job[];
  timer: ReturnType<typeof setTimeout> | null;
}

/** Requests a worker holds at once: the one it works on and the next, so it never waits for a round trip between them. */
const DEPTH = 2;

/**
 * A few long-lived workers that answer requests in order. Starting a worker per file cost more
 * than reading the file. Each worker is handed its next request while it works on the current
 * one (a reply, then the next request, crossing between threads cost a tenth of a file's read).
 * A request's time limit runs from when its worker starts on it; one that times out or crashes
 * takes its worker down, and the requests queued behind it go to a fresh one — which is why only
 * a worker's current request has its buffers transferred: a queued one is copied, so it can be
 * sent again. At most `size` workers, and one core is left to the main thread (on two cores: one).
 */
export function workerPool(path: string, o: { size: number }): Pool {
  const capacity = Math.max(1, Math.min(o.size, availableParallelism() - 1));
  const slots = new Set<Slot>();
  const pending: Job[] = [];
  let configuration: { configure: unknown } | null = null;
  let next = 0;

  const arm = (slot: Slot) => {
    const head = slot.jobs[0];
    slot.timer = head ? setTimeout(() => fail(slot, head.answers.onTimeout()), head.answers.timeoutMs) : null;
  };
  /** The worker's current request answered as `result`; the worker ended and what it held queued again. */
  const fail = (slot: Slot, result: unknown) => {
    if (!slots.delete(slot)) return;
    if (slot.timer) clearTimeout(slot.timer);
    void slot.worker.terminate();
    const head = slot.jobs[0];
    // Queued again first, in their order.
    for (let i = slot.jobs.length - 1; i >= 1; i--) pending.unshift(slot.jobs[i]!);
    head?.resolve(result);
    dispatch();
  };
  const spawn = (): Slot => {
    const slot: Slot = { worker: new Worker(path), jobs: [], timer: null };
    if (configuration) slot.worker.postMessage(configuration);
    slot.worker.on('message', (m: { id: number; result: unknown }) => {
      const head = slot.jobs[0];
      if (!head || m.id !== head.id) return;
      if (slot.timer) clearTimeout(slot.timer);
      slot.jobs.shift();
      arm(slot);
      head.resolve(m.result);
      dispatch();
    });
    slot.worker.on('error', (error: Error) => fail(slot, slot.jobs[0]?.answers.onCrash(error.message)));
    slot.worker.on('exit', (code) => fail(slot, slot.jobs[0]?.answers.onCrash(`exit ${code}`)));
    slots.add(slot);
    return slot;
  };
  const dispatch = () => {
    while (pending.length > 0) {
      let best: Slot | null = null;
      for (const s of slots) if (s.jobs.length < DEPTH && (!best || s.jobs.length < best.jobs.length)) best = s;
      if (!best || best.jobs.length > 0) best = slots.size < capacity ? spawn() : best;
      if (!best) return;
      const job = pending.shift()!;
      const first = best.jobs.length === 0;
      best.jobs.push(job);
      best.worker.postMessage({ id: job.id, request: job.request }, first ? job.transfer : []);
      if (first) arm(best);
    }
  };

  const run = <Res>(request: unknown, answers: Answers<Res>, transfer: ArrayBuffer[] = []): Promise<Res> =>
    new Promise<Res>((resolve) => {
      pending.push({ id: next++, request, transfer, answers, resolve: resolve as (result: unknown) => void });
      dispatch();
    });
  const configure = (message: unknown) => {
    configuration = { configure: message };
    for (const s of slots) s.worker.postMessage(configuration);
  };
  const warm = () => {
    if (slots.size === 0) spawn();
  };
  const close = async () => {
    const all = [...slots];
    slots.clear();
    await Promise.all(
      all.map((s) => {
        if (s.timer) clearTimeout(s.timer);
        // Never left waiting: what a closed worker held is answered as a crash.
        for (const job of s.jobs) job.resolve(job.answers.onCrash('closed'));
        return s.worker.terminate();
      }),
    );
  };
  return { run, configure, warm, close };
}
