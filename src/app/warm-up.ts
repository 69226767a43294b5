import { assign } from '../agencies/recipients';
import { returnReader } from '../agency-workbook/read';
import type { Plan } from '../plan/schema';
import type { RawInflate } from '../xlsx/guard';
import { asReturn, readWorkbookSync } from '../xlsx/read';
import sample from './warm-up-sample.json';

/**
 * A reader worker's first compile runs at about half the speed of its second: the engine makes a
 * function fast only after it has run a while (in Chromium the pane's first compile of 150 returns
 * took 0.45 s longer than its second, where the command line's took 0.1 s longer). The pane starts
 * its worker when the file chooser opens, and a person takes seconds to choose: in that time the
 * worker reads a bundled return over and over — a department's, of the bundled plan cut down to it,
 * filled in (tests/support/warm-up-sample.ts writes it) — through the same reader and agency reader
 * as a real return, so their code is ready when the files come.
 *
 * It works in slices of `sliceMs`, pausing between them (`pause`), for at most `budgetMs` of work in
 * all, and stops at the first slice boundary after `stop()` says a real request has come: a person
 * who chooses at once waits at most one slice longer.
 */
export async function warmUp(opts: { budgetMs: number; sliceMs: number; pause: () => Promise<void>; stop: () => boolean; now: () => number; inflate?: RawInflate }): Promise<{ reads: number }> {
  const bytes = base64Bytes(sample.xlsx);
  // Checked against the plan schema by tests/app/warm-up.test.ts; not parsed here (zod's schemas
  // would cost the worker's start more than the warm-up saves).
  const plan = sample.plan as Plan;
  const extract = returnReader(plan, assign(plan).assignments);
  let reads = 0;
  let spent = 0;
  while (spent < opts.budgetMs && !opts.stop()) {
    const t0 = opts.now();
    while (opts.now() - t0 < opts.sliceMs) {
      extract(asReturn('warm-up.xlsx', 0, readWorkbookSync(bytes, {}, opts.inflate)));
      reads++;
    }
    spent += opts.now() - t0;
    await opts.pause();
  }
  return { reads };
}

function base64Bytes(text: string): Uint8Array {
  const raw = atob(text);
  const bytes = new Uint8Array(raw.length);
  for (let i = 0; i < raw.length; i++) bytes[i] = raw.charCodeAt(i);
  return bytes;
}
