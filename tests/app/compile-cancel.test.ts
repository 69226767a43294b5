import { compileReturns } from '../../src/app/compile';
import type { ReturnReader } from '../../src/app/extract';
import { seedPlan } from '../support/seed';

/** A cancelled compile ends cleanly: every file read ahead of it is answered, none fails as an uncaught error. */

describe('a compile cancelled while files are read ahead', () => {
  it('rejects as cancelled and leaves no read failing unheard', async () => {
    const unheard: unknown[] = [];
    const listen = (reason: unknown) => unheard.push(reason);
    process.on('unhandledRejection', listen);
    try {
      const controller = new AbortController();
      const files = Array.from({ length: 8 }, (_, i) => ({ name: `${i}.xlsx`, open: async () => ({ ok: true as const, bytes: new Uint8Array([i]), modified: 0 }) }));
      // As the pane's worker reader answers a cancel: every read still waiting fails with the cancel.
      const read: ReturnReader = () => new Promise((_, reject) => controller.signal.addEventListener('abort', () => reject(new Error('bỏ'))));
      const run = compileReturns(seedPlan(), files, read, { signal: controller.signal });
      await new Promise((resolve) => setTimeout(resolve, 20));
      controller.abort();
      await expect(run).rejects.toThrow('bỏ');
      // Node reports an unhandled rejection after the microtasks that follow it have run.
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(unheard).toEqual([]);
    } finally {
      process.off('unhandledRejection', listen);
    }
  });
});
