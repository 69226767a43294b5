import type { Column } from './table';
import { cellText, denseCells, rowsFrom, type ReadSheet } from './read-model';

/** Headers that name a year ('Kết quả năm 2024', 'Tự đánh giá năm 2025') match by their words before it. */
function matches(header: string, c: Column<string>): boolean {
  return header === c.header || header.startsWith(`${c.header} năm `);
}

/**
 * The first row, of the first 20, that holds every `required` header of `columns`: its number and
 * where each column of the table sits (both 1-based). Columns are found by header text, never by
 * position, so inserted, moved or hidden columns still read.
 */
export function findHeaderRow<K extends string>(sheet: ReadSheet, columns: readonly Column<K>[], required: readonly K[]): { row: number; col: Partial<Record<K, number>> } | null {
  for (const row of rowsFrom(sheet, 1)) {
    const r = row.row;
    if (r > 20) break;
    const headers = denseCells(row).map(cellText);
    const col: Partial<Record<K, number>> = {};
    for (const c of columns) {
      const at = headers.findIndex((h) => matches(h, c));
      if (at >= 0) col[c.key] = at + 1;
    }
    if (required.every((k) => col[k] !== undefined)) return { row: r, col };
  }
  return null;
}

/**
 * The row, of the first 20, that holds the most headers of `columns` (at least `minimum`): for a
 * table whose columns may have been deleted as well as moved. Where each column found sits, 1-based.
 */
export function likeliestHeaderRow<K extends string>(sheet: ReadSheet, columns: readonly Column<K>[], minimum: number): HeaderRow<K> | null {
  return likeliestHeaderRows(sheet, [columns], minimum)[0]!;
}

export interface HeaderRow<K extends string> {
  row: number;
  col: Partial<Record<K, number>>;
  found: number;
}

/**
 * likeliestHeaderRow for several tables at once (a sheet that may hold any of them): each row's
 * texts are made once for all. Of two cells of a row that match one column, the leftmost counts.
 */
export function likeliestHeaderRows<K extends string>(sheet: ReadSheet, tables: readonly (readonly Column<K>[])[], minimum: number): (HeaderRow<K> | null)[] {
  // Every sheet of every return is searched: the headers are looked up by text, and a result
  // object is made only for a row that beats the best.
  const lookups = tables.map(headerLookup);
  const best: (HeaderRow<K> | null)[] = tables.map(() => null);
  // The row's texts, whether each holds ' năm ' (few do: only they can match a header by its words before a year), and their columns.
  const texts: string[] = [];
  const years: boolean[] = [];
  const cols: number[] = [];
  // Rows and cells are in ascending order, each once (read-model.ts): the first match is the leftmost.
  // Indexed loops: the first sheets are searched before the JIT has optimised this, where each
  // for-of costs an iterator.
  for (let n = 0; n < sheet.rows.length; n++) {
    const row = sheet.rows[n]!;
    if (row.row < 1) continue;
    if (row.row > 20) break;
    texts.length = 0;
    years.length = 0;
    cols.length = 0;
    for (let k = 0; k < row.cells.length; k++) {
      const cell = row.cells[k]!;
      if (cell.col > HEADER_MAX_COLS) break;
      const text = cellText(cell);
      if (text === '') continue;
      texts.push(text);
      years.push(text.includes(YEAR));
      cols.push(cell.col);
    }
    for (let t = 0; t < tables.length; t++) {
      const at = columnsAt(lookups[t]!, tables[t]!.length, texts, years, cols);
      let found = 0;
      for (let k = 0; k < at.length; k++) if (at[k]! > 0) found++;
      if (found < minimum || (best[t] && found <= best[t]!.found)) continue;
      const col: Partial<Record<K, number>> = {};
      tables[t]!.forEach((c, k) => {
        if (at[k]! > 0) col[c.key] = at[k];
      });
      best[t] = { row: row.row, col, found };
    }
  }
  return best;
}

/** Where each column's header sits in a row (its texts and their columns), 0 where it is not. */
function columnsAt(lookup: HeaderLookup, count: number, texts: readonly string[], years: readonly boolean[], cols: readonly number[]): number[] {
  const at = new Array<number>(count).fill(0);
  for (let i = 0; i < texts.length; i++) {
    const matched = headerMatches(lookup, texts[i]!, years[i]!);
    for (let m = 0; m < matched.length; m++) if (at[matched[m]!] === 0) at[matched[m]!] = cols[i]!;
  }
  return at;
}

/** As denseCells' default: a header row is read up to column 1,000. */
const HEADER_MAX_COLS = 1_000;

/** Each header's columns (by position in `columns`), and the lengths headers have. */
interface HeaderLookup {
  byText: Map<string, number[]>;
  lengths: number[];
}

/** Built once per columns array: a reader asks again for every sheet of every return. */
const lookups = new WeakMap<readonly Column<string>[], HeaderLookup>();

function headerLookup(columns: readonly Column<string>[]): HeaderLookup {
  let known = lookups.get(columns);
  if (!known) {
    const byText = new Map<string, number[]>();
    for (const [k, c] of columns.entries()) byText.set(c.header, [...(byText.get(c.header) ?? []), k]);
    known = { byText, lengths: [...new Set(columns.map((c) => c.header.length))] };
    lookups.set(columns, known);
  }
  return known;
}

const NO_COLUMNS: readonly number[] = [];
const YEAR = ' năm ';

/**
 * The columns whose header `text` is, as `matches` says: the header itself, or (`year`: the text
 * holds ' năm ') the header then ' năm ' and more, looked for where each header would end.
 */
function headerMatches({ byText, lengths }: HeaderLookup, text: string, year: boolean): readonly number[] {
  const exact = byText.get(text);
  if (!year) return exact ?? NO_COLUMNS;
  let all: number[] | null = null;
  for (let l = 0; l < lengths.length; l++) {
    const n = lengths[l]!;
    if (n + YEAR.length > text.length || !text.startsWith(YEAR, n)) continue;
    const more = byText.get(text.slice(0, n));
    if (more) all = [...(all ?? exact ?? []), ...more];
  }
  return all ?? exact ?? NO_COLUMNS;
}
