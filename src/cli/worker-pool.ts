import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { workerPool as pool, type Pool } from '../app/worker-pool';

export type { Answers, Pool } from '../app/worker-pool';

/**
 * The CLI's reader workers: worker threads running `path`, at most `size`, with one core left to
 * the main thread (on two cores: one). The pool itself (order, pipelining, time limits, requests
 * queued again after a crash) is the app layer's, shared with the pane.
 */
export function workerPool(path: string, o: { size: number }): Pool {
  return pool((events) => {
    const worker = new Worker(path);
    worker.on('message', events.message);
    // A thread's uncaught error comes on a channel of its own and can overtake the answer it posted
    // just before; its exit comes only after every answer it posted was delivered. So a failure is
    // acted on at the exit, with the error's words: the answer before it is never taken for a crash.
    let error: string | null = null;
    worker.on('error', (e: Error) => {
      if (error === null) error = e.message;
    });
    worker.on('exit', (code) => events.failure(error ?? `exit ${code}`));
    return { post: (message, transfer) => worker.postMessage(message, transfer), terminate: () => worker.terminate() };
  }, Math.max(1, Math.min(o.size, availableParallelism() - 1)));
}
