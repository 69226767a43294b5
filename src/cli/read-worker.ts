import { parentPort } from 'node:worker_threads';
import type { Assignment } from '../agencies/recipients';
import { returnExtractor, type ReturnReader } from '../app/extract';
import type { Plan } from '../plan/schema';
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

export interface ReturnSetup {
  plan: Plan;
  assignments: Assignment[];
  period: string | null;
}

let extract: ReturnReader | null = null;

parentPort?.on('message', (m: { configure: ReturnSetup } | { id: number; request: ReadRequest }) => {
  if ('configure' in m) {
    const { plan, assignments, period } = m.configure;
    extract = returnExtractor(plan, assignments, nodeInflate, period);
    return;
  }
  const { id, request } = m;
  const reply = (result: unknown) => parentPort?.postMessage({ id, result });
  if (request.kind === 'workbook') {
    readWorkbook(request.bytes, request.limits ?? {}, nodeInflate, request.only).then(reply, (error: unknown) => reply({ ok: false, problem: { kind: 'unreadable', message: String(error) } }));
    return;
  }
  const { file, modified } = request;
  // Never without a plan (readers.ts configures first); said as unreadable rather than left unanswered.
  if (!extract) return reply({ file, modified, refused: { reason: 'unreadable' } });
  extract({ name: file, modified, bytes: request.bytes }).then(reply, () => reply({ file, modified, refused: { reason: 'unreadable' } }));
});
