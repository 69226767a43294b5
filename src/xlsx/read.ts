import ExcelJS from 'exceljs';
import type { ReadCell, ReadSheet, ReadWorkbook, SheetValue } from '../sheets/workbook-read';
import { inspectXlsx, type GuardNote, type GuardProblem, type Limits } from './guard';

/**
 * .xlsx bytes -> the values people left (ReadWorkbook), through the guard, then exceljs. Values
 * only: a formula cell gives its cached result (`cell.result`: exceljs drops cached 0/false/''
 * from `cell.value.result`), hyperlinks their text, rich text its characters. Never throws.
 */
export type ReadResult =
  | { ok: true; workbook: ReadWorkbook; notes: GuardNote[] }
  | { ok: false; problem: GuardProblem | { kind: 'unreadable'; message: string } };

export async function readWorkbook(bytes: Uint8Array, limits: Partial<Limits> = {}): Promise<ReadResult> {
  const guarded = inspectXlsx(bytes, limits);
  if (!guarded.ok) return guarded;
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(guarded.bytes as unknown as ArrayBuffer);
  } catch (error) {
    return { ok: false, problem: { kind: 'unreadable', message: error instanceof Error ? error.message : String(error) } };
  }
  try {
    return { ok: true, workbook: { sheets: wb.worksheets.map(readSheet) }, notes: guarded.notes };
  } catch (error) {
    return { ok: false, problem: { kind: 'unreadable', message: error instanceof Error ? error.message : String(error) } };
  }
}

function readSheet(ws: ExcelJS.Worksheet): ReadSheet {
  const rows: (ReadCell | null)[][] = [];
  const hiddenRows: number[] = [];
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    if (row.hidden) hiddenRows.push(r);
    const cells: (ReadCell | null)[] = [];
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      cells[c - 1] = readCell(cell);
    });
    for (let i = 0; i < cells.length; i++) if (cells[i] === undefined) cells[i] = null;
    rows[r - 1] = cells;
  });
  for (let i = 0; i < rows.length; i++) if (rows[i] === undefined) rows[i] = [];
  const state = ws.state === 'veryHidden' ? 'veryHidden' : ws.state === 'hidden' ? 'hidden' : 'visible';
  return { name: ws.name, state, rows, hiddenRows };
}

function readCell(cell: ExcelJS.Cell): ReadCell | null {
  const v = cell.value;
  const numFmt = cell.numFmt ?? null;
  if (v === null || v === undefined) return null;
  if (typeof v === 'object' && !(v instanceof Date) && ('formula' in v || 'sharedFormula' in v)) {
    const formula = 'formula' in v && typeof v.formula === 'string' ? v.formula : typeof cell.formula === 'string' ? cell.formula : null;
    return { value: plain(cell.result as unknown), formula, numFmt };
  }
  return { value: plain(v), formula: null, numFmt };
}

/** Any exceljs value -> a plain value: dates as 'YYYY-MM-DD', errors as their text. */
function plain(v: unknown): SheetValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : v.toISOString().slice(0, 10);
  if (typeof v === 'object') {
    const o = v as { richText?: { text: string }[]; text?: unknown; error?: string; result?: unknown };
    if (Array.isArray(o.richText)) return o.richText.map((t) => t.text).join('');
    if (typeof o.error === 'string') return o.error;
    if (o.text !== undefined) return plain(o.text);
    if (o.result !== undefined) return plain(o.result);
  }
  return null;
}
