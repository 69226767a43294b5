/**
 * Rows of cells with colspan/rowspan laid out on columns (DESIGN §3): the valuable part of reading
 * HTML tables, shared by every source that knows merged cells (HTML, .docx through HTML, PDF).
 * Pure core.
 */

import type { Cell, GridRow } from './grid';

/** A cell as written in its source: its text (whitespace collapsed) and how many columns and rows it covers. */
export interface SpanCell {
  text: string;
  lines?: string[];
  colspan: number;
  rowspan: number;
}

/** Cells not written in the source (span copies, padding); caps memory for hostile pages. */
export const SYNTHETIC_BUDGET = 1_000_000;

export class Budget {
  constructor(private left: number) {}
  take(n: number): boolean {
    if (n > this.left) return false;
    this.left -= n;
    return true;
  }
}

interface Carry {
  col: number;
  width: number;
  text: string;
  lines?: string[];
  left: number;
}

/** Lays raw rows out on columns: colspan leaves '' in the spanned columns, rowspan copies text down. */
export function layoutSpans(raw: SpanCell[][], budget: Budget): GridRow[] {
  const out: GridRow[] = [];
  let active: Carry[] = [];
  let width = 0;
  for (let r = 0; r < raw.length; r++) {
    const rawRow = raw[r] ?? [];
    const cells: Cell[] = [];
    const created: Carry[] = [];
    let ai = 0;
    const emitCarry = (c: Carry): void => {
      const gap = c.col - cells.length;
      if (gap > 0) {
        if (!budget.take(gap)) return;
        for (let g = 0; g < gap; g++) cells.push({ text: '', line: null });
      }
      for (let k = 0; k < c.width; k++) {
        // A wider cell of this row may already cover part of the carry (a table model error): skip those columns.
        if (c.col + k < cells.length) continue;
        cells.push(k === 0 && c.lines ? { text: c.text, lines: c.lines, line: null, spanned: true } : { text: k === 0 ? c.text : '', line: null, spanned: true });
      }
    };
    for (const rc of rawRow) {
      while (ai < active.length) {
        const c = active[ai];
        if (c === undefined || c.col > cells.length) break;
        emitCarry(c);
        ai++;
      }
      let colspan = rc.colspan;
      // A rowspan never reaches past the table's last row.
      let rowspan = Math.min(rc.rowspan, raw.length - r);
      if (!budget.take(colspan - 1 + colspan * (rowspan - 1))) {
        colspan = 1;
        rowspan = 1;
      }
      const text = rc.text;
      const col = cells.length;
      cells.push(rc.lines ? { text, lines: rc.lines, line: null } : { text, line: null });
      for (let k = 1; k < colspan; k++) cells.push({ text: '', line: null });
      if (rowspan > 1) created.push({ col, width: colspan, text, ...(rc.lines ? { lines: rc.lines } : {}), left: rowspan - 1 });
    }
    for (; ai < active.length; ai++) {
      const c = active[ai];
      if (c !== undefined) emitCarry(c);
    }
    for (const c of active) c.left--;
    active = active.filter((c) => c.left > 0);
    if (created.length > 0) active = active.concat(created).sort((a, b) => a.col - b.col);
    width = Math.max(width, cells.length);
    out.push({ cells, row: r + 1 });
  }
  // Pad to the table's width so column positions line up for the recogniser.
  for (const row of out) {
    const need = width - row.cells.length;
    if (need > 0 && budget.take(need)) {
      for (let k = 0; k < need; k++) row.cells.push({ text: '', line: null });
    }
  }
  return out;
}
