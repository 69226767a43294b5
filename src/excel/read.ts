/// <reference types="office-js" />
import type { PlacedCell, ReadCell, ReadSheet, ReadWorkbook, SheetValue } from '../workbook-kit/read-model';
import { areaRows, splitAreas } from './names';
import { jsonBytes, SYNC_PAYLOAD_LIMIT } from './payload';
import { throwIfAborted } from './render';

/**
 * The open workbook -> ReadWorkbook: values, formulas and number formats of every sheet's used
 * range. One sync for the sheet list, one for the used ranges' sizes, then row chunks packed so
 * each response stays well under Excel on the web's 5 MB: the sync count grows with the data's
 * size, never with the number of sheets or rows as such.
 */

/** Response budget of one read sync (bytes of values + formulas + numberFormat JSON). */
const READ_BUDGET = 3 * 1024 * 1024;
/** Bytes a cell costs in a response before any has been measured: long Vietnamese text, twice (values and formulas). */
const FIRST_BYTES_PER_CELL = 160;
const MIN_BYTES_PER_CELL = 24;

interface UsedArea {
  sheet: number;
  rowIndex: number;
  columnIndex: number;
  rowCount: number;
  columnCount: number;
}

interface Piece {
  area: UsedArea;
  /** Rows of the area, 0-based from its top. */
  from: number;
  count: number;
  range: Excel.Range;
}

export interface ReadStats {
  syncs: number;
}

export async function readWorkbook(context: Excel.RequestContext, signal?: AbortSignal, onProgress?: (fraction: number) => void): Promise<{ workbook: ReadWorkbook; syncs: number }> {
  let syncs = 0;
  const sync = async () => {
    throwIfAborted(signal);
    await context.sync();
    syncs++;
  };
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name,items/visibility');
  await sync();
  const sheets = worksheets.items;
  const used = sheets.map((ws) => {
    const r = ws.getUsedRangeOrNullObject(true);
    r.load('rowIndex,columnIndex,rowCount,columnCount');
    return r;
  });
  await sync();

  const out: ReadSheet[] = sheets.map((ws) => ({ name: ws.name, state: stateOf(ws.visibility), rows: [], hiddenRows: [] }));
  const areas: UsedArea[] = [];
  used.forEach((r, i) => {
    if (!r.isNullObject) areas.push({ sheet: i, rowIndex: r.rowIndex, columnIndex: r.columnIndex, rowCount: r.rowCount, columnCount: r.columnCount });
  });
  const totalCells = areas.reduce((n, a) => n + a.rowCount * a.columnCount, 0) || 1;
  let cellsDone = 0;

  // Visible cells of each used range, to tell which rows are hidden: queued with the first chunk.
  const visible = new Map<number, Excel.RangeAreas>();
  for (const a of areas) {
    const v = sheets[a.sheet]!.getRangeByIndexes(a.rowIndex, a.columnIndex, a.rowCount, a.columnCount).getSpecialCellsOrNullObject('Visible');
    v.load('address');
    visible.set(a.sheet, v);
  }

  let bytesPerCell = FIRST_BYTES_PER_CELL;
  let queue = areas.map((area) => ({ area, next: 0 }));
  while (queue.length > 0 || visible.size > 0) {
    let budget = Math.max(1, Math.floor(READ_BUDGET / bytesPerCell));
    const pieces: Piece[] = [];
    for (const q of queue) {
      if (budget <= 0) break;
      const width = q.area.columnCount;
      const rows = Math.min(q.area.rowCount - q.next, Math.max(1, Math.floor(budget / width)));
      if (rows <= 0) continue;
      const range = sheets[q.area.sheet]!.getRangeByIndexes(q.area.rowIndex + q.next, q.area.columnIndex, rows, width);
      range.load('values,formulas,numberFormat');
      pieces.push({ area: q.area, from: q.next, count: rows, range });
      q.next += rows;
      budget -= rows * width;
    }
    await sync();
    for (const [sheet, v] of visible) out[sheet]!.hiddenRows = hiddenRows(areas.find((a) => a.sheet === sheet)!, v);
    visible.clear();
    let bytes = 0;
    let cells = 0;
    for (const p of pieces) {
      bytes += jsonBytes(p.range.values) + jsonBytes(p.range.formulas) + jsonBytes(p.range.numberFormat);
      cells += p.count * p.area.columnCount;
      place(out[p.area.sheet]!, p);
    }
    cellsDone += cells;
    onProgress?.(cellsDone / totalCells);
    // Size the next chunk on what this one weighed, with room for heavier rows.
    if (cells > 0) bytesPerCell = Math.max(MIN_BYTES_PER_CELL, (bytes / cells) * 1.5);
    if (bytes > SYNC_PAYLOAD_LIMIT) bytesPerCell *= 2;
    queue = queue.filter((q) => q.next < q.area.rowCount);
  }
  return { workbook: { sheets: out }, syncs };
}

