import type { IndexId, SourceLocation } from '../plan/schema';
import { fold } from '../plan/text';
import { readHeader, type ColumnRole, type HeaderMap } from './columns';
import type { Cell, Grid, GridRow } from './grid';

/** An appendix table recognised by its header cells, its rows keyed by column role. */
export interface RecognisedTable {
  header: HeaderMap;
  /** 'tasks' tables have no single index; criteria tables have one. */
  index: IndexId | null;
  /** 'PL1' … 'PL4' from the caption ('PHỤ LỤC 2'), or a label derived from the table's kind. */
  label: string;
  caption: string[];
  rows: TableRow[];
}

export interface TableRow {
  get(role: ColumnRole): Cell;
  /** Every cell of the row, for reporting what was dropped. */
  cells: Cell[];
  location: SourceLocation;
}

const EMPTY: Cell = { text: '', line: null };

/**
 * Every header row starts a table; a row identical to the current header is that header
 * repeated on a new page. Single-text rows just above a header (a pasted 'PHỤ LỤC 2' and its
 * title) are that table's caption, so several appendices pasted into one range still separate.
 */
export function recogniseTables(grid: Grid): RecognisedTable[] {
  const tables: RecognisedTable[] = [];
  for (const block of grid.blocks) {
    const headers = block.rows.map((r) => readHeader(r.cells.map((c) => c.text)));
    const starts: number[] = [];
    headers.forEach((h, i) => {
      if (!h) return;
      const current = starts.length ? block.rows[starts[starts.length - 1]!]! : null;
      if (!current || !sameHeader(current, block.rows[i]!)) starts.push(i);
    });
    starts.forEach((headerAt, k) => {
      const captionStart = captionRunStart(block.rows, headerAt, k === 0 ? 0 : starts[k - 1]! + 1);
      const end = k + 1 < starts.length ? captionRunStart(block.rows, starts[k + 1]!, headerAt + 1) : block.rows.length;
      const headerRow = block.rows[headerAt]!;
      const header = headers[headerAt]!;
      const inBlock = block.rows.slice(k === 0 ? 0 : captionStart, headerAt).map(rowText).filter(Boolean);
      const caption = k === 0 ? [...block.caption, ...inBlock] : inBlock;
      const label = labelFromCaption(caption);
      const table: RecognisedTable = { header, index: null, label: label ?? '', caption, rows: [] };
      table.rows = block.rows
        .slice(headerAt + 1, end)
        .filter((r) => !sameHeader(headerRow, r))
        .map((r) => tableRow(r, header, table));
      if (header.kind === 'criteria') table.index = inferIndex(caption, headerRow, table.rows);
      if (!label) table.label = header.kind === 'tasks' ? 'PL1' : defaultLabel(table.index);
      for (const row of table.rows) row.location.table = table.label;
      tables.push(table);
    });
  }
  return tables;
}

/** Free text above the first table of a range: the plan's heading when pasted with it. */
export function leadingText(grid: Grid): string[] {
  const first = grid.blocks[0];
  if (!first) return [];
  const at = first.rows.findIndex((r) => readHeader(r.cells.map((c) => c.text)) !== null);
  return first.rows.slice(0, Math.max(at, 0)).map(rowText).filter(Boolean);
}

function rowText(r: GridRow): string {
  return r.cells.map((c) => c.text).filter(Boolean).join(' ').trim();
}

/** Where the run of caption-like rows (at most one non-empty cell) just above a header begins. */
function captionRunStart(rows: GridRow[], headerAt: number, floor: number): number {
  let i = headerAt;
  while (i - 1 >= floor && rows[i - 1]!.cells.filter((c) => c.text.trim()).length <= 1) i--;
  return i;
}

function sameHeader(a: GridRow, b: GridRow): boolean {
  return a.cells.length === b.cells.length && a.cells.every((c, i) => c.text === b.cells[i]!.text);
}

function tableRow(r: GridRow, header: HeaderMap, table: { label: string }): TableRow {
  const firstLine = r.cells.find((c) => c.line !== null)?.line ?? null;
  return {
    get: (role) => {
      const col = header.columns[role];
      return col === undefined ? EMPTY : r.cells[col] ?? EMPTY;
    },
    cells: r.cells,
    location: { table: table.label || null, line: firstLine, row: r.row, col: null },
  };
}

function labelFromCaption(caption: string[]): string | null {
  for (let k = caption.length - 1; k >= 0; k--) {
    const m = /^phu luc\s+(\d+|[ivx]+)\b/.exec(fold(caption[k]!));
    if (m) {
      const n = /^\d+$/.test(m[1]!) ? Number(m[1]) : romanValue(m[1]!);
      return `PL${n}`;
    }
  }
  return null;
}

function romanValue(s: string): number {
  const v: Record<string, number> = { i: 1, v: 5, x: 10 };
  let total = 0;
  for (let k = 0; k < s.length; k++) {
    const cur = v[s[k]!] ?? 0;
    const next = v[s[k + 1] ?? ''] ?? 0;
    total += cur < next ? -cur : cur;
  }
  return total;
}

function defaultLabel(index: IndexId | null): string {
  return index === 'PAR' ? 'PL2' : index === 'SIPAS' ? 'PL3' : index === 'PAPI' ? 'PL4' : 'PL?';
}

/** Which index a criteria table measures: its caption first, then its headers, then its numbers. */
export function inferIndex(caption: string[], headerRow: GridRow, rows: TableRow[]): IndexId | null {
  const fromText = indexNamedIn(caption.map(fold).join(' '));
  if (fromText) return fromText;
  const headers = fold(headerRow.cells.map((c) => c.text).join(' '));
  if (/hai long/.test(headers)) return 'SIPAS';
  if (/chi so noi dung/.test(headers)) return 'PAPI';
  const maxes = rows.map((r) => r.get('max').text.trim()).filter(Boolean);
  if (maxes.includes('80')) return 'PAPI';
  if (maxes.length > 0 && maxes.every((m) => m === '100')) return 'SIPAS';
  return maxes.length > 0 ? 'PAR' : null;
}

/** The index a folded caption or part title names, checking the most specific names first. */
export function indexNamedIn(folded: string): IndexId | null {
  if (/\bpapi\b|hanh chinh cong cap tinh/.test(folded)) return 'PAPI';
  if (/\bsipas\b|chi so hai long/.test(folded)) return 'SIPAS';
  if (/\bpar index\b|chi so cchc|chi so cai cach hanh chinh/.test(folded)) return 'PAR';
  return null;
}
