/**
 * A province's own appendix workbook → Grid (DESIGN §3): the sheets a Sở Nội vụ keeps its tables
 * in, not chiso's template. Each visible sheet is a block; a merged cell is laid out as an HTML
 * table's is (its text carried down the rows it covers, marked as carried), so the recogniser reads
 * a workbook exactly as it reads the same table saved as a web page. Values become the text a reader
 * sees: 0.8345 formatted as a percentage is "83,45%", a date cell "15/09/2025".
 *
 * Bounded by what is present, never by addresses: a row numbered in the billions costs one row, a
 * cell in column XFD is left out and said. Pure core: the workbook was read by an adapter.
 */

import { cellAt, isPercentFormat, type ReadCell, type ReadSheet, type ReadWorkbook } from '../workbook-kit/read-model';
import { columnLetter } from '../workbook-kit/spec';
import type { Cell, Grid, GridBlock, GridRow } from './grid';
import { formatNumber, textCell } from './range-source';

/** No appendix table is this wide; a cell past it is a stray one, left out and said. */
export const MAX_TABLE_COLUMNS = 64;
/** Cells laid out in all (written, carried down a merge, padding): a bound for hostile files. */
export const GRID_CELL_BUDGET = 2_000_000;

export type WorkbookGridNote =
  /** Sheets the workbook hides (lookup lists, old versions): not read as the plan's tables. */
  | { kind: 'sheets-hidden'; sheets: string[] }
  /** Cells past the widest column a table has, left out (the first one's address). */
  | { kind: 'cells-beyond-table'; sheet: string; cell: string; count: number }
  /** The sheet held more than a plan's tables ever do: read up to `row`. */
  | { kind: 'sheet-cut'; sheet: string; row: number }
  /** Rows hidden by hand (last year's tasks, a criterion dropped), not read: the first few, and how many. */
  | { kind: 'rows-hidden'; sheet: string; rows: number[]; count: number };

export function workbookToGrid(book: ReadWorkbook): { grid: Grid; notes: WorkbookGridNote[] } {
  const notes: WorkbookGridNote[] = [];
  const hidden = book.sheets.filter((s) => s.state !== 'visible').map((s) => s.name);
  if (hidden.length > 0) notes.push({ kind: 'sheets-hidden', sheets: hidden });
  const budget = { left: GRID_CELL_BUDGET };
  const blocks: GridBlock[] = [];
  for (const sheet of book.sheets) {
    if (sheet.state !== 'visible') continue;
    const rows = sheetRows(sheet, budget, notes);
    // The sheet's name is the first line of its caption: "PL2 - PAR INDEX" says which appendix it holds.
    if (rows.length > 0) blocks.push({ caption: [sheet.name], rows });
  }
  return { grid: { kind: 'range', preamble: [], blocks }, notes };
}

interface Merge {
  top: number;
  left: number;
  bottom: number;
  right: number;
  text: string;
  lines?: string[];
}

const blank = (): Cell => ({ text: '', line: null });

