/**
 * Excel range / clipboard source → Grid (DESIGN §3).
 *
 * Values are turned into the text the other sources give, so the importer reads one format:
 * numbers with the Vietnamese decimal comma (86.5 → '86,5'), dates as dd/mm/yyyy.
 */

import type { Cell, Grid, GridBlock, GridRow } from './grid';

function clean(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Excel keeps 15 significant digits; formatting to that precision removes float noise (0.1 + 0.2). */
const SIGNIFICANT = 15;
const MAX_DECIMALS = 10;

export function formatNumber(n: number): string {
  if (!Number.isFinite(n)) return '';
  if (Number.isInteger(n) && Math.abs(n) < 1e21) return n === 0 ? '0' : String(n);
  const magnitude = n === 0 ? 0 : Math.floor(Math.log10(Math.abs(n)));
  const decimals = Math.min(MAX_DECIMALS, Math.max(0, SIGNIFICANT - 1 - magnitude));
  let s = n.toFixed(decimals);
  if (s.includes('.')) s = s.replace(/\.?0+$/, '');
  if (s === '-0') s = '0';
  return s.replace('.', ',');
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/**
 * Readers disagree on the time zone of a date-only cell: some give UTC midnight, some local
 * midnight. Whichever of the two is midnight is the one meant.
 */
export function formatDate(d: Date): string {
  if (Number.isNaN(d.getTime())) return '';
  const utcMidnight = d.getUTCHours() === 0 && d.getUTCMinutes() === 0 && d.getUTCSeconds() === 0;
  const [day, month, year] = utcMidnight
    ? [d.getUTCDate(), d.getUTCMonth() + 1, d.getUTCFullYear()]
    : [d.getDate(), d.getMonth() + 1, d.getFullYear()];
  return `${pad2(day)}/${pad2(month)}/${String(year).padStart(4, '0')}`;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null;
}

/** Text of one range value; tolerant of the cell objects other readers produce (rich text, formula results). */
export function valueToText(v: unknown, depth = 0): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return clean(v);
  if (typeof v === 'number') return formatNumber(v);
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (typeof v === 'bigint') return v.toString();
  if (v instanceof Date) return formatDate(v);
  if (!isRecord(v) || depth > 2) return '';
  const rich = v['richText'];
  if (Array.isArray(rich)) {
    return clean(rich.map((run: unknown) => (isRecord(run) && typeof run['text'] === 'string' ? run['text'] : '')).join(''));
  }
  if ('result' in v) return valueToText(v['result'], depth + 1);
  if (typeof v['text'] === 'string') return clean(v['text']);
  if (typeof v['error'] === 'string') return v['error'];
  return '';
}

/** A cell, with its lines kept when the value held line breaks (Alt+Enter in Excel: one agency per line). */
function withLines(text: string, row: unknown, col: number): Cell {
  const v = Array.isArray(row) ? row[col] : null;
  return typeof v === 'string' ? textCell(v, text) : { text, line: null };
}

/** A cell typed as text: whitespace collapsed, its lines kept when it held line breaks. */
export function textCell(value: string, text = clean(value)): Cell {
  if (!/[\r\n]/.test(value)) return { text, line: null };
  const lines = value.split(/\r\n|\r|\n/).map((l) => l.replace(/\s+/g, ' ').trim()).filter(Boolean);
  return lines.length > 1 ? { text, lines, line: null } : { text, line: null };
}

/** One block from a 2D array of range values; ragged rows are padded with ''. */
export function rangeToGrid(values: unknown[][], options?: { firstRow?: number }): Grid {
  const first = options?.firstRow;
  const firstRow = typeof first === 'number' && Number.isFinite(first) ? Math.trunc(first) : 1;
  const source: unknown[] = Array.isArray(values) ? values : [];
  const texts: string[][] = source.map((row) => (Array.isArray(row) ? row.map((v: unknown) => valueToText(v)) : []));
  const width = texts.reduce((w, row) => Math.max(w, row.length), 0);
  const rows: GridRow[] = texts.map((row, index) => {
    const cells: Cell[] = row.map((text, j) => withLines(text, source[index], j));
    while (cells.length < width) cells.push({ text: '', line: null });
    return { cells, row: firstRow + index };
  });
  return { kind: 'range', preamble: [], blocks: [{ caption: [], rows }] };
}

function isSeparator(c: number): boolean {
  return Number.isNaN(c) || c === 9 || c === 10 || c === 13;
}

/**
 * End (exclusive) of an Excel-quoted cell starting at `start` (a '"'), or -1 when it is not one:
 * a quoted cell must close with a quote followed by a tab, a line break or the end.
 * Otherwise the leading quote is just text (Excel quotes only cells that need it).
 */
function quotedEnd(tsv: string, start: number): number {
  let i = start + 1;
  for (;;) {
    const q = tsv.indexOf('"', i);
    if (q < 0) return -1;
    if (tsv.charCodeAt(q + 1) === 34) {
      i = q + 2;
      continue;
    }
    return isSeparator(tsv.charCodeAt(q + 1)) ? q + 1 : -1;
  }
}

/** Splits clipboard text (tab-separated, Excel quoting) into rows of cells. */
export function parseTsv(tsv: string): string[][] {
  const text = typeof tsv === 'string' ? tsv : '';
  const n = text.length;
  const rows: string[][] = [];
  // Empty input gives no rows rather than one empty cell (a copied empty cell is '\r\n').
  if (n === 0) return rows;
  let row: string[] = [];
  let i = 0;
  for (;;) {
    let value: string;
    const end = text.charCodeAt(i) === 34 ? quotedEnd(text, i) : -1;
    if (end >= 0) {
      value = text.slice(i + 1, end - 1).replace(/""/g, '"');
      i = end;
    } else {
      let j = i;
      while (j < n && !isSeparator(text.charCodeAt(j))) j++;
      value = text.slice(i, j);
      i = j;
    }
    row.push(value);
    if (i >= n) {
      rows.push(row);
      break;
    }
    const c = text.charCodeAt(i);
    if (c === 9) {
      i++;
      continue;
    }
    // Line break: \r\n, \n, or a lone \r.
    i += c === 13 && text.charCodeAt(i + 1) === 10 ? 2 : 1;
    rows.push(row);
    row = [];
    if (i >= n) break; // the clipboard ends with a line break; no empty row after it
  }
  return rows;
}

/** Clipboard text copied from Excel → Grid. */
export function tsvToGrid(tsv: string): Grid {
  return rangeToGrid(parseTsv(tsv));
}

/**
 * A text document whose tables are tab-separated lines between paragraphs (a plan saved as plain
 * text by Word or an old office program): each run of tabbed lines is a table block, the lines
 * above it its caption, the lines above the first table the plan's heading.
 */
export function tabbedTextToGrid(text: string): Grid {
  const lines = text.split(/\r\n|\r|\n/);
  const blocks: GridBlock[] = [];
  let loose: string[] = [];
  let preamble: string[] | null = null;
  for (let i = 0; i < lines.length; ) {
    if (!lines[i]!.includes('\t')) {
      const l = lines[i]!.trim();
      if (l) loose.push(l);
      i++;
      continue;
    }
    let j = i;
    while (j < lines.length && (lines[j]!.includes('\t') || insideQuotedCell(lines.slice(i, j).join('\n')))) j++;
    const table = rangeToGrid(parseTsv(lines.slice(i, j).join('\n')), { firstRow: i + 1 });
    if (preamble === null) {
      preamble = loose;
      // The caption: the appendix's own lines just above its table (Phụ lục …, its title).
      const at = loose.findLastIndex((l) => /^ph[uụ] l[uụ]c\b/i.test(l));
      blocks.push({ caption: at >= 0 ? loose.slice(at) : loose.slice(-3), rows: table.blocks[0]!.rows });
    } else blocks.push({ caption: loose.slice(-6), rows: table.blocks[0]!.rows });
    loose = [];
    i = j;
  }
  return { kind: 'text', preamble: preamble ?? loose, blocks };
}

/** An odd number of quotes so far: a quoted cell holding line breaks is still open. */
function insideQuotedCell(text: string): boolean {
  return (text.match(/"/g)?.length ?? 0) % 2 === 1;
}
