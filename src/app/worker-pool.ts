/** What `onCrash` is told for a request whose worker was closed (ended by `close`, not failed). */
export const CLOSED = 'closed';

/** How one request is answered when its worker does not: too slow, or gone. */
export interface Answers<Res> {
  /** A request that runs longer is answered with `onTimeout()` and its worker ended. */
  timeoutMs: number;
  onTimeout: () => Res;
  /** The worker failed (crashed, could not load, or was closed) while this request was its current one. */
  onCrash: (message: string) => Res | Promise<Res>;
}

/** A request as posted: made afresh for each worker it is sent to, its buffers handed over (not copied). */
export type Outgoing = () => { request: unknown; transfer: ArrayBuffer[] };

export interface Pool {
  run<Res>(make: Outgoing, answers: Answers<Res>): Promise<Res>;
  /**
   * What the requests after it need (a plan to read returns by), sent to every worker now and to
   * every worker started later, before its first request.
   */
  configure(message: unknown): void;
  /** Starts a worker now, so its start-up runs beside the caller's own. */
  warm(): void;
  /** Requests asked and not yet answered. */
  busy(): number;
  /** Ends the workers and gives back their memory, answering what they held and what waited as closed; a later request starts a fresh one (configured as before). */
  close(): Promise<void>;
}

/** A worker as the pool drives it: a Node worker thread or a browser's Web Worker, behind one face. */
export interface PoolWorker {
  post(message: unknown, transfer: ArrayBuffer[]): void;
  /** Ends the worker; the CLI waits for a thread to stop (a promise), the pane does not. */
  terminate(): unknown;
}

/**
 * What a worker posts for a request: its answer, or the words of the error it failed on. A failure
 * posted this way comes in order with the answers, so it is never blamed on the request before it.
 */
export type WorkerReply = { id: number; result: unknown } | { id: number; failed: string };

/** The reply for a request whose reading threw: its words, for the pool to answer it as crashed. */
export function failedReply(id: number, error: unknown): WorkerReply {
  return { id, failed: error instanceof Error ? error.message : String(error) };
}

/** What a started worker tells the pool: a reply, or that it failed (crashed, could not load). */
export interface WorkerEvents {
  message(m: WorkerReply): void;
  failure(message: string): void;
}

interface Job {
  id: number;
  make: Outgoing;
  answers: Answers<unknown>;
  resolve: (result: unknown) => void;
}

interface Slot {
  worker: PoolWorker;
  /** Posted to this worker, in order; the first is the one it is working on. */
  jobs: Job[];
  timer: ReturnType<typeof setTimeout> | null;
}

/** Requests a worker holds at once: the one it works on and the next, so it never waits for a round trip between them. */
const DEPTH = 2;

/**
 * A few long-lived workers that answer requests in order, the CLI's and the pane's alike (each
 * shell starts its own kind of worker: `spawn`). Starting a worker per file cost more than reading
 * the file. Each worker is handed its next request while it works on the current one: a reply,
 * then the next request, crossing between threads cost a tenth of a file's read in Node and half
 * of one in Chromium, where the worker otherwise sat idle 1.6 ms a file. A request's time limit
 * runs from when its worker starts on it; one that times out or crashes takes its worker down,
 * and the requests queued behind it go to a fresh one — which is why a request is made afresh
 * (`make`) each time it is posted: its buffers are handed over rather than copied on the worker's
 * side (copying a return's bytes there cost a quarter of a millisecond a file in Chromium), and one
 * sent again is a new copy.
 */
export function workerPool(spawn: (events: WorkerEvents) => PoolWorker, capacity: number): Pool {
  const slots = new Set<Slot>();
  const pending: Job[] = [];
  let configuration: { configure: unknown } | null = null;
  let next = 0;
  let asked = 0;

  const arm = (slot: Slot) => {
    const head = slot.jobs[0];
    slot.timer = head ? setTimeout(() => fail(slot, head.answers.onTimeout()), head.answers.timeoutMs) : null;
  };
  const answer = (job: Job | undefined, result: unknown) => {
    if (!job) return;
    asked--;
    job.resolve(result);
  };
  /** The worker's current request answered as `result`; the worker ended and what it held queued again. */
  const fail = (slot: Slot, result: unknown) => {
    if (!slots.delete(slot)) return;
    if (slot.timer) clearTimeout(slot.timer);
    void slot.worker.terminate();
    // Queued again first, in their order.
    for (let i = slot.jobs.length - 1; i >= 1; i--) pending.unshift(slot.jobs[i]!);
    answer(slot.jobs[0], result);
    dispatch();
  };
  /** Why the last worker could not start (a host without workers, a script refused), or null. */
  let refused: string | null = null;
  const start = (): Slot | null => {
    const slot: Slot = { worker: { post: () => {}, terminate: () => {} }, jobs: [], timer: null };
    try {
      slot.worker = spawn({
        message: (m) => {
          const head = slot.jobs[0];
          if (!slots.has(slot) || !head || m.id !== head.id) return;
          // A request the worker failed on takes it down as a crash does: what it held may be spoiled.
          if ('failed' in m) return fail(slot, head.answers.onCrash(m.failed));
          if (slot.timer) clearTimeout(slot.timer);
          slot.jobs.shift();
          arm(slot);
          answer(head, m.result);
          dispatch();
        },
        failure: (message) => {
          // A worker already let go (timed out, closed) that reports its end: nothing of it is waited for.
          if (!slots.has(slot)) return;
          const head = slot.jobs[0];
          fail(slot, head ? head.answers.onCrash(message) : undefined);
        },
      });
    } catch (error) {
      refused = error instanceof Error ? error.message : String(error);
      return null;
    }
    refused = null;
    if (configuration) slot.worker.post(configuration, []);
    slots.add(slot);
    return slot;
  };
  const dispatch = () => {
    while (pending.length > 0) {
      let best: Slot | null = null;
      for (const s of slots) if (s.jobs.length < DEPTH && (!best || s.jobs.length < best.jobs.length)) best = s;
      if (!best || best.jobs.length > 0) best = slots.size < capacity ? (start() ?? best) : best;
      if (!best) {
        // No worker to give them to, and none could start: each is answered as a crash, not left waiting.
        if (slots.size === 0 && refused !== null) for (const job of pending.splice(0)) answer(job, job.answers.onCrash(refused));
        return;
      }
      const job = pending.shift()!;
      const first = best.jobs.length === 0;
      best.jobs.push(job);
      const { request, transfer } = job.make();
      best.worker.post({ id: job.id, request }, transfer);
      if (first) arm(best);
    }
  };

  const run = <Res>(make: Outgoing, answers: Answers<Res>): Promise<Res> =>
    new Promise<Res>((resolve) => {
      asked++;
      pending.push({ id: next++, make, answers: answers as Answers<unknown>, resolve: resolve as (result: unknown) => void });
      dispatch();
    });
  const configure = (message: unknown) => {
    configuration = { configure: message };
    for (const s of slots) s.worker.post(configuration, []);
  };
  const warm = () => {
    if (slots.size === 0) start();
  };
  const close = async () => {
    const all = [...slots];
    slots.clear();
    // Never left waiting: what a closed worker held, and what waited for one, is answered as closed.
    const waiting = pending.splice(0);
    await Promise.all(
      all.map((s) => {
        if (s.timer) clearTimeout(s.timer);
        for (const job of s.jobs) answer(job, job.answers.onCrash(CLOSED));
        return s.worker.terminate();
      }),
    );
    for (const job of waiting) answer(job, job.answers.onCrash(CLOSED));
  };
  return { run, configure, warm, busy: () => asked, close };
}
