/// <reference lib="webworker" />
import { returnAnswers, type ReturnSetup } from '../app/extract';
import { readWorkbookSync } from '../xlsx/read';

/**
 * The pane's workbook reader, off Excel's UI thread: bundled on its own (scripts/build-taskpane.mjs)
 * and started by worker-read.ts, which keeps it between reads and stops it when a read runs past
 * its time or is cancelled. One request at a time: a workbook's bytes in, the ReadResult out; or,
 * once configured with a plan, a return's bytes in and only its values out (a ReturnExtract).
 */
export type PaneReadRequest = { kind: 'workbook'; bytes: Uint8Array } | { kind: 'return'; bytes: Uint8Array; name: string; modified: number };

const scope = self as unknown as DedicatedWorkerGlobalScope;
const returns = returnAnswers();

scope.onmessage = (e: MessageEvent<PaneReadRequest | { configure: ReturnSetup }>) => {
  const m = e.data;
  if ('configure' in m) {
    returns.configure(m.configure);
    return;
  }
  if (m.kind === 'workbook') {
    scope.postMessage(readWorkbookSync(m.bytes));
    return;
  }
  void returns.answer({ name: m.name, modified: m.modified, bytes: m.bytes }).then((r) => scope.postMessage(r));
};
