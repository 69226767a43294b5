/// <reference lib="webworker" />
import { readWorkbookSync } from '../xlsx/read';

/**
 * The pane's workbook reader, off Excel's UI thread: bundled on its own (scripts/build-taskpane.mjs)
 * and started by worker-read.ts, which stops it when a read runs past its time or is cancelled.
 * One request at a time: bytes in, the ReadResult out.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;
scope.onmessage = (e: MessageEvent<{ bytes: Uint8Array }>) => {
  scope.postMessage(readWorkbookSync(e.data.bytes));
};
