import ExcelJS from 'exceljs';
import type { Return } from '../agency-workbook/read';
import type { ReadCell, ReadSheet, ReadWorkbook, SheetValue } from '../workbook-kit/read-model';
import { inspectXlsx, type GuardNote, type GuardProblem, type Limits, type RawInflate } from './guard';

/**
 * .xlsx bytes -> the values people left (ReadWorkbook), through the guard, then exceljs. Values
 * only: a formula cell gives its cached result (`cell.result`: exceljs drops cached 0/false/''
 * from `cell.value.result`), hyperlinks their text, rich text its characters. Never throws.
 */
export type ReadResult =
  | { ok: true; workbook: ReadWorkbook; notes: GuardNote[] }
  | { ok: false; problem: GuardProblem | { kind: 'unreadable'; message: string } };

export async function readWorkbook(bytes: Uint8Array, limits: Partial<Limits> = {}, inflate?: RawInflate): Promise<ReadResult> {
  try {
    const guarded = inspectXlsx(bytes, limits, inflate);
    if (!guarded.ok) return guarded;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(guarded.bytes as unknown as ArrayBuffer, { ignoreNodes: IGNORED });
    return { ok: true, workbook: { sheets: wb.worksheets.map(readSheet) }, notes: guarded.notes };
  } catch (error) {
    return { ok: false, problem: { kind: 'unreadable', message: error instanceof Error ? error.message : String(error) } };
  }
}

/**
 * Worksheet parts that hold no value: exceljs skips them when told, which makes reading faster
 * than its plain load and takes away the costliest parts of a hostile file (whole-sheet
 * validations and formats). Merges stay (a merged cell's value sits in its first cell only), and
 * so do hyperlinks (their text is the value).
 */
const IGNORED = ['dataValidations', 'conditionalFormatting', 'extLst', 'sheetViews', 'cols', 'autoFilter', 'rowBreaks', 'pageMargins', 'pageSetup', 'headerFooter', 'printOptions', 'picture', 'drawing', 'sheetProtection', 'tableParts'];

/** A returned file as read, as the compiler takes it: the workbook, or why it could not be read, and what the guard cut back. */
export function asReturn(file: string, modified: number, read: ReadResult): Return {
  // exceljs failing on a file the guard let through means the workbook is damaged inside, not unreadable from disk.
  if (!read.ok) return { file, modified, workbook: null, problem: read.problem.kind === 'unreadable' ? 'damaged' : read.problem.kind };
  return { file, modified, workbook: read.workbook, problem: null, notes: read.notes.map((n) => ({ part: n.sheet, from: n.from })) };
}

function readSheet(ws: ExcelJS.Worksheet): ReadSheet {
  const rows: (ReadCell | null)[][] = [];
  const hiddenRows: number[] = [];
  // includeEmpty: a hidden row need not hold a value to be hidden.
  ws.eachRow({ includeEmpty: true }, (row, r) => {
    if (row.hidden) hiddenRows.push(r);
    const cells: (ReadCell | null)[] = [];
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      cells[c - 1] = readCell(cell);
    });
    for (let i = 0; i < cells.length; i++) cells[i] ??= null;
    while (cells.length > 0 && cells[cells.length - 1] === null) cells.pop();
    rows[r - 1] = cells;
  });
  for (let i = 0; i < rows.length; i++) rows[i] ??= [];
  while (rows.length > 0 && rows[rows.length - 1]!.length === 0) rows.pop();
  const state = ws.state === 'veryHidden' ? 'veryHidden' : ws.state === 'hidden' ? 'hidden' : 'visible';
  return { name: ws.name, state, rows, hiddenRows };
}

function readCell(cell: ExcelJS.Cell): ReadCell | null {
  // exceljs answers the master's value for every cell of a merge; Excel holds it only in the first.
  if (cell.isMerged && cell.master.address !== cell.address) return null;
  const v = cell.value;
  const numFmt = cell.numFmt || null;
  if (v === null || v === undefined) return null;
  if (typeof v === 'object' && !(v instanceof Date) && ('formula' in v || 'sharedFormula' in v)) {
    // A shared formula's followers carry only the master's address; exceljs translates it in `cell.formula`.
    const formula = 'formula' in v && typeof v.formula === 'string' ? v.formula : typeof cell.formula === 'string' && cell.formula ? cell.formula : null;
    return { value: plain(cell.result as unknown), formula, numFmt };
  }
  return { value: plain(v), formula: null, numFmt };
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/** Any exceljs value -> a plain value: dates as 'YYYY-MM-DD' (exceljs reads them as UTC), errors as their text. */
function plain(v: unknown): SheetValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'boolean') return v;
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : `${pad(v.getUTCFullYear(), 4)}-${pad(v.getUTCMonth() + 1, 2)}-${pad(v.getUTCDate(), 2)}`;
  if (typeof v === 'object') {
    const o = v as { richText?: { text?: unknown }[]; text?: unknown; error?: unknown; result?: unknown };
    if (Array.isArray(o.richText)) return o.richText.map((t) => (typeof t?.text === 'string' ? t.text : '')).join('');
    if (typeof o.error === 'string') return o.error;
    if (o.text !== undefined) return plain(o.text);
    if (o.result !== undefined) return plain(o.result);
  }
  return null;
}
