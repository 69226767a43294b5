import type { Column } from './table';
import { cellText, type ReadSheet } from './read-model';

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
  for (let r = 1; r <= Math.min(sheet.rows.length, 20); r++) {
    const headers = (sheet.rows[r - 1] ?? []).map(cellText);
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
export function likeliestHeaderRow<K extends string>(sheet: ReadSheet, columns: readonly Column<K>[], minimum: number): { row: number; col: Partial<Record<K, number>>; found: number } | null {
  let best: { row: number; col: Partial<Record<K, number>>; found: number } | null = null;
  for (let r = 1; r <= Math.min(sheet.rows.length, 20); r++) {
    const headers = (sheet.rows[r - 1] ?? []).map(cellText);
    const col: Partial<Record<K, number>> = {};
    let found = 0;
    for (const c of columns) {
      const at = headers.findIndex((h) => matches(h, c));
      if (at >= 0) {
        col[c.key] = at + 1;
        found++;
      }
    }
    if (found >= minimum && (!best || found > best.found)) best = { row: r, col, found };
  }
  return best;
}
