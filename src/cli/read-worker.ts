import { parentPort, workerData } from 'node:worker_threads';
import { readWorkbook } from '../xlsx/read';

/** Reads a workbook off the main thread so the CLI can stop a read that runs too long. */
const bytes = workerData as Uint8Array;
readWorkbook(bytes).then(
  (result) => parentPort?.postMessage(result),
  (error: unknown) => parentPort?.postMessage({ ok: false, problem: { kind: 'unreadable', message: String(error) } }),
);
