import { readRegularFile, type FileProblem } from './returns-folder';

export type InputProblem = FileProblem;

/**
 * A plan file's bytes; what they hold is for the app's format registry to say. Regular files only,
 * within the size cap (plans are a few hundred KB, workbooks a few MB): a FIFO or a device is refused before it is read.
 */
export async function readInputFile(path: string): Promise<{ ok: true; bytes: Uint8Array } | { ok: false; problem: InputProblem }> {
  const read = await readRegularFile(path);
  return read.ok ? { ok: true, bytes: read.bytes } : read;
}
