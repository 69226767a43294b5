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
      // As the reader's cancel ('bỏ'), or as the cancel itself for a file still being opened or hashed
      // when it came (on a loaded machine): a file reached after the cancel is never handed to the reader.
      await expect(run).rejects.toThrow(/bỏ|abort/i);
      // Node reports an unhandled rejection after the microtasks that follow it have run.
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(unheard).toEqual([]);
    } finally {
      process.off('unhandledRejection', listen);
    }
  });

  it('hands no file to the reader once cancelled, so a reader that no longer answers cannot hold it up', async () => {
    const controller = new AbortController();
    const handed: string[] = [];
    // Opening takes a while (a slow disk, a busy machine): the cancel comes while the files are still being opened.
    const files = Array.from({ length: 4 }, (_, i) => ({ name: `${i}.xlsx`, open: () => new Promise<{ ok: true; bytes: Uint8Array; modified: number }>((resolve) => setTimeout(() => resolve({ ok: true, bytes: new Uint8Array([i]), modified: 0 }), 50)) }));
    // A reader that answers only a cancel it heard while reading: one handed a file after the cancel never answers.
    const read: ReturnReader = (r) => {
      handed.push(r.name);
      return new Promise((_, reject) => controller.signal.addEventListener('abort', () => reject(new Error('bỏ'))));
    };
    const run = compileReturns(seedPlan(), files, read, { signal: controller.signal });
    setTimeout(() => controller.abort(), 10);
    await expect(run).rejects.toThrow(/abort/i);
    expect(handed).toEqual([]);
  });
});

