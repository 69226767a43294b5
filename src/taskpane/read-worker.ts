/// <reference lib="webworker" />
import { returnAnswers, type ReturnSetup } from '../app/extract';
import { warmUp } from '../app/warm-up';
import { failedReply, type WorkerReply } from '../app/worker-pool';
import { readWorkbookSync } from '../xlsx/read';

/**
 * The pane's workbook reader, off Excel's UI thread: bundled on its own (scripts/build-taskpane.mjs)
 * and driven by worker-read.ts through the app's worker pool, which keeps it between reads, hands
 * it the next request while it reads the current one, and stops it when a read runs past its time
 * or is cancelled. Requests are answered in order: a workbook's bytes in, the ReadResult out; or,
 * once configured with a plan, a return's bytes in and only its values out (a ReturnExtract).
 */
export type PaneReadRequest = { kind: 'workbook'; bytes: Uint8Array } | { kind: 'return'; bytes: Uint8Array; name: string; modified: number };

const scope = self as unknown as DedicatedWorkerGlobalScope;
/** At most this much of the worker's time goes to warming up (less when the files come sooner). */
const WARM_UP_MS = 400;
const returns = returnAnswers();
// Loaded: a failure from now on is a file's, not the worker file's (worker-read.ts tells them apart).
scope.postMessage({ ready: true });

/** Whether a file has been asked for: the warm-up stops at its next pause. */
let asked = false;
let warming = false;

scope.onmessage = (e: MessageEvent<{ id: number; request: PaneReadRequest } | { configure: ReturnSetup }>) => {
  const m = e.data;
  if ('configure' in m) {
    returns.configure(m.configure);
    // Configured when the file chooser opens (worker-read.ts): the reader warms up while the
    // person chooses, once in the worker's life (src/app/warm-up.ts).
    if (!warming && !asked) {
      warming = true;
      void warmUp({ budgetMs: WARM_UP_MS, sliceMs: 20, pause: () => new Promise((resolve) => setTimeout(resolve, 0)), stop: () => asked, now: () => performance.now() }).catch(() => {});
    }
    return;
  }
  asked = true;
  const { id, request } = m;
  const reply = (result: unknown) => scope.postMessage({ id, result } satisfies WorkerReply);
  // Said in order with the answers: a browser's error event may overtake the answer posted before it.
  const failed = (error: unknown) => scope.postMessage(failedReply(id, error));
  try {
    if (request.kind === 'workbook') reply(readWorkbookSync(request.bytes));
    else returns.answer({ name: request.name, modified: request.modified, bytes: request.bytes }).then(reply, failed);
  } catch (error) {
    failed(error);
  }
};
