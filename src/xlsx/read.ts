import type { Return } from '../agency-workbook/read';
import type { ReadWorkbook } from '../workbook-kit/read-model';
import type { GuardNote, GuardProblem, RawInflate } from './guard';
import { scanWorkbook, type ReaderLimits, type ScanNote, type ScanProblem } from './scan-read';

/**
 * .xlsx bytes -> the values people left (ReadWorkbook), through the guard and the streaming
 * reader (scan-read.ts). Values only: a formula cell gives its cached result, hyperlinks their
 * text (and target), rich text its characters. Never throws.
 */
export type ReadProblem = ScanProblem | { kind: 'unreadable'; message: string };
export type ReadNote = GuardNote | ScanNote;

export type ReadResult = { ok: true; workbook: ReadWorkbook; notes: ReadNote[] } | { ok: false; problem: ReadProblem };

export async function readWorkbook(bytes: Uint8Array, limits: Partial<ReaderLimits> = {}, inflate?: RawInflate, only?: readonly string[]): Promise<ReadResult> {
  return readWorkbookSync(bytes, limits, inflate, only);
}

/** The same, synchronously: what the readers' workers call. `only`: the names of the sheets to read (the others are skipped). */
export function readWorkbookSync(bytes: Uint8Array, limits: Partial<ReaderLimits> = {}, inflate?: RawInflate, only?: readonly string[]): ReadResult {
  try {
    return scanWorkbook(bytes, limits, inflate, only ? (name) => only.includes(name) : undefined);
  } catch (error) {
    return { ok: false, problem: { kind: 'unreadable', message: error instanceof Error ? error.message : String(error) } };
  }
}

/** A returned file as read, as the compiler takes it: the workbook, or why it could not be read, and what the reader wants said. */
export function asReturn(file: string, modified: number, read: ReadResult | { ok: false; problem: { kind: 'timeout' } }): Return {
  if (!read.ok) return { file, modified, workbook: null, problem: problemReason(read.problem) };
  return { file, modified, workbook: read.workbook, problem: null, notes: read.notes.map((n) => (n.kind === 'clamped' ? { kind: n.kind, part: n.sheet, from: n.from } : { kind: n.kind, part: n.sheet, from: n.cell })) };
}

/**
 * A problem as a file refusal. The reader throwing on a file the guard let through means the
 * workbook is damaged inside, not unreadable from disk.
 */
export function problemReason(p: ReadProblem | GuardProblem | { kind: 'timeout' }): NonNullable<Return['problem']> {
  return p.kind === 'unreadable' ? 'damaged' : p.kind;
}
