import { fold } from '../plan/text';
import { READ_ROLES } from './read-roles';
import { COMPILED_VOCABULARY, headerFold, YEAR_ONLY, type ColumnRole } from './vocabulary';

export type { ColumnRole } from './vocabulary';

/**
 * Columns are mapped by header text, never by position, so that another province's plan with
 * other years, one column more or a header over two rows still imports. The phrases live in
 * vocabulary.ts; this file decides between columns that claim the same role (several years).
 */

/** Cells are asked again and again (every cell of a text plan may open a header): remembered, within bounds. */
const roleCache = new Map<string, ColumnRole | null>();
const ROLE_CACHE_MAX = 4096;

/** The role the vocabulary gives one header text, or null. A bare year ('Năm 2024') is a score column whose year decides. */
export function columnRole(headerText: string): ColumnRole | null {
  const cached = roleCache.get(headerText);
  if (cached !== undefined) return cached;
  // No header runs to 120 characters; a longer cell is data and is not worth folding.
  const role = headerText.length > 120 ? null : roleOf(headerText);
  if (roleCache.size >= ROLE_CACHE_MAX) roleCache.clear();
  roleCache.set(headerText, role);
  return role;
}

function roleOf(headerText: string): ColumnRole | null {
  // A header that names its role before a parenthesis says the role there: 'Kết quả năm 2024
  // (điểm đạt/điểm tối đa)' is the result, written as a fraction of the max, not the max.
  const before = /^([^()]*\S)\s*\([^()]*\)\s*$/.exec(headerText)?.[1];
  // Only a plain result header before it ('Kết quả…', 'Điểm đạt…', or a year): 'Điểm (tối đa)' is the max.
  if (before !== undefined && before !== headerText && (headerYear(before) !== null || /\b(ket qua|diem dat|dat duoc)\b/.test(headerFold(before)))) {
    if (roleOf(before) === 'result') return 'result';
  }
  const f = headerFold(headerText);
  if (!f) return null;
  const hasYear = headerYear(headerText) !== null;
  for (const entry of COMPILED_VOCABULARY) if (entry.test(f, hasYear)) return entry.role;
  if (YEAR_ONLY.test(f)) return 'result';
  return null;
}

/** The year a header names ('Kết quả năm 2024' -> 2024); the last one when it names several. */
export function headerYear(headerText: string): number | null {
  const all = [...headerText.matchAll(/(?<!\d)(19|20)(\d{2})(?!\d)/g)];
  const m = all[all.length - 1];
  return m ? Number(m[1]! + m[2]!) : null;
}

export type TableKind = 'tasks' | 'criteria';

/** Why a column is read or not: shown by `chiso import --explain` and the pane's preview. */
export type ColumnStatus =
  /** Read as its role. */
  | 'mapped'
  /** A score of another year than the one taken. */
  | 'other-year'
  /** A second column claiming a role already taken. */
  | 'duplicate'
  /** Known but not imported (difference, rank, remarks, a future year). */
  | 'ignored'
  /** No role: the header matched nothing in the vocabulary. */
  | 'unknown'
  /** Empty header. */
  | 'blank';

export interface ColumnMapping {
  /** 0-based position in the grid row. */
  col: number;
  /** Header text as written, the rows of a multi-row header joined with ' / '. */
  header: string;
  /** The role read from this column, null when it is not read. */
  role: ColumnRole | null;
  /** What the vocabulary (or the caller's override) said the column is. */
  claimed: ColumnRole | null;
  year: number | null;
  status: ColumnStatus;
  /** True when the caller chose this column's role. */
  overridden: boolean;
}

/** A caller's choice of role for one column (e.g. the other year); null to ignore the column. */
export interface ColumnOverride {
  col: number;
  role: ColumnRole | null;
}

