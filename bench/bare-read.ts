import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';

/**
 * The baseline as a fresh `node` would run it: a worker that loads exceljs cold and reads the
 * given files one after another with a plain `xlsx.load`. The caller times it from the worker's
 * start to this message, as it times the CLI's reader workers.
 */
const { dir, files } = workerData as { dir: string; files: string[] };
for (const f of files) await new ExcelJS.Workbook().xlsx.load(readFileSync(join(dir, f)) as unknown as ArrayBuffer);
parentPort?.postMessage('done');
