/// <reference lib="webworker" />
import type { Assignment } from '../agencies/recipients';
import { returnExtractor, type ReturnReader } from '../app/extract';
import type { Plan } from '../plan/schema';
import { readWorkbookSync } from '../xlsx/read';

/**
 * The pane's workbook reader, off Excel's UI thread: bundled on its own (scripts/build-taskpane.mjs)
 * and started by worker-read.ts, which keeps it between reads and stops it when a read runs past
 * its time or is cancelled. One request at a time: a workbook's bytes in, the ReadResult out; or,
 * once configured with a plan, a return's bytes in and only its values out (a ReturnExtract).
 */
export interface PaneReturnSetup {
  plan: Plan;
  /** The plan's recipients; worked out here from the plan when not given. */
  assignments?: Assignment[];
  period: string | null;
}

export type PaneReadRequest = { kind: 'workbook'; bytes: Uint8Array } | { kind: 'return'; bytes: Uint8Array; name: string; modified: number };

const scope = self as unknown as DedicatedWorkerGlobalScope;
let extract: ReturnReader | null = null;

scope.onmessage = (e: MessageEvent<PaneReadRequest | { configure: PaneReturnSetup }>) => {
  const m = e.data;
  if ('configure' in m) {
    extract = returnExtractor(m.configure.plan, m.configure.assignments, undefined, m.configure.period);
    return;
  }
  if (m.kind === 'workbook') {
    scope.postMessage(readWorkbookSync(m.bytes));
    return;
  }
  const { name, modified } = m;
  // Never without a plan (worker-read.ts configures first); said as unreadable rather than left unanswered.
  if (!extract) scope.postMessage({ file: name, modified, refused: { reason: 'unreadable' } });
  else extract({ name, modified, bytes: m.bytes }).then(
    (r) => scope.postMessage(r),
    () => scope.postMessage({ file: name, modified, refused: { reason: 'unreadable' } }),
  );
};