function stateOf(v: Excel.SheetVisibility | 'Visible' | 'Hidden' | 'VeryHidden'): ReadSheet['state'] {
  return v === 'VeryHidden' ? 'veryHidden' : v === 'Hidden' ? 'hidden' : 'visible';
}

/** Rows of the used range that no visible area covers (1-based). */
function hiddenRows(area: UsedArea, visible: Excel.RangeAreas): number[] {
  if (visible.isNullObject) return [];
  const shown = new Set<number>();
  for (const a of splitAreas(visible.address)) {
    const rows = areaRows(a);
    if (!rows) return [];
    for (let r = Math.max(rows[0], area.rowIndex + 1); r <= Math.min(rows[1], area.rowIndex + area.rowCount); r++) shown.add(r);
  }
  const out: number[] = [];
  for (let r = area.rowIndex + 1; r <= area.rowIndex + area.rowCount; r++) if (!shown.has(r)) out.push(r);
  return out;
}

function place(sheet: ReadSheet, p: Piece): void {
  const values = p.range.values;
  const formulas = p.range.formulas;
  const formats = p.range.numberFormat;
  // Pieces of one sheet arrive top to bottom, so rows are appended in order; only cells present are kept.
  for (let i = 0; i < p.count; i++) {
    const r = p.area.rowIndex + p.from + i;
    const cells: PlacedCell[] = [];
    for (let c = 0; c < p.area.columnCount; c++) {
      const cell = readCell(values[i]?.[c], formulas[i]?.[c], formats[i]?.[c]);
      if (cell) cells.push({ ...cell, col: p.area.columnIndex + c + 1 });
    }
    if (cells.length > 0) sheet.rows.push({ row: r + 1, cells });
  }
}

export function readCell(value: unknown, formula: unknown, numFmt: unknown): ReadCell | null {
  const fmt = typeof numFmt === 'string' ? numFmt : null;
  // A text cell reads back its text in `formulas` too: '=…' there is a formula only if its value differs.
  const f = typeof formula === 'string' && formula.startsWith('=') && formula !== value ? formula.slice(1) : null;
  const v = plain(value, fmt);
  if (v === null && f === null) return null;
  return { value: v, formula: f, numFmt: fmt };
}

function plain(v: unknown, fmt: string | null): SheetValue {
  if (v === null || v === undefined || v === '') return null;
  if (typeof v === 'number') return fmt && isDateFormat(fmt) ? serialToDate(v) : v;
  if (typeof v === 'string' || typeof v === 'boolean') return v;
  return String(v);
}

/** A number format that shows a date: d, m or y outside quotes and brackets, and not text ('@'). */
export function isDateFormat(fmt: string): boolean {
  if (fmt === 'General' || fmt.includes('@')) return false;
  // Minutes ('h:mm', 'mm:ss') are not months.
  const bare = fmt.replace(/"[^"]*"|\[[^\]]*\]|\\./g, '').replace(/h+\s*:\s*m+|m+\s*:\s*s+/gi, '');
  return /[dmy]/i.test(bare);
}

/** Excel's 1900 serial -> 'YYYY-MM-DD' (serial 1 is 1900-01-01; Excel's phantom 29 Feb 1900 is folded in the epoch). */
export function serialToDate(serial: number): string | number {
  if (!Number.isFinite(serial) || serial < 1) return serial;
  const ms = Date.UTC(1899, 11, 30) + Math.floor(serial) * 86400000;
  return new Date(ms).toISOString().slice(0, 10);
}
