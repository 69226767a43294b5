import type { Plan } from '../plan/schema';
import { printSetup } from './print';
import { columnLetter, rowCount, type RowSpec, type RowStream, type SheetSpec } from './spec';

/** How every chiso table sheet is laid out: columns found by header text, a fixed header row. */
export interface Column<K extends string> {
  key: K;
  header: string;
  width: number;
  hidden?: boolean;
}

/** Rows above the table: title, subtitle, a blank line; the header row is HEADER_ROW. */
export const HEADER_ROW = 4;
export const FIRST_DATA_ROW = HEADER_ROW + 1;

/** 'Kế hoạch số 159/KH-UBND ngày 09/06/2025 của UBND Thành phố': how every subtitle names the plan. */
export function planReference(plan: Plan): string {
  const m = plan.meta;
  const date = m.date ? ` ngày ${m.date.split('-').reverse().join('/')}` : '';
  return `Kế hoạch${m.number ? ` số ${m.number}` : ''}${date}${m.issuer ? ` của ${m.issuer}` : ''}`;
}

/** The subtitle of the plan's own appendices, and only of them: '(Kèm theo Kế hoạch số …)'. */
export function appendixSubtitle(plan: Plan): string {
  return `(Kèm theo ${planReference(plan)})`;
}

/** 'dd/mm/yyyy' from 'yyyy-mm-dd'. */
export function viDate(iso: string): string {
  return iso.slice(0, 10).split('-').reverse().join('/');
}

/**
 * Title, subtitle and a blank row: the rows above every table's header; text starts at
 * `startCol`. The subtitle says what the sheet is and when its data was taken — only the
 * appendices themselves say they are attached to the plan (appendixSubtitle).
 */
export function titleRows(title: string, subtitle: string, startCol: number): RowSpec[] {
  const pad = (cells: RowSpec['cells']) => [...Array<null>(startCol - 1).fill(null), ...cells];
  const rows: RowSpec[] = [
    { cells: pad([{ value: title, style: 'title' }]), height: 36 },
    { cells: pad([{ value: subtitle, style: 'subtitle' }]), height: 30 },
    { cells: [] },
  ];
  return rows.slice(0, HEADER_ROW - 1);
}

/** The header row; wrapped headers get a height that fits three lines (readers do not auto-fit). */
export function headerRow<K extends string>(cols: readonly Column<K>[]): RowSpec {
  return { cells: cols.map((c) => ({ value: c.header, style: 'header' })), height: 48 };
}

/** A table sheet's AutoFilter: over its header row (HEADER_ROW) and every row under it. */
export function withAutoFilter(sheet: SheetSpec, cols: number): SheetSpec {
  const last = Math.max(rowCount(sheet), HEADER_ROW + 1);
  return { ...sheet, autoFilter: `A${HEADER_ROW}:${columnLetter(cols)}${last}` };
}

/** A plain listing sheet (findings, agencies): title rows, a header, rows, printed landscape with the header repeated. */
export function listingSheet<K extends string>(plan: Plan, o: { name: string; printTitle: string; cols: Column<K>[]; rows: RowSpec[]; more?: RowStream; freezeCols: number; lastPrintedCol: number }): SheetSpec {
  const first = Math.max(1, o.cols.findIndex((c) => !c.hidden) + 1);
  return {
    name: o.name,
    state: 'visible',
    columns: o.cols.map((c) => ({ width: c.width, hidden: c.hidden ?? false })),
    rows: o.rows,
    ...(o.more ? { more: o.more } : {}),
    // Titles merge over the printed columns from the first visible one (a merge anchored in a hidden column shows nothing).
    // Row 3 too when it carries the sheet's colour legend.
    merges: (o.rows[2]?.cells.some((c) => c !== null) ? [1, 2, 3] : [1, 2]).map((r) => `${columnLetter(first)}${r}:${columnLetter(o.lastPrintedCol)}${r}`),
    freeze: { rows: HEADER_ROW, cols: o.freezeCols },
    conditionalFormats: [],
    validations: [],
    protect: false,
    print: printSetup(plan.meta, o.printTitle, { lastRow: o.rows.length + (o.more?.count ?? 0), lastCol: o.lastPrintedCol, titleRows: `${HEADER_ROW}:${HEADER_ROW}`, orientation: 'landscape' }),
    outlineSummaryAbove: true,
  };
}
