import type { IndexId, SourceLocation } from '../plan/schema';
import { NUMBER_IN_NAME } from '../plan/codes';
import { fold } from '../plan/text';
import { columnRole, mapHeader, type ColumnOverride, type ColumnRole, type HeaderMap } from './columns';
import type { Cell, Grid, GridBlock, GridRow } from './grid';
import { COLUMN_NUMBER, YEAR_ONLY, headerFold } from './vocabulary';

/** An appendix table recognised by its header cells, its rows keyed by column role. */
export interface RecognisedTable {
  header: HeaderMap;
  /** 'tasks' tables have no single index; criteria tables have one. */
  index: IndexId | null;
  /** 'PL1' … 'PL4' from the table's own caption ('PHỤ LỤC 2', 'PHỤ LỤC II'), or one derived from its kind. */
  label: string;
  caption: string[];
  rows: TableRow[];
  /** How many grid rows the header takes (a two-row header, a row numbering the columns). */
  headerRowCount: number;
  /** Where the header starts. */
  location: SourceLocation;
  /** True when a later captionless table with the same header (a page break in a web page or .docx) was read into this one. */
  continues: boolean;
}

export interface TableRow {
  get(role: ColumnRole): Cell;
  /** Every cell of the row, for reporting what was dropped. */
  cells: Cell[];
  location: SourceLocation;
}

/** A table-like block that was not imported, and why (never silent, issue #10). */
export interface UnreadBlock {
  /** 'header-unknown': a row reads like a header but its columns make no known table; 'no-header': no header at all. */
  reason: 'header-unknown' | 'no-header';
  caption: string[];
  /** The cells of the header-like row (or the block's first row). */
  cells: string[];
  rows: number;
  location: SourceLocation;
}

/** Caller's column choices, per table (label as `chiso import --explain` prints it, e.g. 'PL2'). */
export interface TableOverride extends ColumnOverride {
  table: string;
}

const EMPTY: Cell = { text: '', line: null };
/** Header cells are short phrases; a longer cell is data (a task written out). */
const MAX_HEADER_CELL = 90;

/**
 * Every header starts a table; a row identical to the current header is that header repeated on
 * a new page. A header may take several rows: a group cell ('Điểm đạt được') over year cells, and
 * a row numbering the columns. Single-text rows just above a header (a pasted 'PHỤ LỤC 2' and its
 * title) are that table's caption, so several appendices pasted into one range still separate.
 */
export function scanGrid(grid: Grid, overrides: readonly TableOverride[] = []): { tables: RecognisedTable[]; unread: UnreadBlock[] } {
  const tables: RecognisedTable[] = [];
  const unread: UnreadBlock[] = [];
  for (const { block, found } of grid.blocks.flatMap((b) => sideBySide(b, overrides))) {
    for (const t of found) {
      const prev = tables[tables.length - 1];
      if (prev && continuesTable(prev, t)) {
        // Same columns in the same places: its rows are the previous table's, read as one.
        for (const row of t.rows) row.location.table = prev.label;
        for (const r of t.rows) prev.rows.push(tableRow({ cells: r.cells, row: r.location.row }, prev.header, prev, r.location.line));
        prev.continues = true;
        continue;
      }
      tables.push(t);
    }
    if (found.length === 0) {
      const report = unreadBlock(block);
      if (report) unread.push(report);
    }
  }
  return { tables, unread };
}

/**
 * Two tables set side by side on one sheet (SIPAS in A–G, PAPI in I–N, column H empty): each side
 * is a block of its own when each has a header of its own, so no row mixes the two tables' columns.
 * A block whose empty column splits no two tables is left whole.
 */
