import { findHeaderRow } from '../workbook-kit/header-row';
import { cellOf, rowsFrom, type ReadWorkbook } from '../workbook-kit/read-model';
import { columnLetter } from '../workbook-kit/spec';
import { criteriaColumns } from './layout';

/**
 * The rows of the criteria sheets (PL2–PL4, wherever they sit now) whose result is below the
 * target: where to put a row mark, and a rule that keeps it true to the live numbers. Columns are
 * found by their headers, rows by the ID column, as the plan reader finds them.
 */

export interface RowMark {
  sheet: string;
  /** The marked block, code to lead columns, first to last criterion row: 'C5:N160'. */
  ref: string;
  /** Relative to the block's top-left cell, without '='. */
  formula: string;
}

const COLUMNS = criteriaColumns(null, null);
const ID = /^(PAR|SIPAS|PAPI):/;

export function missedTargetMarks(workbook: ReadWorkbook): { marks: RowMark[]; missed: number } {
  const marks: RowMark[] = [];
  let missed = 0;
  for (const sheet of workbook.sheets) {
    const found = findHeaderRow(sheet, COLUMNS, ['id', 'code', 'name', 'result', 'target']);
    if (!found) continue;
    const { id, code, result, target, lead, name } = found.col;
    if (id === undefined || result === undefined || target === undefined) continue;
    const rows: number[] = [];
    for (const row of rowsFrom(sheet, found.row + 1)) {
      const key = cellOf(row, id)?.value;
      if (typeof key !== 'string' || !ID.test(key)) continue;
      rows.push(row.row);
      const res = cellOf(row, result)?.value;
      const tgt = cellOf(row, target)?.value;
      if (typeof res === 'number' && typeof tgt === 'number' && res < tgt) missed++;
    }
    if (rows.length === 0) continue;
    const first = rows[0]!;
    const last = rows[rows.length - 1]!;
    const left = Math.min(code ?? name ?? result, result);
    const right = Math.max(lead ?? target, target);
    const g = columnLetter(result);
    const i = columnLetter(target);
    marks.push({
      sheet: sheet.name,
      ref: `${columnLetter(left)}${first}:${columnLetter(right)}${last}`,
      formula: `AND(ISNUMBER($${g}${first}),ISNUMBER($${i}${first}),$${g}${first}<$${i}${first})`,
    });
  }
  return { marks, missed };
}
