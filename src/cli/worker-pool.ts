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
    worker.on('error', (error: Error) => events.failure(error.message));
    worker.on('exit', (code) => events.failure(`exit ${code}`));
    return { post: (message, transfer) => worker.postMessage(message, transfer), terminate: () => worker.terminate() };
  }, Math.max(1, Math.min(o.size, availableParallelism() - 1)));
}
