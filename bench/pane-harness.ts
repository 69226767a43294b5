import { compileReturns } from '../src/app/compile';
import type { Plan } from '../src/plan/schema';
import { returnsInWorker, warmReturnsWorker } from '../src/taskpane/worker-read';

/**
 * The pane's compile as AgenciesTab runs it — each return read and reduced to its values in the
 * pane's Web Worker, merged on the page — for bench/pane-worker.ts to time in Chromium. The files
 * are fetched before the clock starts (the pane reads them from the user's disk).
 */
export async function compileAsThePane(plan: Plan, urls: string[]): Promise<{ first: number; second: number; values: number }> {
  const fetched = await Promise.all(urls.map(async (url) => new Uint8Array(await (await fetch(url)).arrayBuffer())));
  const files = urls.map((url, i) => ({ name: url.slice(url.lastIndexOf('/') + 1), open: async () => ({ ok: true as const, bytes: fetched[i]!, modified: 0 }) }));
  // As AgenciesTab does it, the worker is started and given the plan when the file chooser opens,
  // a second before the files are given (choosing 150 files takes a person longer), and in that
  // second it warms up on its bundled sample (src/app/warm-up.ts); the first compile's clock starts
  // when the files are given. The second finds it warm.
  const setup = { plan, period: null };
  warmReturnsWorker(setup);
  await new Promise((resolve) => setTimeout(resolve, 1000));
  const t0 = performance.now();
  const read = returnsInWorker(setup);
  const run = await compileReturns(plan, files, read);
  const first = performance.now() - t0;
  const t1 = performance.now();
  await compileReturns(plan, files, returnsInWorker({ plan, period: null }));
  return { first, second: performance.now() - t1, values: run.compiled.values.length };
}
