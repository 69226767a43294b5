import type { Column } from './table';
import { cellText, type ReadSheet } from './read-model';

/**
 * The first row, of the first 20, that holds every `required` header of `columns`: its number and
 * where each column of the table sits (both 1-based; of two cells that match one column, the
 * leftmost). Columns are found by header text, never by position, so inserted, moved or hidden
 * columns still read. A header that names a year ('Kết quả năm 2024') matches by its words before it.
 */
export function findHeaderRow<K extends string>(sheet: ReadSheet, columns: readonly Column<K>[], required: readonly K[]): { row: number; col: Partial<Record<K, number>> } | null {
  const lookup = headerLookup([columns]);
  for (let n = 0; n < sheet.rows.length; n++) {
    const row = sheet.rows[n]!;
    if (row.row < 1) continue;
    if (row.row > 20) break;
    const col: Partial<Record<K, number>> = {};
    for (const cell of row.cells) {
      if (cell.col > HEADER_MAX_COLS) break;
      const text = cellText(cell);
      if (text === '') continue;
      for (const { column } of headerMatches(lookup, text)) col[columns[column]!.key] ??= cell.col;
    }
    if (required.every((k) => col[k] !== undefined)) return { row: row.row, col };
  }
  return null;
}

export interface HeaderRow<K extends string> {
  row: number;
  col: Partial<Record<K, number>>;
  found: number;
}

/**
 * For each of several tables a sheet may hold, the row of the first 20 that holds the most of its
 * headers (at least `minimum`), and where each column found sits, 1-based: for tables whose
 * columns may have been deleted as well as moved. Each text is looked up once for all tables. Of two cells of a row that match one column, the leftmost counts. Pass
 * the same `tables` array each time: what is built to look headers up is kept by it.
 */
export function likeliestHeaderRows<K extends string>(sheet: ReadSheet, tables: readonly (readonly Column<K>[])[], minimum: number): (HeaderRow<K> | null)[] {
  // Every sheet of every return is searched: the headers are looked up by text, and a result
  // object is made only for a row that beats the best.
  const lookup = headerLookup(tables);
  const best: (HeaderRow<K> | null)[] = tables.map(() => null);
  // Where each table's columns sit in the row at hand (0: not found), and how many were found.
  const at = tables.map((columns) => new Array<number>(columns.length).fill(0));
  const found = tables.map(() => 0);
  // Rows and cells are in ascending order, each once (read-model.ts): the first match is the leftmost.
  // Indexed loops: the first sheets are searched before the JIT has optimised this, where each
  // for-of costs an iterator.
  for (let n = 0; n < sheet.rows.length; n++) {
    const row = sheet.rows[n]!;
    if (row.row < 1) continue;
    if (row.row > 20) break;
    for (let t = 0; t < tables.length; t++) {
      at[t]!.fill(0);
      found[t] = 0;
    }
    for (let k = 0; k < row.cells.length; k++) {
      const cell = row.cells[k]!;
      if (cell.col > HEADER_MAX_COLS) break;
      const text = cellText(cell);
      if (text === '') continue;
      const matched = headerMatches(lookup, text);
      for (let m = 0; m < matched.length; m++) {
        const { table, column } = matched[m]!;
        if (at[table]![column] !== 0) continue;
        at[table]![column] = cell.col;
        found[table]!++;
      }
    }
    for (let t = 0; t < tables.length; t++) {
      if (found[t]! < minimum || (best[t] && found[t]! <= best[t]!.found)) continue;
      const col: Partial<Record<K, number>> = {};
      tables[t]!.forEach((c, k) => {
        if (at[t]![k]! > 0) col[c.key] = at[t]![k];
      });
      best[t] = { row: row.row, col, found: found[t]! };
    }
  }
  return best;
}

/** A header row is read up to column 1,000 (as denseCells reads a row by default). */
const HEADER_MAX_COLS = 1_000;

/** A column of one of the tables looked for: the table's place in the list and the column's in the table. */
interface TableColumn {
  table: number;
  column: number;
}

/** The tables' columns by header, the lengths headers have, and the longest. */
interface HeaderLookup {
  byText: Map<string, TableColumn[]>;
  lengths: number[];
  longest: number;
}

/** Built once per list of tables: a reader asks again for every sheet of every return. */
const lookups = new WeakMap<readonly (readonly Column<string>[])[], HeaderLookup>();

function headerLookup(tables: readonly (readonly Column<string>[])[]): HeaderLookup {
  let known = lookups.get(tables);
  if (!known) {
    const byText = new Map<string, TableColumn[]>();
    tables.forEach((columns, table) => {
      columns.forEach((c, column) => byText.set(c.header, [...(byText.get(c.header) ?? []), { table, column }]));
    });
    const lengths = [...new Set(tables.flatMap((columns) => columns.map((c) => c.header.length)))];
    known = { byText, lengths, longest: lengths.reduce((a, b) => Math.max(a, b), 0) };
    lookups.set(tables, known);
  }
  return known;
}

const NONE: readonly TableColumn[] = [];
const YEAR = ' năm ';

/**
 * The columns whose header `text` is: the header itself, or the header then ' năm ' and more (a
 * header naming a year). Every cell of a sheet's first rows is asked, a task's title of hundreds
 * of letters among them: a text longer than every header is not looked up whole, and ' năm ' is
 * looked for only where a header would end, never searched for along the text.
 */
function headerMatches({ byText, lengths, longest }: HeaderLookup, text: string): readonly TableColumn[] {
  const exact = text.length <= longest ? byText.get(text) : undefined;
  let all: TableColumn[] | null = null;
  for (let l = 0; l < lengths.length; l++) {
    const n = lengths[l]!;
    if (n + YEAR.length > text.length || !text.startsWith(YEAR, n)) continue;
    const more = byText.get(text.slice(0, n));
    if (more) all = [...(all ?? exact ?? []), ...more];
  }
  return all ?? exact ?? NONE;
}
