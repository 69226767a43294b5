import type { ReturnExtract } from '../agencies/compile';
import { assign, type Assignment } from '../agencies/recipients';
import { returnReader } from '../agency-workbook/read';
import type { Plan } from '../plan/schema';
import type { RawInflate } from '../xlsx/guard';

/**
 * A returned file reduced to its values, where it is read: the CLI's reader worker imports this
 * and nothing of the master or the periods (whose zod schemas alone took 95 ms of every worker's start).
 */

/** Reads one file and reduces it to its values (ReturnExtract). May take the bytes over (a worker transfer). */
export type ReturnReader = (file: { name: string; modified: number; bytes: Uint8Array }) => Promise<ReturnExtract>;

/**
 * The streaming reader, then the agency workbook's reader, where it runs (the CLI's reader worker,
 * the pane's Web Worker, or in process); `period` is the round being compiled (a return of
 * another is refused).
 */
export function returnExtractor(plan: Plan, assignments: Assignment[] = assign(plan).assignments, inflate?: RawInflate, period: string | null = null): ReturnReader {
  const extract = returnReader(plan, assignments, { period });
  // Loaded once, when the first return is read (the pane's page loads it only where no worker can start).
  let xlsx: Promise<typeof import('../xlsx/read')> | null = null;
  return async ({ name, modified, bytes }) => {
    xlsx ??= import('../xlsx/read');
    const { asReturn, readWorkbookSync } = await xlsx;
    return extract(asReturn(name, modified, readWorkbookSync(bytes, {}, inflate)));
  };
}


/** What a reader worker reads returns by: the plan, its recipients (worked out from the plan when not given) and the round. */
export interface ReturnSetup {
  plan: Plan;
  assignments?: Assignment[];
  period: string | null;
}

/**
 * A reader worker's side of reading returns, the CLI's and the pane's alike: configured with a
 * plan, it answers a return with its values; one it cannot read, or one asked for before any plan,
 * is answered as unreadable rather than left unanswered.
 */
export function returnAnswers(inflate?: RawInflate): { configure(setup: ReturnSetup): void; answer: ReturnReader } {
  let extract: ReturnReader | null = null;
  return {
    configure: (setup) => {
      extract = returnExtractor(setup.plan, setup.assignments, inflate, setup.period);
    },
    answer: (file) => {
      const unreadable: ReturnExtract = { file: file.name, modified: file.modified, refused: { reason: 'unreadable' } };
      return extract ? extract(file).catch(() => unreadable) : Promise.resolve(unreadable);
    },
  };
}
