import type { ReadCell, ReadRow, ReadSheet } from '../../src/workbook-kit/read-model';

/**
 * Tests think of small sheets as grids: grid[r][c] is row r+1, column c+1, null where empty.
 * These convert between that and the sparse ReadSheet the readers produce.
 */
export type Grid = (ReadCell | null)[][];

/** A small sheet as a dense grid, cells without their `col` (trailing empty cells and rows trimmed). */
export function gridOf(sheet: ReadSheet): Grid {
  const out: Grid = [];
  for (const r of sheet.rows) {
    while (out.length < r.row - 1) out.push([]);
    const cells: (ReadCell | null)[] = [];
    for (const { col, ...cell } of r.cells) {
      while (cells.length < col - 1) cells.push(null);
      cells[col - 1] = cell;
    }
    out[r.row - 1] = cells;
  }
  return out;
}

/** A grid as the sparse rows of a ReadSheet. */
export function rowsOf(grid: Grid): ReadRow[] {
  const rows: ReadRow[] = [];
  grid.forEach((cells, i) => {
    const placed = cells.flatMap((c, j) => (c ? [{ ...c, col: j + 1 }] : []));
    if (placed.length > 0) rows.push({ row: i + 1, cells: placed });
  });
  return rows;
}

/** Edits a sheet as a grid, in place. */
export function editGrid(sheet: ReadSheet, edit: (grid: Grid) => void): void {
  const grid = gridOf(sheet);
  edit(grid);
  sheet.rows = rowsOf(grid);
}
