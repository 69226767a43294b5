import { parentPort, workerData } from 'node:worker_threads';
import { returnReader } from '../agency-workbook/read';
import type { Assignment } from '../agencies/recipients';
import type { Plan } from '../plan/schema';
import { readWorkbook } from '../xlsx/read';
import { nodeInflate } from './inflate';
import { extractFile } from './returns';

/**
 * Reads workbooks off the main thread, one request at a time, so the CLI can stop a read that
 * runs too long. Given a plan and its recipients, it also reduces each return to its values here,
 * so only those cross back to the main thread, never the workbook.
 */
const setup = workerData as { plan: Plan; assignments: Assignment[] } | undefined;
const extract = setup ? returnReader(setup.plan, setup.assignments) : null;

parentPort?.on('message', ({ id, request }: { id: number; request: { bytes: Uint8Array; file?: string; modified?: number } }) => {
  const reply = (result: unknown) => parentPort?.postMessage({ id, result });
  const { bytes, file = '', modified = 0 } = request;
  (extract ? extractFile(extract, bytes, file, modified) : readWorkbook(bytes, {}, nodeInflate)).then(reply, (error: unknown) =>
    reply(extract ? { file, modified, refused: { reason: 'unreadable' } } : { ok: false, problem: { kind: 'unreadable', message: String(error) } }),
  );
});
