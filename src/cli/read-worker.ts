import { parentPort, workerData } from 'node:worker_threads';
import type { Assignment } from '../agencies/recipients';
import { returnExtractor } from '../app/compile';
import type { Plan } from '../plan/schema';
import { readWorkbook } from '../xlsx/read';
import type { ReaderLimits } from '../xlsx/scan-read';
import { nodeInflate } from './inflate';

/**
 * Reads workbooks off the main thread, one request at a time, so the CLI can stop a read that
 * runs too long. Given a plan and its recipients, it also reduces each return to its values here
 * (the app layer's in-process reader), so only those cross back to the main thread, never the workbook.
 */
const setup = workerData as { plan: Plan; assignments: Assignment[]; period?: string | null } | undefined;
const extract = setup ? returnExtractor(setup.plan, setup.assignments, nodeInflate, undefined, setup.period ?? null) : null;

parentPort?.on('message', ({ id, request }: { id: number; request: { bytes: Uint8Array; file?: string; modified?: number; limits?: Partial<ReaderLimits>; only?: readonly string[] } }) => {
  const reply = (result: unknown) => parentPort?.postMessage({ id, result });
  const { bytes, file = '', modified = 0 } = request;
  (extract ? extract({ name: file, modified, bytes }) : readWorkbook(bytes, request.limits ?? {}, nodeInflate, request.only)).then(reply, (error: unknown) =>
    reply(extract ? { file, modified, refused: { reason: 'unreadable' } } : { ok: false, problem: { kind: 'unreadable', message: String(error) } }),
  );
});
