import type { Compiled } from './compile';

type Refusal = Compiled['rejected'][number];

/**
 * How many refused cells of one sheet are listed one by one. Past it they are counted and said
 * in one line: an agency that pastes its own register of 150,000 cells into a return gets one
 * sentence, not 150,000 rows in Tình hình nộp (nor a master too large to open).
 */
export const LISTED_PER_SHEET = 200;

/**
 * The refusals of one return, listed up to `cap` per sheet and summarised past it. File-level
 * refusals (no sheet) are always listed. Pushes one at a time, so no count can overflow a call.
 */
export function cappedRefusals(file: string, cap = LISTED_PER_SHEET): { push(r: Refusal): void; extraSheet(sheet: string, count: number, each: (f: (cell: string) => void) => void): void; done(): Refusal[] } {
  const listed: Refusal[] = [];
  const perSheet = new Map<string, number>();
  return {
    push(r) {
      if (r.sheet === null || r.cell === null) return void listed.push(r);
      const n = (perSheet.get(r.sheet) ?? 0) + 1;
      perSheet.set(r.sheet, n);
      if (n <= cap) listed.push(r);
    },
    /** A sheet the agency added: its cells listed when few, else the sheet said once with its count. */
    extraSheet(sheet, count, each) {
      if (count > cap) return void listed.push({ file, sheet, cell: null, reason: 'extra-sheet-cells', count });
      each((cell) => this.push({ file, sheet, cell, reason: 'extra-sheet' }));
    },
    done() {
      for (const [sheet, n] of perSheet) if (n > cap) listed.push({ file, sheet, cell: null, reason: 'more-refused', count: n - cap });
      return listed;
    },
  };
}
