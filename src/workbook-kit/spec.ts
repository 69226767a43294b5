/**
 * A plain description of a workbook: what the xlsx writer and the Office.js adapter both
 * render. Nothing here knows about a library; positions are 1-based, ranges in A1 notation.
 */

export type HAlign = 'left' | 'center' | 'right';
export type VAlign = 'top' | 'middle' | 'bottom';

export interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  /** Points; the workbook's font is Times New Roman (administrative documents). */
  size?: number;
  color?: string; // 'RRGGBB'
  fill?: string; // 'RRGGBB'
  hAlign?: HAlign;
  vAlign?: VAlign;
  wrap?: boolean;
  indent?: number;
  /** Excel number format: '0.00', '@', 'dd/mm/yyyy'. */
  numFmt?: string;
  border?: boolean;
  /** Input cells are unlocked; everything else stays locked when the sheet is protected. */
  unlocked?: boolean;
}

export type CellValue = string | number | boolean | null;

export interface CellSpec {
  value: CellValue;
  /** A formula without the leading '='; `value` is then its cached result. */
  formula?: string;
  /** A named style of WorkbookSpec.styles. */
  style?: string;
  /** Where the cell links to: an http(s) or mailto URL, or '#Sheet!A1' inside the workbook. */
  hyperlink?: string;
}

export interface RowSpec {
  cells: (CellSpec | null)[];
  /** Points; set for wrapped header rows (readers do not auto-fit). */
  height?: number;
  /** 0 for top level; rows deeper in a criteria tree fold under their parent. */
  outlineLevel?: number;
}

export interface ColumnSpec {
  /** Characters. */
  width: number;
  hidden?: boolean;
  /** Column-wide style name (font, alignment) for cells the rows leave empty. */
  style?: string;
}

export type ConditionalRule =
  | { kind: 'expression'; formula: string; style: string; priority?: number }
  | { kind: 'dataBar'; color: string; min: number; max: number | null };

export interface ConditionalFormat {
  ref: string;
  rules: ConditionalRule[];
}

export type ValidationRule =
  | { kind: 'decimal'; min: string; max: string; prompt?: string; error: string }
  | { kind: 'list'; values: string[]; error: string };

export interface Validation {
  ref: string;
  rule: ValidationRule;
}

export interface PrintSetup {
  orientation: 'portrait' | 'landscape';
  /** Fit to this many pages wide; height unbounded. */
  fitToWidth: number;
  /** Rows repeated at the top of every page, e.g. '4:4'. */
  titleRows: string;
  printArea: string;
  /** Header and footer in Excel's code syntax (&P page, &N pages, &L &C &R sections). */
  header: string;
  footer: string;
  /** When set, the first page has its own header (Nghị định 30: no page number on page 1); its footer is `footer`. */
  firstPageHeader?: string;
  /** Millimetres (Nghị định 30/2020/NĐ-CP). */
  margins: { top: number; bottom: number; left: number; right: number; header: number; footer: number };
  /** A4 unless the table is too wide to print at a readable size on it (default A4). */
  paperSize?: 'A4' | 'A3';
  /**
   * Runs of rows (1-based, first and last) a page should not split: a small table with its header.
   * Worked into `rowBreaks` by keepRowsTogether (print.ts) once the rows have their heights.
   */
  keepTogether?: [number, number][];
  /** Manual page breaks: the 1-based rows each page ends with. */
  rowBreaks?: number[];
}

/**
 * Rows made one at a time when the sheet is written, never all held: a city master's hundred
 * thousand task × unit rows. `row(i)` makes the same row each time it is asked.
 */
export interface RowStream {
  count: number;
  row(i: number): RowSpec;
}

export interface SheetSpec {
  name: string;
  state: 'visible' | 'hidden' | 'veryHidden';
  columns: ColumnSpec[];
  /** The rows; with `more`, the first ones (titles and header), `more`'s rows following them. */
  rows: RowSpec[];
  more?: RowStream;
  merges: string[];
  /** Rows and columns frozen above/left of this cell, e.g. { row: 4, col: 3 } freezes A1:C4. */
  freeze: { rows: number; cols: number } | null;
  conditionalFormats: ConditionalFormat[];
  validations: Validation[];
  /** Protect the sheet (only unlocked cells editable); the password is optional. */
  protect: boolean;
  print: PrintSetup | null;
  /** Whether outline groups show their summary row above the details (parents above children). */
  outlineSummaryAbove: boolean;
  tabColor?: string;
  /** The range an AutoFilter covers, its header row first ('A4:K120'). */
  autoFilter?: string;
}

export interface WorkbookSpec {
  styles: Record<string, CellStyle>;
  sheets: SheetSpec[];
  /** Font of the whole workbook. */
  font: { name: string; size: number };
  /** Sheet protection password, if any; the same for every protected sheet. */
  password: string | null;
}

/** 'A'…'Z', 'AA'… for a 1-based column. */
export function columnLetter(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export function cellRef(row: number, col: number): string {
  return `${columnLetter(col)}${row}`;
}

/** A sheet name quoted for a formula: 'PL2 PAR INDEX'!A1. */
export function sheetRef(sheet: string, ref: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${ref}`;
}

/** An ISO date ('2025-07-15') as the day number a sheet stores (days since 30/12/1899). */
export function excelDate(iso: string): number {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number) as [number, number, number];
  return Math.round((Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000);
}

/** How many rows a sheet has, its streamed rows included. */
export function rowCount(sheet: SheetSpec): number {
  return sheet.rows.length + (sheet.more?.count ?? 0);
}

/** Each row of a sheet in order (0-based index), streamed rows made as they come and let go. */
export function eachRow(sheet: SheetSpec, f: (row: RowSpec, index: number) => void): void {
  const rows = sheet.rows;
  for (let i = 0; i < rows.length; i++) f(rows[i]!, i);
  const more = sheet.more;
  if (more) for (let i = 0; i < more.count; i++) f(more.row(i), rows.length + i);
}

/** Every row of a sheet as one array (for a writer that holds the whole workbook anyway, and for tests). */
export function allRows(sheet: SheetSpec): RowSpec[] {
  if (!sheet.more) return sheet.rows;
  const out = sheet.rows.slice();
  for (let i = 0; i < sheet.more.count; i++) out.push(sheet.more.row(i));
  return out;
}

/** The workbook with every streamed row made: what a writer that holds all rows takes. */
export function withAllRows(spec: WorkbookSpec): WorkbookSpec {
  if (!spec.sheets.some((s) => s.more)) return spec;
  return { ...spec, sheets: spec.sheets.map((s) => (s.more ? { ...s, rows: allRows(s), more: undefined } : s)) };
}
