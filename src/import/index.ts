import { fold } from '../plan/text';
import { buildRegistry, formatAgencyRef } from '../agencies/registry';
import type { AgencyRef } from '../agencies/split';
import { finding } from '../plan/finding';
import type { Finding, Plan } from '../plan/schema';
import { readCriteria, type CriterionDraft } from './criteria';
import type { Grid } from './grid';
import { htmlToGrid } from './html-source';
import { linkGroups } from './links';
import { readMetadata } from './metadata';
import { rangeToGrid, tsvToGrid } from './range-source';
import { columnFindings, tableReport, unreadFinding, unreadReport, type TableReport } from './report';
import { leadingText, scanGrid, type TableOverride } from './tables';
import { assignTaskIds, readTasks, type TaskDraft } from './tasks';
import { spaceAlignedHeaderLine, textToGrid } from './text-source';

export type PlanSource =
  | { kind: 'text'; text: string }
  | { kind: 'html'; html: string }
  | { kind: 'range'; values: unknown[][] }
  /** Cells copied from Excel (Ctrl+C): tab-separated rows, Excel's quoting. */
  | { kind: 'tsv'; text: string }
  /** A grid a reader outside the core built (a PDF's tables). */
  | { kind: 'grid'; grid: Grid };

/** Why a source could not be read at all; the shell words it. */
export type ImportErrorCode = 'empty' | 'binary' | 'no-table' | 'cut-off' | 'space-aligned';

export type { TableReport, ColumnReport } from './report';
export type { TableOverride } from './tables';
export type { ColumnRole } from './vocabulary';
export { HEADER_VOCABULARY } from './vocabulary';
export { choiceKey, choicesPending, overridesFrom, rolesOffered, tableFigures, tablesLost, type ColumnChoices, type TableFigures } from './column-choices';
export type { ColumnStatus } from './columns';

export interface ImportOptions {
  /** The caller's choice of role for some columns (e.g. the other year's results), by table label and 0-based column. */
  columns?: readonly TableOverride[];
}

export type ImportResult =
  | { ok: true; plan: Plan; findings: Finding[]; tables: TableReport[] }
  | { ok: false; error: { code: ImportErrorCode; line: number | null } };

export function importPlan(source: PlanSource, options: ImportOptions = {}): ImportResult {
  const raw = source.kind === 'text' || source.kind === 'tsv' ? source.text : source.kind === 'html' ? source.html : null;
  if (raw !== null) {
    if (!raw.trim()) return fail('empty');
    if (looksBinary(raw)) return fail('binary');
  }
  if (source.kind === 'text') {
    const { grid, notes } = textToGrid(source.text);
    if (notes.cutOffAtLine !== null) return fail('cut-off', notes.cutOffAtLine);
    const at = (line: number) => ({ index: null, id: null, source: { table: null, line, row: null, col: null } });
    const findings: Finding[] = [
      ...notes.shortRows.map((m) => finding('import.row-short', 'error', at(m.line), null, m.text, null, {})),
      ...notes.misaligned.map((m) => finding('import.row-misaligned', 'error', at(m.line), null, m.text, null, {})),
    ];
    const r = importGrid(grid, findings, options);
    if (!r.ok && r.error.code === 'no-table') {
      // The headers are there, lined up with spaces: the columns are what chiso cannot read, not a missing table.
      const line = spaceAlignedHeaderLine(source.text);
      if (line !== null) return fail('space-aligned', line);
    }
    return r;
  }
  if (source.kind === 'html') return importGrid(htmlToGrid(source.html), [], options);
  if (source.kind === 'tsv') return importGrid(tsvToGrid(source.text), [], options);
  if (source.kind === 'grid') return source.grid.blocks.length === 0 ? fail('no-table') : importGrid(source.grid, [], options);
  if (source.values.length === 0) return fail('empty');
  return importGrid(rangeToGrid(source.values), [], options);
}

/** A line that is an appendix's heading and nothing else: 'PHỤ LỤC III', 'Phụ lục 2:' (folded). */
const APPENDIX_HEADING = /^phu luc (?:[ivx]+|\d+)$/;

/**
 * Appendix headings no table follows: in a block's caption every heading but the last (the block's
 * own), and every heading after the last block.
 */
function headingsWithoutTable(grid: Grid): string[] {
  // Each heading with the line after it, its title ('Phụ lục III — KẾT QUẢ CHỈ SỐ PAPI …').
  const headings = (lines: readonly string[]) =>
    lines.flatMap((l, i) => (APPENDIX_HEADING.test(fold(l)) ? [lines[i + 1] ? `${l.trim()} — ${lines[i + 1]!.trim()}` : l.trim()] : []));
  const out: string[] = [];
  for (const b of grid.blocks) for (const h of headings(b.caption).slice(0, -1)) out.push(h);
  for (const h of headings(grid.trailing ?? [])) out.push(h);
  return out;
}

function fail(code: ImportErrorCode, line: number | null = null): ImportResult {
  return { ok: false, error: { code, line } };
}

