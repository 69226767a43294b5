import { finding } from '../plan/finding';
import type { Finding, IndexId, SourceLocation } from '../plan/schema';
import type { ColumnRole, ColumnStatus } from './columns';
import { captionTitle, type RecognisedTable, type UnreadBlock } from './tables';

/**
 * What the importer made of each table of the source, as data (issue #10, "Never silent"):
 * `chiso import --explain` prints it and the pane can show it before anything is written, where
 * the user may give a column another role (importPlan's `columns` option) and import again.
 */
export interface TableReport {
  /** 'PL2': the label findings and overrides use. */
  label: string;
  /** The appendix caption as written ('PHỤ LỤC II'), or the first caption line. */
  caption: string | null;
  kind: 'tasks' | 'criteria' | 'unread';
  index: IndexId | null;
  /** Rows kept (criteria, tasks or task groups) and rows left out (each with its own finding). */
  rowsRead: number;
  rowsSkipped: number;
  headerRows: number;
  columns: ColumnReport[];
  /** Year of the result column taken, and the target column's year. */
  resultYear: number | null;
  targetYear: number | null;
  /** Why an unread block was left out. */
  reason: UnreadBlock['reason'] | null;
  location: SourceLocation | null;
  /** The criteria this table gave, by id: an appendix read from several tables (a sheet per area) counts each table's own. */
  criterionIds?: string[];
}

export interface ColumnReport {
  /** 1-based column, as a user counts. */
  col: number;
  header: string;
  role: ColumnRole | null;
  claimed: ColumnRole | null;
  year: number | null;
  status: ColumnStatus;
  overridden: boolean;
  /** A column read (it has a role) whose every row is empty: said, so a reader sees why it gave nothing. */
  empty?: boolean;
}

export function tableReport(table: RecognisedTable, rowsRead: number, rowsSkipped: number, criterionIds?: string[]): TableReport {
  return {
    ...(criterionIds ? { criterionIds } : {}),
    label: table.label,
    caption: captionTitle(table.caption),
    kind: table.header.kind,
    index: table.index,
    rowsRead,
    rowsSkipped,
    headerRows: table.headerRowCount,
    columns: table.header.mapping.map((m) => ({
      col: m.col + 1,
      header: m.header,
      role: m.role,
      claimed: m.claimed,
      year: m.year,
      status: m.status,
      overridden: m.overridden,
      ...(m.role !== null && table.rows.length > 0 && !holdsData(table, m.col) ? { empty: true } : {}),
    })),
    resultYear: table.header.resultYear,
    targetYear: table.header.targetYear,
    reason: null,
    location: table.location,
  };
}

export function unreadReport(block: UnreadBlock, k: number): TableReport {
  return {
    label: block.location.table ?? `?${k + 1}`,
    caption: captionTitle(block.caption),
    kind: 'unread',
    index: null,
    rowsRead: 0,
    rowsSkipped: block.rows,
    headerRows: 0,
    columns: block.cells.map((header, i) => ({ col: i + 1, header, role: null, claimed: null, year: null, status: 'unknown', overridden: false })),
    resultYear: null,
    targetYear: null,
    reason: block.reason,
    location: block.location,
  };
}

/** Whether any row of the table has text in column `col` (0-based). */
function holdsData(table: RecognisedTable, col: number): boolean {
  return table.rows.some((r) => r.cells[col]?.text.trim());
}

/**
 * Reader findings about a recognised table's columns: the year taken among several, and every
 * column not read (a difference, a rank, another year, a header no role matches, a blank header
 * over data), so no column is dropped without a word.
 */
export function columnFindings(table: RecognisedTable, findings: Finding[]): void {
  const at = { index: table.index, id: null, source: table.location };
  const choice = table.header.yearChoice;
  if (choice) {
    const taken = table.header.mapping[choice.col]!;
    findings.push(
      finding(choice.ambiguous ? 'import.result-ambiguous' : 'import.result-year', choice.ambiguous ? 'warning' : 'info', { ...at, source: { ...table.location, col: choice.col + 1 } }, 'result', taken.header, choice.year, {
        table: table.label,
        others: choice.others.map((o) => table.header.mapping[o.col]!.header),
      }),
    );
  }
  const left = table.header.mapping.filter((m) => m.role === null && (m.status !== 'blank' || holdsData(table, m.col)));
  if (left.length > 0) {
    findings.push(
      finding('import.columns-ignored', 'info', at, null, left.map((m) => m.header || `#${m.col + 1}`).join(' | '), null, {
        table: table.label,
        columns: left.map((m) => `${m.col + 1}: ${m.header || '—'} (${m.claimed ?? m.status})`),
      }),
    );
  }
}

/** A table-like block that was not imported: a header no table matches is a warning naming its cells; other blocks a note. */
export function unreadFinding(block: UnreadBlock): Finding {
  const header = block.reason === 'header-unknown';
  return finding(header ? 'import.table-unrecognised' : 'import.block-skipped', header ? 'warning' : 'info', { index: null, id: null, source: block.location }, null, block.cells.join(' | '), null, {
    cells: block.cells,
    rows: block.rows,
    caption: captionTitle(block.caption),
  });
}