export interface HeaderMap {
  kind: TableKind;
  /** Column position of each role read. */
  columns: Partial<Record<ColumnRole, number>>;
  /** Every column, mapped or not, with why. */
  mapping: ColumnMapping[];
  /** Header texts that matched no role: extra columns, kept out of the model. */
  unknown: { col: number; text: string }[];
  /** Year of the result column taken; null when its header names none. */
  resultYear: number | null;
  targetYear: number | null;
  /** Set when several score columns of past years were offered: the one taken and the others. */
  yearChoice: { col: number; year: number | null; others: { col: number; year: number | null }[]; ambiguous: boolean } | null;
}

const SINGLE_ROLES: readonly ColumnRole[] = ['code', 'task', 'deadline', 'lead', 'support', 'output', 'name', 'max', 'result', 'target'];

/**
 * Map a table's header (one text per column, multi-row headers already joined) to roles.
 * Null when the columns do not make a known table: tasks need a task and a lead column,
 * criteria a name column and scores. Criteria without a number column are taken here and kept
 * only if their rows write the numbers at the head of the names (tables.ts).
 */
export function mapHeader(texts: string[], overrides: readonly ColumnOverride[] = []): HeaderMap | null {
  const mapping: ColumnMapping[] = texts.map((header, col) => {
    const override = overrides.find((o) => o.col === col);
    const claimed = override ? override.role : columnRole(header);
    return {
      col,
      header,
      role: null,
      claimed,
      year: headerYear(header),
      status: !header.trim() && !override ? 'blank' : claimed === null ? (override ? 'ignored' : 'unknown') : 'mapped',
      overridden: override !== undefined,
    };
  });

  // A tasks table may head its task column 'Nội dung': without scores, a name column is the task.
  const has = (role: ColumnRole) => mapping.some((m) => m.claimed === role);
  const scores = (['max', 'result', 'target'] as const).filter(has).length;
  if (!has('task') && has('name') && has('lead') && has('deadline') && scores === 0) {
    for (const m of mapping) if (m.claimed === 'name') m.claimed = 'task';
  }

  const columns: Partial<Record<ColumnRole, number>> = {};
  const targetYear = pickTarget(mapping, columns);
  const yearChoice = pickResult(mapping, columns, targetYear);
  for (const role of SINGLE_ROLES) {
    if (role === 'result' || role === 'target') continue;
    const claims = mapping.filter((m) => m.claimed === role);
    const chosen = claims.find((m) => m.overridden) ?? claims[0];
    if (!chosen) continue;
    columns[role] = chosen.col;
    chosen.role = role;
    for (const m of claims) if (m !== chosen) m.status = 'duplicate';
  }
  for (const m of mapping) if (m.role === null && m.status === 'mapped') m.status = 'ignored';

  const resultCol = columns.result;
  const resultYear = resultCol === undefined ? null : mapping[resultCol]!.year;
  const unknown = mapping.filter((m) => m.status === 'unknown').map((m) => ({ col: m.col, text: m.header }));
  const base = { columns, mapping, unknown, resultYear, targetYear, yearChoice };
  const numeric = (['max', 'result', 'target'] as const).filter((r) => columns[r] !== undefined).length;
  const kind: TableKind | null =
    columns.task !== undefined && columns.lead !== undefined
      ? 'tasks'
      : columns.name !== undefined && (columns.code !== undefined ? numeric >= 2 || columns.result !== undefined : numeric >= 2)
        ? 'criteria'
        : null;
  if (kind === null) return null;
  // In a task table 'Kết quả' is what the task produces (a report, a conference), not a score.
  const product = kind === 'tasks' && columns.output === undefined ? mapping.find((m) => m.claimed === 'result' && !m.overridden && /\bket qua\b/.test(fold(m.header)) && !/\bdiem\b/.test(fold(m.header))) : undefined;
  if (product) {
    if (columns.result === product.col) delete columns.result;
    columns.output = product.col;
    product.role = 'output';
    product.status = 'mapped';
  }
  // A role this kind of table does not keep (a deadline beside criteria) is a column not read, and said.
  for (const m of mapping) {
    if (m.role !== null && !READ_ROLES[kind].includes(m.role)) {
      delete columns[m.role];
      m.role = null;
      m.status = 'ignored';
    }
  }
  const readsScores = kind === 'criteria';
  return { kind, ...base, resultYear: readsScores ? resultYear : null, targetYear: readsScores ? targetYear : null, yearChoice: readsScores ? yearChoice : null };
}

