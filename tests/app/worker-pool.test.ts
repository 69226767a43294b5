import { workerPool as startPool, type Pool, type PoolWorker, type WorkerEvents } from '../../src/app/worker-pool';

/**
 * The pool the CLI and the pane both read through, driven with workers of our own making: what
 * each worker is handed, and when, is seen exactly (tests/cli/workers.test.ts runs it with real
 * worker threads, tests/e2e/read-worker.test.ts with Chromium's Web Workers).
 */

interface Fake {
  events: WorkerEvents;
  posted: { message: unknown; transferred: number }[];
  /** Requests it has answered. */
  answered: number;
  terminated: boolean;
}

function fakes(o: { refuse?: boolean } = {}) {
  const started: Fake[] = [];
  const spawn = (events: WorkerEvents) => {
    if (o.refuse) throw new Error('no workers here');
    const w: Fake = { events, posted: [], answered: 0, terminated: false };
    started.push(w);
    return { post: (message: unknown, transfer: ArrayBuffer[]) => void w.posted.push({ message, transferred: transfer.length }), terminate: () => void (w.terminated = true) };
  };
  /** The requests a worker was given, in order (not its configuration). */
  const requests = (w: Fake) => w.posted.flatMap((p) => ('request' in (p.message as object) ? [(p.message as { request: unknown }).request] : []));
  /** The worker answers its oldest request it has not answered yet. */
  const reply = (w: Fake, result: unknown) => {
    const asked = w.posted.filter((p) => 'id' in (p.message as object)).map((p) => (p.message as { id: number }).id);
    w.events.message({ id: asked[w.answered++]!, result });
  };
  return { started, spawn, requests, reply };
}

const answers = { timeoutMs: 1_000, onTimeout: (): unknown => 'timeout', onCrash: (m: string): unknown => `crash: ${m}` };
/** A request with nothing to hand over. */
const plain = (request: unknown) => () => ({ request, transfer: [] });

/** Every pool a test starts is closed after it, so no request's timer outlives the test. */
const started: Pool[] = [];
function workerPool(spawn: (events: WorkerEvents) => PoolWorker, capacity: number): Pool {
  const pool = startPool(spawn, capacity);
  started.push(pool);
  return pool;
}

