/**
 * A workbook as read back from a file or a live Excel workbook: values as people left them.
 * The xlsx and Excel adapters produce it; the sheets layer reads a Plan out of it.
 *
 * Sparse: a sheet lists only the rows that hold a cell and a row only the cells present, so a
 * cell at row 4,294,967,295 or in column XFD costs one entry, not the billions of empty places
 * before it. Read it through the helpers below (cellAt, rowAt, rowsFrom, cellsOf).
 */

export type SheetValue = string | number | boolean | null;

export interface ReadCell {
  /** The value, or a formula's cached result; dates as 'YYYY-MM-DD'; errors as '#REF!' text. */
  value: SheetValue;
  /** The formula without '=', when the cell holds one. */
  formula: string | null;
  /** The cell's number format ('0.00', 'General'), when the reader knows it. */
  numFmt: string | null;
  /** Where the cell's hyperlink points (a URL, or '#Sheet!A1' inside the workbook), when it has one. */
  hyperlink?: string;
}

/** A cell present in a row: `col` is 1-based. */
export interface PlacedCell extends ReadCell {
  col: number;
}

/** A row that holds at least one cell: `row` is 1-based; `cells` in ascending column order. */
export interface ReadRow {
  row: number;
  cells: PlacedCell[];
}

/** A data validation as written (what the plan and agency readers may check a value against). */
export interface ReadValidation {
  /** The ranges it applies to, space-separated as in the file ('D5:D40 F5'). */
  sqref: string;
  type: string;
  formula1: string | null;
  formula2: string | null;
}

export interface ReadSheet {
  name: string;
  state: 'visible' | 'hidden' | 'veryHidden';
  /** The rows that hold a cell, in ascending order of `row`. */
  rows: ReadRow[];
  /** Rows hidden (1-based): by hand, or by a collapsed outline group (those are in `outlinedRows` too). */
  hiddenRows: number[];
  /** Rows inside an outline group (Data → Group), collapsed or not, where the reader knows it. */
  outlinedRows?: number[];
  /** Merged ranges ('A1:C1'); the value of a merge sits in its first cell only. */
  merges?: string[];
  validations?: ReadValidation[];
  /** The range of the sheet's AutoFilter, when it has one. */
  autoFilter?: string;
}

export interface ReadWorkbook {
  sheets: ReadSheet[];
  /**
   * The workbook counts days from 1904 (Excel for Mac's old default), not 1900: a day number kept
   * as a plain number (in a text-formatted cell) means another date. Dates the reader saw formatted
   * as dates are already 'YYYY-MM-DD'.
   */
  date1904?: boolean;
}

/** Whether a number format shows its number as a percentage: a '%' outside quoted text, escapes and [brackets]. */
export function isPercentFormat(format: string | null): boolean {
  if (format === null) return false;
  // Asked of every score a compile reads, and a workbook has a few formats.
  let known = PERCENT.get(format);
  if (known === undefined) {
    known = format.replace(/"[^"]*"|\\.|\[[^\]]*\]/g, '').includes('%');
    if (PERCENT.size >= 1_000) PERCENT.clear();
    PERCENT.set(format, known);
  }
  return known;
}

const PERCENT = new Map<string, boolean>();

/** A cell's value as trimmed text; '' for an empty cell. */
export function cellText(cell: ReadCell | null | undefined): string {
  const v = cell?.value;
  return v === null || v === undefined ? '' : String(v).trim();
}

/** The row numbered `row` (1-based), or null when it holds no cell. Binary search: rows are sorted. */
export function rowAt(sheet: ReadSheet, row: number): ReadRow | null {
  const i = lowerBound(sheet.rows, row, (r) => r.row);
  const found = sheet.rows[i];
  return found && found.row === row ? found : null;
}

/** The cell at column `col` (1-based) of a row, or null. */
export function cellOf(row: ReadRow | null | undefined, col: number | undefined): PlacedCell | null {
  if (!row || col === undefined) return null;
  const cells = row.cells;
  // Most rows are short and dense: the cell usually sits at col - 1.
  const guess = cells[col - 1];
  if (guess && guess.col === col) return guess;
  const i = lowerBound(cells, col, (c) => c.col);
  const found = cells[i];
  return found && found.col === col ? found : null;
}

/** The cell at (row, col), both 1-based, or null. */
export function cellAt(sheet: ReadSheet, row: number, col: number | undefined): PlacedCell | null {
  return col === undefined ? null : cellOf(rowAt(sheet, row), col);
}

/** The rows numbered `from` (1-based) and after, in order. */
export function rowsFrom(sheet: ReadSheet, from: number): ReadRow[] {
  return sheet.rows.slice(lowerBound(sheet.rows, from, (r) => r.row));
}

/** The row's cells as a dense array up to its last cell (index c is column c+1), for short header rows. */
export function denseCells(row: ReadRow | null | undefined, maxCols = 1_000): (PlacedCell | null)[] {
  const out: (PlacedCell | null)[] = [];
  for (const c of row?.cells ?? []) {
    if (c.col > maxCols) break;
    while (out.length < c.col - 1) out.push(null);
    out[c.col - 1] = c;
  }
  return out;
}

/** The first index whose key is >= `key`. */
function lowerBound<T>(items: readonly T[], key: number, of: (t: T) => number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (of(items[mid]!) < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
