import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';

export interface Pool<Req, Res> {
  run(request: Req, transfer?: ArrayBuffer[]): Promise<Res>;
  close(): Promise<void>;
}

export interface PoolOptions<Res> {
  /** Per request: a request that runs longer is answered with `onTimeout()` and its worker ended. */
  timeoutMs: number;
  /** At most this many workers, and one core is left to the main thread (on two cores: one worker). */
  size: number;
  workerData?: unknown;
  onTimeout: () => Res;
  onCrash: (message: string) => Res;
}

/**
 * A few long-lived workers that answer requests one at a time each. Starting a worker per file
 * cost more than reading the file; a request that times out or crashes takes its worker down and
 * the next request gets a fresh one. Replies are matched to requests by id.
 */
export function workerPool<Req, Res>(path: string, o: PoolOptions<Res>): Pool<Req, Res> {
  const capacity = Math.max(1, Math.min(o.size, availableParallelism() - 1));
  const idle: Worker[] = [];
  const all = new Set<Worker>();
  const waiting: ((w: Worker) => void)[] = [];
  let next = 0;

  const spawn = () => {
    const w = new Worker(path, { workerData: o.workerData });
    all.add(w);
    return w;
  };
  const acquire = (): Promise<Worker> => {
    const free = idle.pop();
    if (free) return Promise.resolve(free);
    if (all.size < capacity) return Promise.resolve(spawn());
    return new Promise((resolve) => waiting.push(resolve));
  };
  const release = (w: Worker) => {
    const wake = waiting.shift();
    if (wake) wake(w);
    else idle.push(w);
  };
  const discard = (w: Worker) => {
    all.delete(w);
    void w.terminate();
    waiting.shift()?.(spawn());
  };

  const run = async (request: Req, transfer: ArrayBuffer[] = []): Promise<Res> => {
    const w = await acquire();
    const id = next++;
    return new Promise<Res>((resolve) => {
      const finish = (result: Res, healthy: boolean) => {
        clearTimeout(timer);
        w.off('message', onMessage);
        w.off('error', onError);
        if (healthy) release(w);
        else discard(w);
        resolve(result);
      };
      const onMessage = (m: { id: number; result: Res }) => m.id === id && finish(m.result, true);
      const onError = (error: Error) => finish(o.onCrash(error.message), false);
      const timer = setTimeout(() => finish(o.onTimeout(), false), o.timeoutMs);
      w.on('message', onMessage);
      w.once('error', onError);
      w.postMessage({ id, request }, transfer);
    });
  };
  const close = async () => {
    const workers = [...all];
    all.clear();
    idle.length = 0;
    await Promise.all(workers.map((w) => w.terminate()));
  };
  return { run, close };
}
