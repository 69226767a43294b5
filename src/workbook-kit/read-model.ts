/**
 * A workbook as read back from a file or a live Excel workbook: values as people left them.
 * The xlsx and Excel adapters produce it; the sheets layer reads a Plan out of it.
 */

export type SheetValue = string | number | boolean | null;

export interface ReadCell {
  /** The value, or a formula's cached result; dates as 'YYYY-MM-DD'; errors as '#REF!' text. */
  value: SheetValue;
  /** The formula without '=', when the cell holds one. */
  formula: string | null;
  /** The cell's number format ('0.00', 'General'), when the reader knows it. */
  numFmt: string | null;
}

export interface ReadSheet {
  name: string;
  state: 'visible' | 'hidden' | 'veryHidden';
  /** rows[r][c] is row r+1, column c+1; null where the cell is empty. */
  rows: (ReadCell | null)[][];
  /** Rows hidden by the user (1-based). */
  hiddenRows: number[];
}

export interface ReadWorkbook {
  sheets: ReadSheet[];
}

/** A cell's value as trimmed text; '' for an empty cell. */
export function cellText(cell: ReadCell | null | undefined): string {
  const v = cell?.value;
  return v === null || v === undefined ? '' : String(v).trim();
}
