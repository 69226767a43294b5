import { parentPort } from 'node:worker_threads';
import { returnAnswers, type ReturnSetup } from '../app/extract';
import { failedReply, type WorkerReply } from '../app/worker-pool';
import { readWorkbook } from '../xlsx/read';
import type { ReaderLimits } from '../xlsx/scan-read';
import { nodeInflate } from './inflate';

/**
 * Reads workbooks off the main thread, one request at a time, so the CLI can stop a read that
 * runs too long. One worker serves a whole command: the plan workbook, a master, then the returns.
 * Once configured with a plan and its recipients, it reduces each return to its values here (the
 * app layer's in-process reader), so only those cross back to the main thread, never the workbook.
 */
export type ReadRequest =
  | { kind: 'workbook'; bytes: Uint8Array; limits?: Partial<ReaderLimits>; only?: readonly string[] }
  | { kind: 'return'; bytes: Uint8Array; file: string; modified: number };

const returns = returnAnswers(nodeInflate);

parentPort?.on('message', (m: { configure: ReturnSetup } | { id: number; request: ReadRequest }) => {
  if ('configure' in m) {
    returns.configure(m.configure);
    return;
  }
  const { id, request } = m;
  const reply = (result: unknown) => parentPort?.postMessage({ id, result } satisfies WorkerReply);
  if (request.kind === 'workbook') {
    readWorkbook(request.bytes, request.limits ?? {}, nodeInflate, request.only).then(reply, (error: unknown) => reply({ ok: false, problem: { kind: 'unreadable', message: String(error) } }));
    return;
  }
  // A return whose reading threw is said in order with the answers, as the crash of that request.
  returns.answer({ name: request.file, modified: request.modified, bytes: request.bytes }).then(reply, (error: unknown) => parentPort?.postMessage(failedReply(id, error)));
});