describe('the worker pool', () => {
  afterEach(async () => {
    for (const pool of started.splice(0)) await pool.close();
    jest.useRealTimers();
  });

  it('hands a worker its next request while it works on the current one, and no more', async () => {
    const f = fakes();
    const pool = workerPool(f.spawn, 1);
    const results = ['a', 'b', 'c'].map((r) => pool.run(plain(r), answers));
    expect(f.started).toHaveLength(1);
    // Two held at once: the worker never waits for a round trip between files.
    expect(f.requests(f.started[0]!)).toEqual(['a', 'b']);
    f.reply(f.started[0]!, 'A');
    expect(f.requests(f.started[0]!)).toEqual(['a', 'b', 'c']);
    f.reply(f.started[0]!, 'B');
    f.reply(f.started[0]!, 'C');
    expect(await Promise.all(results)).toEqual(['A', 'B', 'C']);
    expect(pool.busy()).toBe(0);
  });

  it('makes a request afresh each time it posts it, its buffers handed over: one sent again after a crash is a new copy', async () => {
    const f = fakes();
    const pool = workerPool(f.spawn, 1);
    const made: ArrayBuffer[] = [];
    const make = (name: string) => () => {
      const buffer = new ArrayBuffer(8);
      made.push(buffer);
      return { request: name, transfer: [buffer] };
    };
    const results = [pool.run(make('a'), answers), pool.run(make('b'), answers)];
    expect(f.started[0]!.posted.map((p) => p.transferred)).toEqual([1, 1]);
    f.started[0]!.events.failure('gone');
    // 'b' was handed to the worker that failed: made again for the next one.
    expect(made).toHaveLength(3);
    expect(f.requests(f.started[1]!)).toEqual(['b']);
    f.reply(f.started[1]!, 'B');
    expect(await Promise.all(results)).toEqual(['crash: gone', 'B']);
  });

  it('times a request from when its worker starts on it, and sends what was queued behind to a fresh worker', async () => {
    jest.useFakeTimers();
    const f = fakes();
    const pool = workerPool(f.spawn, 1);
    const results = ['a', 'b', 'c'].map((r) => pool.run(plain(r), answers));
    jest.advanceTimersByTime(900);
    f.reply(f.started[0]!, 'A');
    // 'b' started at 900 ms: at 1,500 ms it has run 600, within its second.
    jest.advanceTimersByTime(600);
    expect(f.started).toHaveLength(1);
    jest.advanceTimersByTime(400);
    expect(f.started[0]!.terminated).toBe(true);
    expect(f.started).toHaveLength(2);
    expect(f.requests(f.started[1]!)).toEqual(['c']);
    f.reply(f.started[1]!, 'C');
    expect(await Promise.all(results)).toEqual(['A', 'timeout', 'C']);
  });

  it('answers the request a worker failed on as a crash, and gives the next worker what it was configured with', async () => {
    const f = fakes();
    const pool = workerPool(f.spawn, 1);
    pool.configure({ plan: 'P' });
    const results = ['a', 'b'].map((r) => pool.run(plain(r), answers));
    f.started[0]!.events.failure('out of memory');
    expect(f.started[1]!.posted[0]!.message).toEqual({ configure: { plan: 'P' } });
    f.reply(f.started[1]!, 'B');
    expect(await Promise.all(results)).toEqual(['crash: out of memory', 'B']);
  });

  it('answers a request its worker said it failed on as a crash, in order after the answer before it, and sends the rest to a fresh worker', async () => {
    const f = fakes();
    const pool = workerPool(f.spawn, 1);
    const results = ['a', 'b', 'c'].map((r) => pool.run(plain(r), answers));
    const first = f.started[0]!;
    f.reply(first, 'A');
    first.events.message({ id: 1, failed: 'Maximum call stack size exceeded' });
    expect(first.terminated).toBe(true);
    expect(f.requests(f.started[1]!)).toEqual(['c']);
    f.reply(f.started[1]!, 'C');
    expect(await Promise.all(results)).toEqual(['A', 'crash: Maximum call stack size exceeded', 'C']);
  });

  it('ignores an answer from a worker it has let go', async () => {
    jest.useFakeTimers();
    const f = fakes();
    const pool = workerPool(f.spawn, 1);
    const first = pool.run(plain('a'), answers);
    jest.advanceTimersByTime(1_000);
    const second = pool.run(plain('b'), answers);
    // The timed-out worker answers late: its answer is not taken for anyone's.
    f.reply(f.started[0]!, 'late');
    f.reply(f.started[1]!, 'B');
    expect([await first, await second]).toEqual(['timeout', 'B']);
  });

  it('answers every request as a crash where no worker can start, rather than leave it waiting', async () => {
    const pool = workerPool(fakes({ refuse: true }).spawn, 1);
    expect(await Promise.all([pool.run(plain('a'), answers), pool.run(plain('b'), answers)])).toEqual(['crash: no workers here', 'crash: no workers here']);
    expect(pool.busy()).toBe(0);
  });

  it('answers what a closed worker held as closed, and starts afresh on the next request', async () => {
    const f = fakes();
    const pool = workerPool(f.spawn, 2);
    const held = [pool.run(plain('a'), answers), pool.run(plain('b'), answers)];
    await pool.close();
    expect(await Promise.all(held)).toEqual(['crash: closed', 'crash: closed']);
    const later = pool.run(plain('c'), answers);
    f.reply(f.started.at(-1)!, 'C');
    expect(await later).toBe('C');
  });

  it('answers what waited for a worker as closed too, so a cancelled compile leaves nothing behind', async () => {
    const f = fakes();
    const pool = workerPool(f.spawn, 1);
    const all = ['a', 'b', 'c', 'd'].map((r) => pool.run(plain(r), answers));
    await pool.close();
    expect(await Promise.all(all)).toEqual(['crash: closed', 'crash: closed', 'crash: closed', 'crash: closed']);
    expect(pool.busy()).toBe(0);
    // Nothing of them is sent later, to a worker started for another request.
    const later = pool.run(plain('e'), answers);
    expect(f.requests(f.started.at(-1)!)).toEqual(['e']);
    f.reply(f.started.at(-1)!, 'E');
    expect(await later).toBe('E');
  });

  it('does not ask how to answer for a worker it let go that reports its end later', async () => {
    jest.useFakeTimers();
    const f = fakes();
    const onCrash = jest.fn((m: string): unknown => `crash: ${m}`);
    const pool = workerPool(f.spawn, 1);
    const first = pool.run(plain('a'), { ...answers, onCrash });
    jest.advanceTimersByTime(1_000);
    // A Node worker thread reports its exit after it was ended for running too long.
    f.started[0]!.events.failure('exit 1');
    expect(await first).toBe('timeout');
    expect(onCrash).not.toHaveBeenCalled();
  });

  it('spreads requests over its workers up to its capacity', () => {
    const f = fakes();
    const pool = workerPool(f.spawn, 2);
    for (const r of ['a', 'b', 'c', 'd', 'e']) void pool.run(plain(r), answers);
    expect(f.started.map((w) => f.requests(w))).toEqual([
      ['a', 'c'],
      ['b', 'd'],
    ]);
  });
});
