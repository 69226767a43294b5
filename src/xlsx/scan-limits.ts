import { DEFAULT_LIMITS, type GuardProblem, type Limits } from './guard';

/** What the streaming reader may take from one workbook, and how it answers when a file asks for more. */

export interface ReaderLimits extends Limits {
  /** Cells holding a value or a formula, in the whole workbook. */
  maxCells: number;
  /** Merged ranges, in the whole workbook. */
  maxMerges: number;
  /** Shared strings. */
  maxStrings: number;
  /** Hyperlinks and data validations, in the whole workbook. */
  maxRanges: number;
  /** Present rows visited to apply merges and hyperlinks (overlapping ranges would multiply it). */
  maxRangeVisits: number;
}

export const READER_LIMITS: ReaderLimits = {
  ...DEFAULT_LIMITS,
  // A return holds ~500 cells, a plan workbook ~20,000: this refuses a hostile sheet before its
  // cells take 500 MB. A reader of larger workbooks (a national master) passes its own limit.
  maxCells: 500_000,
  maxMerges: 100_000,
  maxStrings: 1_000_000,
  maxRanges: 100_000,
  maxRangeVisits: 2_000_000,
};

/**
 * How many cells a master may hold: a row per task and unit, and a history that grows each round
 * (a city of 150 units at year end: about half a million) — above a return's limit, which guards
 * against hostile files units send. For the masters chiso wrote and a person picks.
 */
export const MASTER_LIMITS: Partial<ReaderLimits> = { maxCells: 2_000_000 };

export type ReaderLimit = 'cells' | 'merges' | 'strings' | 'ranges' | 'range-visits';

/** A part the reader could not make sense of, or a limit it reached. */
export type ScanProblem =
  | GuardProblem
  | { kind: 'over-limit'; limit: ReaderLimit; max: number; part: string }
  | { kind: 'malformed'; part: string; message: string };

/** What the reader read but wants said: values that a person would miss otherwise. */
export type ScanNote =
  /** A formula saved without its result (written by a program, never recalculated): its value is unknown. */
  | { kind: 'formula-without-value'; sheet: string; cell: string }
  /** A value in a cell that a merge covers: Excel shows only the merge's first cell, so the value is not read. */
  | { kind: 'hidden-by-merge'; sheet: string; cell: string };

export const MAX_NOTES = 100;
export const MAX_COL = 16_384;

/** Thrown inside the reader to end it with a problem; scanWorkbook turns it into its answer. */
export class Stop extends Error {
  constructor(readonly problem: ScanProblem) {
    super(problem.kind);
  }
}

/** The remaining budgets of one workbook's read, shared by its sheets. */
export interface Budget {
  cells: number;
  merges: number;
  ranges: number;
  visits: number;
}