function sheetRows(sheet: ReadSheet, budget: { left: number }, notes: WorkbookGridNote[]): GridRow[] {
  // Hidden by hand, not by a collapsed group (Data → Group): what the sheet's author left out of view.
  const outlined = new Set(sheet.outlinedRows ?? []);
  const hidden = new Set(sheet.hiddenRows.filter((r) => !outlined.has(r)));
  const byRow = new Map<number, Cell[]>();
  let beyond = 0;
  let firstBeyond = '';
  let cut: number | null = null;
  /** The row's cells, padded up to `col` (1-based); null once the budget is spent. */
  const place = (r: number, col: number): Cell[] | null => {
    let cells = byRow.get(r);
    if (!cells) {
      cells = [];
      byRow.set(r, cells);
    }
    const need = col - cells.length;
    if (need > 0) {
      budget.left -= need;
      if (budget.left < 0) {
        cut ??= r;
        return null;
      }
      for (let k = 0; k < need; k++) cells.push(blank());
    }
    return cells;
  };
  const skipped: number[] = [];
  for (const row of sheet.rows) {
    if (hidden.has(row.row)) {
      skipped.push(row.row);
      continue;
    }
    for (const c of row.cells) {
      if (c.col > MAX_TABLE_COLUMNS) {
        if (beyond++ === 0) firstBeyond = `${columnLetter(c.col)}${row.row}`;
        continue;
      }
      const cells = place(row.row, c.col);
      if (!cells) break;
      cells[c.col - 1] = cellOfValue(c);
    }
    if (cut !== null) break;
  }
  // A merged cell as a web page's rowspan: its text carried down the rows it covers, marked as
  // carried — down to the last row that holds a cell of its own. Below it there is only the merge:
  // a merge down to row 1,048,576 under a one-row table carried its text into a million rows.
  const lastRow = sheet.rows.length > 0 ? sheet.rows[sheet.rows.length - 1]!.row : 0;
  for (const m of mergesOf(sheet)) {
    if (cut !== null) break;
    for (let r = m.top; r <= Math.min(m.bottom, lastRow) && cut === null; r++) {
      if (hidden.has(r)) continue;
      const cells = place(r, m.right);
      if (!cells) break;
      for (let col = m.left; col <= m.right; col++) {
        if (r === m.top) {
          // The merge's own row: its text in its first cell, as written; the columns it covers empty.
          if (col > m.left) cells[col - 1] = blank();
          continue;
        }
        const first = col === m.left;
        cells[col - 1] = first && m.lines ? { text: m.text, lines: m.lines, line: null, spanned: true } : { text: first ? m.text : '', line: null, spanned: true };
      }
    }
  }
  if (skipped.length > 0) notes.push({ kind: 'rows-hidden', sheet: sheet.name, rows: skipped.slice(0, 5), count: skipped.length });
  if (cut !== null) notes.push({ kind: 'sheet-cut', sheet: sheet.name, row: cut });
  if (beyond > 0) notes.push({ kind: 'cells-beyond-table', sheet: sheet.name, cell: firstBeyond, count: beyond });
  const out: GridRow[] = [...byRow.entries()].sort((a, b) => a[0] - b[0]).map(([row, cells]) => ({ cells, row }));
  // Columns line up for the recogniser: every row as wide as the widest.
  const width = out.reduce((w, row) => Math.max(w, row.cells.length), 0);
  for (const row of out) {
    const need = width - row.cells.length;
    if (need <= 0 || need > budget.left) continue;
    budget.left -= need;
    for (let k = 0; k < need; k++) row.cells.push(blank());
  }
  return out;
}

/** The sheet's merges within the table's columns, each with its first cell's text. */
function mergesOf(sheet: ReadSheet): Merge[] {
  const out: Merge[] = [];
  for (const ref of sheet.merges ?? []) {
    const m = /^\$?([A-Z]{1,3})\$?(\d+):\$?([A-Z]{1,3})\$?(\d+)$/i.exec(ref.trim());
    if (!m) continue;
    const left = columnNumber(m[1]!);
    const top = Number(m[2]);
    const right = Math.min(columnNumber(m[3]!), MAX_TABLE_COLUMNS);
    const bottom = Number(m[4]);
    if (left > MAX_TABLE_COLUMNS || bottom < top || right < left || (bottom === top && right === left)) continue;
    const first = cellAt(sheet, top, left);
    const cell = first ? cellOfValue(first) : blank();
    out.push({ top, left, bottom, right, text: cell.text, ...(cell.lines ? { lines: cell.lines } : {}) });
  }
  return out;
}

/** A cell as the grid's text: what a reader of the sheet sees in it. */
function cellOfValue(c: ReadCell): Cell {
  const v = c.value;
  if (v === null) return { text: '', line: null };
  if (typeof v === 'number') return { text: numberText(v, c.numFmt), line: null, numeric: true };
  if (typeof v === 'boolean') return { text: v ? 'TRUE' : 'FALSE', line: null };
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:T[\d:.]+Z?)?$/.exec(v);
  if (iso) return { text: `${iso[3]}/${iso[2]}/${iso[1]}`, line: null };
  // Alt+Enter in a cell: one agency per line, as a Word cell's paragraphs.
  return textCell(v);
}

/** A number as shown: a percentage format shows it times a hundred (a SIPAS score of 0,8345 is 83,45%; formatNumber drops the float noise). */
function numberText(n: number, numFmt: string | null): string {
  return isPercentFormat(numFmt) ? `${formatNumber(n * 100)}%` : formatNumber(n);
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}