/** NUL bytes or a run of replacement characters: a binary file read as text. */
function looksBinary(text: string): boolean {
  const sample = text.slice(0, 64 * 1024);
  if (sample.includes('\u0000')) return true;
  const bad = sample.match(/\uFFFD/g)?.length ?? 0;
  return bad > 16 && bad / sample.length > 0.02;
}

/** Recognised tables -> one Plan, whatever the source. */
export function importGrid(grid: Grid, findings: Finding[], options: ImportOptions = {}): ImportResult {
  const { tables, unread } = scanGrid(grid, options.columns ?? []);
  if (tables.length === 0) return fail('no-table');

  const meta = readMetadata(grid.preamble.length > 0 ? grid.preamble : leadingText(grid), tables, findings);
  const criteriaDrafts: CriterionDraft[] = [];
  const taskDrafts: TaskDraft[] = [];
  const groups: Plan['groups'] = [];
  const seenCodes = new Map<string, Map<string, CriterionDraft>>();
  const reports: TableReport[] = [];
  // A plan measuring one index gives its task table that index when the table has no parts.
  const indices = [...new Set(tables.filter((t) => t.header.kind === 'criteria').map((t) => t.index).filter((i) => i !== null))];
  const planIndex = indices.length === 1 ? indices[0]! : null;
  for (const table of tables) {
    columnFindings(table, findings);
    if (table.header.kind === 'criteria') {
      // An appendix split over several tables (a sheet per area, a page per table): said; a warning
      // only when the tables share a code, where one of them may repeat or contradict the other.
      const before = new Set(criteriaDrafts.filter((c) => c.index === table.index).map((c) => c.code));
      const repeated = before.size > 0 ? finding('import.table-repeated', 'warning', { index: table.index, id: null, source: table.rows[0]?.location ?? null }, null, table.label, null, {}) : null;
      if (repeated) findings.push(repeated);
      if (!table.index) {
        findings.push(finding('import.index-unknown', 'warning', { index: null, id: null, source: table.location }, null, table.label, null, { caption: table.caption.join(' ') }));
      }
      const seen = seenCodes.get(table.index ?? 'PAR') ?? new Map<string, CriterionDraft>();
      seenCodes.set(table.index ?? 'PAR', seen);
      const read = readCriteria(table, findings, seen);
      if (repeated && !read.criteria.some((c) => c.code !== 'total' && before.has(c.code))) findings[findings.indexOf(repeated)] = { ...repeated, severity: 'info' };
      // One at a time, never spread into one call: a table can hold more rows than the stack has room for arguments.
      for (const c of read.criteria) criteriaDrafts.push(c);
      reports.push(tableReport(table, read.criteria.length, read.skipped, read.criteria.map((c) => c.id)));
    } else {
      // Deadlines without a year ('Quý IV', 'Trước 30/9') are the plan's year: the criteria's target
      // year, else the year the task table's caption names ('… NĂM 2025'), else the plan's date's.
      const read = readTasks(table, meta.targetYear ?? yearNamedIn(table.caption) ?? (meta.date ? Number(meta.date.slice(0, 4)) : null), findings, planIndex);
      for (const t of read.tasks) taskDrafts.push(t);
      for (const g of read.groups) groups.push(g);
      reports.push(tableReport(table, read.tasks.length, read.skipped));
    }
  }
  unread.forEach((block, k) => {
    findings.push(unreadFinding(block));
    reports.push(unreadReport(block, k));
  });
  // An appendix heading with no table under it (a table saved as paragraphs, or as a picture): said,
  // never a plan that silently lacks an appendix.
  for (const heading of headingsWithoutTable(grid)) findings.push(finding('import.appendix-without-table', 'warning', { index: null, id: null, source: null }, null, heading, null, {}));

  // Agency names become canonical only once every spelling in the plan is known.
  const refs: AgencyRef[] = [
    ...taskDrafts.flatMap((t) => [...t.leadRefs, ...t.supportRefs]),
    ...criteriaDrafts.flatMap((c) => c.leadRefs),
  ];
  const registry = buildRegistry(refs.map((r) => r.name));
  const canonical = (list: AgencyRef[]) => list.map((r) => formatAgencyRef({ name: registry.canonical(r.name) ?? r.name, scope: r.scope }));

  const criteria = criteriaDrafts.map(({ leadRefs, ...c }) => ({ ...c, lead: canonical(leadRefs) }));
  const tasks = assignTaskIds(taskDrafts, findings).map(({ leadRefs, supportRefs, part: _part, area: _area, key: _key, ...t }) => ({
    ...t,
    lead: canonical(leadRefs),
    support: canonical(supportRefs),
  }));

  const plan: Plan = {
    meta,
    tasks,
    groups: linkGroups(groups, criteria),
    criteria,
    agencies: registry.agencies,
  };
  return { ok: true, plan, findings, tables: reports };
}

/** The year a caption names as the plan's ('… NĂM 2025', 'năm 2025'), or null. */
function yearNamedIn(caption: readonly string[]): number | null {
  for (const line of caption) {
    const m = /\bn[aă]m\s+(20\d{2})\b/iu.exec(line);
    if (m) return Number(m[1]);
  }
  return null;
}