function sideBySide(block: GridBlock, overrides: readonly TableOverride[]): { block: GridBlock; found: RecognisedTable[] }[] {
  const whole = () => [{ block, found: scanBlock(block, overrides) }];
  const width = block.rows.reduce((w, r) => Math.max(w, r.cells.length), 0);
  if (width < 5 || block.rows.length < 3) return whole();
  const used = new Array<boolean>(width).fill(false);
  for (const r of block.rows) for (let c = 0; c < r.cells.length; c++) if (!used[c] && r.cells[c]!.text.trim() !== '') used[c] = true;
  const side = (from: number, to: number): GridBlock => ({ caption: block.caption, rows: block.rows.map((r) => ({ ...r, cells: r.cells.slice(from, to) })) });
  for (let gap = 2; gap < width - 2; gap++) {
    if (used[gap]) continue;
    const left = side(0, gap);
    const found = scanBlock(left, overrides);
    if (found.length === 0) continue;
    const right = side(gap + 1, width);
    if (scanBlock(right, overrides).length > 0) return [{ block: left, found }, ...sideBySide(right, overrides)];
  }
  return whole();
}

/** A captionless table with the previous table's header is that table carried over a page break. */
function continuesTable(prev: RecognisedTable, t: RecognisedTable): boolean {
  const named = labelFromCaption(t.caption) !== null || indexNamedIn(fold(captionTail(t.caption).join(' '))) !== null;
  if (named || prev.header.kind !== t.header.kind) return false;
  const a = prev.header.mapping.map((m) => fold(m.header));
  const b = t.header.mapping.map((m) => fold(m.header));
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** The recognised tables only (kept for callers that do not report unread blocks). */
export function recogniseTables(grid: Grid): RecognisedTable[] {
  return scanGrid(grid).tables;
}

interface HeaderAt {
  at: number;
  count: number;
  header: HeaderMap;
}

function scanBlock(block: GridBlock, overrides: readonly TableOverride[]): RecognisedTable[] {
  const rows = block.rows;
  const starts: HeaderAt[] = [];
  for (let i = 0; i < rows.length; i++) {
    const current = starts[starts.length - 1];
    if (current && i < current.at + current.count) continue;
    if (current && sameRow(rows[current.at]!, rows[i]!)) continue;
    if (!mayBeHeader(rows[i]!)) continue;
    const floor = current ? current.at + current.count : 0;
    const caption = captionOf(block, rows, i, floor, starts.length === 0);
    const label = labelFromCaption(caption);
    const found = headerAt(rows, i, label ? overrides.filter((o) => o.table === label) : []);
    if (found) starts.push(found);
  }

  const tables = starts.map((start, k) => {
    const floor = k === 0 ? 0 : starts[k - 1]!.at + starts[k - 1]!.count;
    const end = k + 1 < starts.length ? captionRunStart(rows, starts[k + 1]!.at, start.at + start.count) : rows.length;
    const caption = captionOf(block, rows, start.at, floor, k === 0);
    const label = labelFromCaption(caption);
    const headerRows = rows.slice(start.at, start.at + start.count);
    const table: RecognisedTable = {
      header: start.header,
      index: null,
      label: label ?? '',
      caption,
      rows: [],
      headerRowCount: start.count,
      continues: false,
      location: { table: label, line: firstLine(headerRows[0]!), row: headerRows[0]!.row, col: null },
    };
    table.rows = rows
      .slice(start.at + start.count, end)
      .filter((r) => !headerRows.some((h) => sameRow(h, r)) && !isColumnNumberRow(r))
      .map((r) => tableRow(r, start.header, table));
    if (start.header.kind === 'criteria') table.index = inferIndex(caption, headerRows, table.rows);
    if (!label) {
      table.label = start.header.kind === 'tasks' ? 'PL1' : defaultLabel(table.index);
      // A table labelled by its kind: the caller's column choices for that label apply now.
      const mine = overrides.filter((o) => o.table === table.label);
      const remapped = mine.length > 0 ? mapHeader(composeHeader(headerRows.filter((r) => !isColumnNumberRow(r))), mine) : null;
      if (remapped && remapped.kind === start.header.kind) {
        table.header = remapped;
        table.rows = table.rows.map((r) => tableRow({ cells: r.cells, row: r.location.row }, remapped, table, r.location.line));
      }
    }
    table.location.table = table.label;
    for (const row of table.rows) row.location.table = table.label;
    return table;
  });
  const kept: RecognisedTable[] = [];
  for (const t of tables) {
    preferWrittenColumn(t, t.header.kind === 'criteria' ? 'name' : 'task');
    // Criteria with no number column: kept when their rows number themselves, else not a criteria table.
    if (t.header.kind === 'criteria' && t.header.columns.code === undefined && !numbersInNames(t.rows)) {
      const numbered = rowsNumberedByLabels(t);
      if (!numbered) continue;
      t.rows = numbered;
    }
    kept.push(t);
  }
  return kept;
}

/** A group label that numbers its group: 'Khía cạnh 3', 'Lĩnh vực II', '4'. */
const GROUP_LABEL = /^(?:[\p{L}]+(?:\s+[\p{L}]+){0,2}\s+)?(\d{1,2}|[IVX]{1,5})\.?$/u;

/**
 * A criteria table with no number column whose groups are labelled in a column merged down each
 * group ('Khía cạnh 1' over the dimension's row and its sub-dimensions'): the labelled row is the
 * group (1), the rows under the merge its members in order (1.1, 1.2 …), the merge carried down
 * or, in a pasted range that lost it, left empty. The codes are given as the
 * number cell the rows lack; a label that numbers nothing (a total written across) is passed on as
 * written. Null unless at least two groups are labelled so.
 */
function rowsNumberedByLabels(table: RecognisedTable): TableRow[] | null {
  const { header } = table;
  const label = header.mapping.find((m) => m.claimed === 'name' && m.col !== header.columns.name)?.col;
  if (label === undefined) return null;
  let group: string | null = null;
  let member = 0;
  let groups = 0;
  const codes = table.rows.map((r) => {
    const cell = r.cells[label];
    const text = cell?.text.trim() ?? '';
    // Under the merge: carried down (a web page, a workbook), or left empty (a range's values lose the merge).
    if (group !== null && (cell?.spanned === true || text === '')) return `${group}.${++member}`;
    const m = cell?.spanned === true ? null : GROUP_LABEL.exec(text);
    group = m ? m[1]! : null;
    member = 0;
    if (m) groups++;
    return m ? m[1]! : text;
  });
  if (groups < 2) return null;
  return table.rows.map((r, i) => {
    const code: Cell = { text: codes[i]!, line: null };
    return { ...r, get: (role: ColumnRole) => (role === 'code' ? code : r.get(role)) };
  });
}

/**
 * Two columns headed as names ('Chỉ số' | 'Lĩnh vực, tiêu chí'): the one each row writes is the
 * name, not one cell merged down the whole table ('Chỉ số cải cách hành chính (PAR INDEX)'), which
 * the first claim would otherwise give every row. The header object is shared by the table's rows.
 */
function preferWrittenColumn(table: RecognisedTable, role: 'name' | 'task'): void {
  const { header } = table;
  const taken = header.columns[role];
  if (taken === undefined || header.mapping.some((m) => m.overridden)) return;
  const written = (col: number) => table.rows.filter((r) => (r.cells[col]?.text.trim() ?? '') !== '' && r.cells[col]?.spanned !== true).length;
  let best = taken;
  for (const m of header.mapping) if (m.claimed === role && m.col !== taken && written(m.col) > written(best)) best = m.col;
  if (best === taken) return;
  header.columns[role] = best;
  for (const m of header.mapping)
    if (m.claimed === role) {
      m.role = m.col === best ? role : null;
      m.status = m.col === best ? 'mapped' : 'duplicate';
    }
}

/**
 * A criteria table without a number column is one only when its rows number themselves at the head
 * of their names ('1.1. Kế hoạch CCHC năm'): most named rows do. A table of index scores by year
 * ('PAR INDEX | 2023 | 2024') does not.
 */
function numbersInNames(rows: TableRow[]): boolean {
  const named = rows.map((r) => r.get('name').text.trim()).filter(Boolean);
  const numbered = named.filter((n) => NUMBER_IN_NAME.test(n)).length;
  return numbered >= 2 && numbered * 2 >= named.length;
}

/** Caption of a table: the block's caption for its first table, plus the caption-like rows just above the header. */
function captionOf(block: GridBlock, rows: GridRow[], headerAt: number, floor: number, first: boolean): string[] {
  const inBlock = rows.slice(first ? 0 : captionRunStart(rows, headerAt, floor), headerAt).map(rowText).filter(Boolean);
  return first ? [...block.caption, ...inBlock] : inBlock;
}

/** Cheap test before composing a header: short cells, most of them naming a column. */
function mayBeHeader(row: GridRow): boolean {
  const cells = nonEmpty(row);
  if (cells.length < 2 || cells.some((c) => c.text.length > MAX_HEADER_CELL)) return false;
  const named = cells.filter((c) => columnRole(c.text) !== null).length;
  return named >= 2 && named * 5 >= cells.length * 3;
}

/** The header starting at row i: one row, or several composed column by column. Null when no known table. */
function headerAt(rows: GridRow[], i: number, overrides: readonly ColumnOverride[]): HeaderAt | null {
  let count = 1;
  while (count < 3 && i + count < rows.length && continuesHeader(rows[i + count - 1]!, rows[i + count]!)) count++;
  let numbered = 0;
  if (i + count < rows.length && isColumnNumberRow(rows[i + count]!)) numbered = 1;
  for (let n = count; n >= 1; n--) {
    const header = mapHeader(composeHeader(rows.slice(i, i + n)), overrides);
    if (header) return { at: i, count: n + (n === count ? numbered : 0), header };
  }
  return null;
}

/**
 * A row continues the header above when it adds names under a group cell (a cell of the row above
 * spanning several columns, so empty above this row's cell) and every cell it writes reads as a
 * header word: a known role, a year, a unit.
 */
function continuesHeader(above: GridRow, row: GridRow): boolean {
  const written = row.cells.map((c, col) => ({ c, col })).filter(({ c }) => c.text.trim() && !c.spanned);
  if (written.length === 0) return false;
  if (!written.every(({ c }) => isHeaderWord(c.text))) return false;
  return written.some(({ col }) => !(above.cells[col]?.text.trim() ?? '') || isGroupCell(above, row, col));
}

/** The cell above names a group when the row below writes under it and under the empty cell to its right. */
function isGroupCell(above: GridRow, row: GridRow, col: number): boolean {
  const right = above.cells[col + 1];
  return !!right && !right.text.trim() && !!row.cells[col + 1]?.text.trim();
}

const UNIT = /^\(?(diem|%|ty le %|so diem|don vi tinh|dvt)\)?$/;

/** A known role, a year ('Năm 2024', 'Đạt 2024'), or a unit: what a second header row writes. */
function isHeaderWord(text: string): boolean {
  const f = headerFold(text);
  if (text.length > MAX_HEADER_CELL) return false;
  if (columnRole(text) !== null || YEAR_ONLY.test(f) || UNIT.test(f)) return true;
  const withoutYear = f.replace(/(?<!\d)(19|20)\d{2}(?!\d)/, '').trim();
  return withoutYear !== f && !/\d/.test(withoutYear) && withoutYear.split(' ').length <= 4;
}

/** '1 | 2 | 3 …', '(1) | (2) | (3)=(2)-(1)': a row that only numbers the columns. */
export function isColumnNumberRow(row: GridRow): boolean {
  const cells = nonEmpty(row);
  if (cells.length < 3 || cells.length * 2 < row.cells.length) return false;
  if (!cells.every((c) => COLUMN_NUMBER.test(c.text.replace(/\s+/g, '').replace(/=.*$/, '').toLowerCase()))) return false;
  // Numbers that count up by one across the row, not a data row of small values.
  const values = cells.map((c) => /\d+/.exec(c.text)?.[0]).filter((v): v is string => v !== undefined).map(Number);
  return values.length < 2 || values.every((v, k) => k === 0 || v === values[k - 1]! + 1);
}

/**
 * One text per column from several header rows. A group cell ('Điểm đạt được') spans the columns to
 * its right that are empty in its row but written in the row below; a cell carried down from a
 * rowspan is not repeated.
 */
export function composeHeader(rows: GridRow[]): string[] {
  const width = rows.reduce((w, r) => Math.max(w, r.cells.length), 0);
  const out: string[] = [];
  for (let col = 0; col < width; col++) {
    const parts: string[] = [];
    rows.forEach((row, r) => {
      const c = row.cells[col];
      let text = c?.text.trim() ?? '';
      if (!text && r + 1 < rows.length && rows[r + 1]!.cells[col]?.text.trim()) text = groupTextLeftOf(row, rows[r + 1]!, col);
      if (text && parts[parts.length - 1] !== text) parts.push(text);
    });
    out.push(parts.join(' / '));
  }
  return out;
}

/** The group cell an empty header cell sits under: the nearest written cell to its left whose own column has a sub-header too. */
function groupTextLeftOf(row: GridRow, below: GridRow, col: number): string {
  for (let k = col - 1; k >= 0; k--) {
    const t = row.cells[k]?.text.trim() ?? '';
    if (!t) {
      if (!below.cells[k]?.text.trim()) return '';
      continue;
    }
    const under = below.cells[k];
    return under?.text.trim() && !under.spanned ? t : '';
  }
  return '';
}

/** Why a block that made no table was left out, when it looks like a table at all. */
function unreadBlock(block: GridBlock): UnreadBlock | null {
  const rows = block.rows.filter((r) => nonEmpty(r).length > 0);
  const wide = rows.filter((r) => nonEmpty(r).length >= 2);
  if (rows.length < 2 || wide.length === 0) return null;
  const headerLike = block.rows.find((r) => {
    const cells = nonEmpty(r);
    return cells.length >= 2 && cells.filter((c) => columnRole(c.text) !== null).length >= 2;
  });
  const shown = headerLike ?? wide[0]!;
  return {
    reason: headerLike ? 'header-unknown' : 'no-header',
    caption: block.caption,
    cells: nonEmpty(shown).map((c) => c.text),
    rows: rows.length,
    location: { table: labelFromCaption(block.caption), line: firstLine(shown), row: shown.row, col: null },
  };
}

/**
 * Free text above the first table of a range: the plan's heading when pasted with it, each cell a
 * line of its own. A heading typed in a sheet sets its two halves side by side ('ỦY BAN NHÂN DÂN' |
 * 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', then 'TỈNH KON TUM' | 'Độc lập - Tự do - Hạnh phúc'): read
 * row by row, the authority would run into the motto.
 */
export function leadingText(grid: Grid): string[] {
  const first = grid.blocks[0];
  if (!first) return [];
  const at = first.rows.findIndex((r) => mayBeHeader(r) && headerAt(first.rows, first.rows.indexOf(r), []) !== null);
  return first.rows.slice(0, Math.max(at, 0)).flatMap((r) => nonEmpty(r).map((c) => c.text.trim()));
}

function nonEmpty(r: GridRow): Cell[] {
  return r.cells.filter((c) => c.text.trim());
}

function rowText(r: GridRow): string {
  return r.cells.map((c) => c.text).filter(Boolean).join(' ').trim();
}

function firstLine(r: GridRow): number | null {
  return r.cells.find((c) => c.line !== null)?.line ?? null;
}

/** Where the run of caption-like rows (at most one non-empty cell) just above a header begins. */
function captionRunStart(rows: GridRow[], headerAt: number, floor: number): number {
  let i = headerAt;
  while (i - 1 >= floor && nonEmpty(rows[i - 1]!).length <= 1) i--;
  return i;
}

function sameRow(a: GridRow, b: GridRow): boolean {
  return a.cells.length === b.cells.length && a.cells.every((c, i) => c.text === b.cells[i]!.text);
}

function tableRow(r: GridRow, header: HeaderMap, table: { label: string }, line: number | null = firstLine(r)): TableRow {
  return {
    get: (role) => {
      const col = header.columns[role];
      return col === undefined ? EMPTY : r.cells[col] ?? EMPTY;
    },
    cells: r.cells,
    location: { table: table.label || null, line, row: r.row, col: null },
  };
}

/** 'PHỤ LỤC 2', 'PHỤ LỤC II', 'Phụ lục số 03' -> 'PL2', 'PL2', 'PL3': the table's own caption names it. */
export function labelFromCaption(caption: string[]): string | null {
  for (let k = caption.length - 1; k >= 0; k--) {
    const m = /^phu luc\s+(?:so\s+)?(\d+|[ivx]+)\b/.exec(fold(caption[k]!));
    if (m) {
      const n = /^\d+$/.test(m[1]!) ? Number(m[1]) : romanValue(m[1]!);
      return `PL${n}`;
    }
  }
  return null;
}

/** The caption line naming the appendix ('PHỤ LỤC II'), as written; else the line just above the table (its title). */
export function captionTitle(caption: string[]): string | null {
  for (let k = caption.length - 1; k >= 0; k--) if (/^phu luc\b/.test(fold(caption[k]!))) return caption[k]!;
  return caption[caption.length - 1] ?? null;
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

/**
 * The caption lines that belong to the table itself: from its 'PHỤ LỤC …' line on, else the two
 * lines just above it. A first table's caption also holds the plan's heading, which names every
 * index the plan covers.
 */
export function captionTail(caption: string[]): string[] {
  for (let k = caption.length - 1; k >= 0; k--) if (/^phu luc\b/.test(fold(caption[k]!))) return caption.slice(k);
  return caption.slice(-2);
}

/** Which index a criteria table measures: its caption first, then its headers, then its numbers. */
export function inferIndex(caption: string[], headerRows: GridRow[], rows: TableRow[]): IndexId | null {
  const fromText = indexNamedIn(captionTail(caption).map(fold).join(' '));
  if (fromText) return fromText;
  const headers = fold(headerRows.flatMap((r) => r.cells.map((c) => c.text)).join(' '));
  const fromHeader = indexNamedIn(headers);
  if (fromHeader) return fromHeader;
  if (/hai long/.test(headers)) return 'SIPAS';
  if (/chi so noi dung|khia canh/.test(headers)) return 'PAPI';
  const firstName = fold(rows.map((r) => r.get('name').text).find((t) => t.trim()) ?? '');
  const fromRows = indexNamedIn(firstName);
  if (fromRows) return fromRows;
  const maxes = rows.map((r) => r.get('max').text.trim()).filter(Boolean);
  if (maxes.includes('80')) return 'PAPI';
  if (maxes.length > 0 && maxes.every((m) => m === '100')) return 'SIPAS';
  return maxes.length > 0 ? 'PAR' : null;
}

/** Every index a folded text names ('… các Chỉ số PAR INDEX, SIPAS, PAPI' names three). */
export function indicesNamedIn(folded: string): IndexId[] {
  const out: IndexId[] = [];
  if (/\bpapi\b|hanh chinh cong cap tinh/.test(folded)) out.push('PAPI');
  if (/\bsipas\b|chi so hai long|su hai long/.test(folded)) out.push('SIPAS');
  if (/\bpar index\b|\bpar\b|chi so cchc|chi so cai cach hanh chinh/.test(folded)) out.push('PAR');
  return out;
}

/** The one index a text names, or null when it names none or several. */
export function onlyIndexNamedIn(folded: string): IndexId | null {
  const all = indicesNamedIn(folded);
  return all.length === 1 ? all[0]! : null;
}

/** The index a folded caption or part title names, checking the most specific names first. */
export function indexNamedIn(folded: string): IndexId | null {
  if (/\bpapi\b|hanh chinh cong cap tinh/.test(folded)) return 'PAPI';
  if (/\bsipas\b|chi so hai long|su hai long/.test(folded)) return 'SIPAS';
  if (/\bpar index\b|\bpar\b|chi so cchc|chi so cai cach hanh chinh/.test(folded)) return 'PAR';
  return null;
}