/** The target column: the latest year among those headed as targets. Returns the target year. */
function pickTarget(mapping: ColumnMapping[], columns: Partial<Record<ColumnRole, number>>): number | null {
  const claims = mapping.filter((m) => m.claimed === 'target');
  if (claims.length === 0) return null;
  const chosen = claims.find((m) => m.overridden) ?? latest(claims);
  columns.target = chosen.col;
  chosen.role = 'target';
  for (const m of claims) if (m !== chosen) m.status = 'other-year';
  return chosen.year;
}

/**
 * The result is the latest year before the target year (issue #10 item 2). A score column of the
 * target year or later is not a result. Never the first match silently: the choice is returned
 * so the importer can say which column it took.
 */
function pickResult(mapping: ColumnMapping[], columns: Partial<Record<ColumnRole, number>>, targetYear: number | null): HeaderMap['yearChoice'] {
  const claims = mapping.filter((m) => m.claimed === 'result');
  if (claims.length === 0) return null;
  const forced = claims.find((m) => m.overridden);
  const past = claims.filter((m) => targetYear === null || m.year === null || m.year < targetYear);
  for (const m of claims) if (!past.includes(m) && m !== forced) m.status = 'ignored';
  const pool = past.length > 0 ? past : claims;
  // A share beside the points of the same year ('Năm 2024 / Điểm đạt' and 'Năm 2024 / Tỷ lệ (%)', the
  // points as a percentage of the max) is not the result: the points are. A share alone (SIPAS's
  // 'Tỷ lệ hài lòng') still is.
  const points = pool.filter((m) => !isShare(m.header));
  const from = points.length > 0 && points.length < pool.length && points.some((m) => m.year === latest(pool).year) ? points : pool;
  const chosen = forced ?? latest(from);
  columns.result = chosen.col;
  chosen.role = 'result';
  for (const m of pool) if (m !== chosen) m.status = 'other-year';
  if (pool.length < 2 && !forced) return null;
  const others = pool.filter((m) => m !== chosen).map((m) => ({ col: m.col, year: m.year }));
  // Without years to tell them apart, the rightmost (usually the latest) is taken and the choice is a guess.
  const ambiguous = !forced && from.filter((m) => m.year === chosen.year).length > 1;
  return { col: chosen.col, year: chosen.year, others, ambiguous };
}

/** A header that says share or per cent ('Tỷ lệ (%)', 'Tỷ lệ đạt'), in its last part (under its year). */
function isShare(header: string): boolean {
  const last = fold(header.split(' / ').pop() ?? '');
  return /^ty le\b/.test(last) || /^\(?%\)?$/.test(last.trim());
}

/** The column with the latest year; among equal years (or none), the rightmost. */
function latest(list: ColumnMapping[]): ColumnMapping {
  return list.reduce((best, m) => ((m.year ?? -1) >= (best.year ?? -1) ? m : best));
}

/** A one-row header whose first cell names the row number column (the flattened text's tables). */
export function readHeader(texts: string[]): HeaderMap | null {
  if (texts.length < 3 || columnRole(texts[0] ?? '') !== 'code') return null;
  return mapHeader(texts);
}

/** True for a cell that can open a header row ('STT', 'Số thứ tự', 'Mã tiêu chí'): short, so most cells are answered at once. */
export function isCodeHeader(text: string): boolean {
  return text.length <= 24 && columnRole(text) === 'code';
}

/** True for any cell text that names a known column (used to find where a header run ends). */
export function isHeaderCell(text: string): boolean {
  return columnRole(text) !== null;
}
