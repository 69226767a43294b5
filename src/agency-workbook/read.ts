import { parseViNumber } from '../plan/numbers';
import { LEGEND_WORDS } from '../workbook-kit/legend';
import type { Criterion, IndexId, Plan, Task } from '../plan/schema';
import { compiler, type CompiledValue, type Compiled, type ReturnExtract } from '../agencies/compile';
import type { FileProblem, FileRefusal, ValueRefusal } from '../agencies/refusal';
import type { Assignment } from '../agencies/recipients';
import { criterionChildren, lockedCriterionCells, lockedTaskCells } from './write';
import { AGENCY_FORMAT, AGENCY_TEMPLATE_VERSION, layoutOf, type AgencyLayout, type CriterionInput, type TaskInput } from './layout';
import { likeliestHeaderRow } from '../workbook-kit/header-row';
import { cappedRefusals } from '../agencies/refusals';
import type { Column } from '../workbook-kit/table';
import { columnLetter } from '../workbook-kit/spec';
import { cellOf, cellText as text, rowAt, type ReadCell, type ReadRow, type ReadSheet, type ReadWorkbook } from '../workbook-kit/read-model';

/** A returned file as read: the workbook, or why it could not be read (worded by the shell). */
export interface Return {
  file: string;
  /** Modification time: of two returns from one agency, the later one counts. */
  modified: number;
  /** The workbook as read, or why it could not be read (worded by the shell). */
  workbook: ReadWorkbook | null;
  problem: FileProblem | null;
  /**
   * What the reader wants said. 'clamped': a range cut back (`part` the file's part, `from` the range
   * as written); 'formula-without-value', 'hidden-by-merge': a cell (`part` the sheet, `from` the cell).
   */
  notes?: { kind?: 'clamped' | 'formula-without-value' | 'hidden-by-merge'; part: string; from: string }[];
}

/** Every return read and merged in one call (the shells stream instead; see compiler). */
export function compile(plan: Plan, assignments: Assignment[], returns: Return[]): Compiled {
  const c = compiler(plan, assignments);
  const read = returnReader(plan, assignments);
  for (const r of returns) c.add(read(r));
  return c.result();
}

/**
 * A function that reduces returns of one plan to their ReturnExtracts: refused with a reason, or
 * the agency and the values and refusals it holds. Each return is read by the layout of the
 * template version that produced it (src/agency-workbook/layout.ts). Compiling a round (`round.period`),
 * a return stamped with another round is refused.
 */
export function returnReader(plan: Plan, assignments: Assignment[], round: { period: string | null } = { period: null }): (ret: Return) => ReturnExtract {
  const byKey = new Map(assignments.map((a) => [a.recipient.key, a]));
  const index = planIndex(plan);
  return (ret) => {
    const { file, modified } = ret;
    const refuse = (refused: FileRefusal): ReturnExtract => ({ file, modified, refused });
    if (!ret.workbook) return refuse({ reason: ret.problem ?? 'unreadable' });
    const meta = returnMeta(ret.workbook);
    if (!meta) return refuse({ reason: 'not-an-agency-workbook' });
    const version = meta.get('version') ?? '';
    const layout = layoutOf(version);
    if (!layout) {
      // A later version is a newer chiso's; no version, or one no chiso writes, is an edited _meta.
      const newer = /^\d+$/.test(version) && Number(version) > AGENCY_TEMPLATE_VERSION;
      return refuse(newer ? { reason: 'version-unknown', version, newest: AGENCY_TEMPLATE_VERSION } : { reason: 'version-missing' });
    }
    if ((meta.get('plan') ?? '') !== (plan.meta.number ?? '')) return refuse({ reason: 'other-plan', plan: meta.get('plan') ?? '' });
    // A return of another round is not mixed in; one made for no particular round (before periods) still reads.
    const period = meta.get('period') ?? '';
    if (round.period !== null && period !== '' && period !== round.period) return refuse({ reason: 'other-period', period, expected: round.period });
    const agency = byKey.get(meta.get('recipient') ?? '');
    if (!agency) return refuse({ reason: 'unknown-agency', recipient: meta.get('recipient') ?? '' });
    const read = readReturn(index, agency, layout, ret.workbook, file);
    // Said, not hidden: the file still reads, but the agency should know its sheet was damaged.
    for (const n of ret.notes ?? []) {
      // The template's own live sums (a parent's score in a leaves-only layout) are never read: a
      // program that saved them without computing them has lost nothing of the agency's.
      if (n.kind === 'formula-without-value' && read.templateFormulas.has(`${n.part}!${n.from}`)) continue;
      if (n.kind === undefined || n.kind === 'clamped') read.rejected.push({ file, sheet: n.part, cell: null, reason: 'range-clamped', range: n.from });
      else read.rejected.push({ file, sheet: n.part, cell: `${n.part}!${n.from}`, reason: n.kind });
    }
    return { file, modified, refused: null, agency: agency.recipient.key, values: read.values, rejected: read.rejected };
  };
}

/** The key/value rows of a return's `_meta` sheet (the sheet that names the agency format), or null when it has none. */
function returnMeta(wb: ReadWorkbook): Map<string, string> | null {
  const sheet = wb.sheets.find((s) => s.rows.some((r) => text(cellOf(r, 1)) === 'format' && text(cellOf(r, 2)) === AGENCY_FORMAT));
  return sheet ? new Map(sheet.rows.map((r) => [text(cellOf(r, 1)), text(cellOf(r, 2))])) : null;
}

/** What reading a return looks up for every row, built once per plan. */
interface PlanIndex {
  criteria: Map<string, Criterion>;
  tasks: Map<string, Task>;
  resultYear: number | null;
  targetYear: number | null;
  /** Criteria with children: in a leaves-only layout their score is the sum of the children's. */
  parents: ReadonlySet<string>;
  /** lockedTexts already worked out, per layout, by kind, row id and role: every return asks again for the same rows. */
  locked: Map<AgencyLayout, Map<string, [string, string][]>>;
}

function planIndex(plan: Plan): PlanIndex {
  const parents = new Set(plan.criteria.filter((c) => criterionChildren(plan, c).length > 0).map((c) => c.id));
  return { criteria: new Map(plan.criteria.map((c) => [c.id, c])), tasks: new Map(plan.tasks.map((t) => [t.id, t])), resultYear: plan.meta.resultYear, targetYear: plan.meta.targetYear, parents, locked: new Map() };
}

/** The locked cells of a row as the template wrote them, as text, by column key. */
function lockedTexts(index: PlanIndex, agency: Assignment, layout: AgencyLayout, kind: 'task' | 'criterion', id: string): [string, string][] {
  // A task's locked cells depend on the agency only through its role (lead or support).
  const key = kind === 'task' ? `t${agency.leads.includes(id) ? 'L' : 'S'}:${id}` : `c:${id}`;
  let byLayout = index.locked.get(layout);
  if (!byLayout) {
    byLayout = new Map();
    index.locked.set(layout, byLayout);
  }
  let texts = byLayout.get(key);
  if (!texts) {
    texts = Object.entries(lockedTextsOnce(index, agency, layout, kind, id));
    byLayout.set(key, texts);
  }
  return texts;
}

function lockedTextsOnce(index: PlanIndex, agency: Assignment, layout: AgencyLayout, kind: 'task' | 'criterion', id: string): Record<string, string> {
  const asText = (v: string | number | null) => (v === null ? '' : String(v));
  if (kind === 'task') {
    const t = index.tasks.get(id);
    return t ? Object.fromEntries(Object.entries(lockedTaskCells(t, agency.leads.includes(id) ? layout.taskBlocks.lead.role : layout.taskBlocks.support.role, layout)).filter((e): e is [string, string] => e[1] !== undefined)) : {};
  }
  const c = index.criteria.get(id);
  return c ? Object.fromEntries(Object.entries(lockedCriterionCells(c, layout)).map(([k, v]) => [k, asText(v)])) : {};
}

type Field = TaskInput | CriterionInput;

/** A table of the return as found: which kind, its header row and where each column it still has sits (0-based). */
interface FoundTable {
  kind: 'task' | 'criterion';
  row: number;
  col: Partial<Record<string, number>>;
  /** The template's columns of this table, with the headers as written for this plan. */
  columns: readonly Column<string>[];
  inputs: readonly Field[];
}

/**
 * The table on a sheet, found by header text: the kind whose headers it holds most of (three at
 * least, so a stray word is not a table). Columns may be moved or deleted; each is found wherever it is.
 */
function tableOn(sheet: ReadSheet, layout: AgencyLayout, index: PlanIndex): FoundTable | null {
  const kinds = [
    { kind: 'task' as const, match: layout.taskColumns, columns: layout.taskColumns, inputs: layout.taskInputs },
    { kind: 'criterion' as const, match: layout.criterionColumns(null, null), columns: layout.criterionColumns(index.resultYear, index.targetYear), inputs: layout.criterionInputs },
  ];
  let best: FoundTable | null = null;
  let bestFound = 0;
  for (const k of kinds) {
    const found = likeliestHeaderRow(sheet, k.match, 3);
    if (!found || found.found <= bestFound) continue;
    const col = Object.fromEntries(Object.entries(found.col).map(([key, v]) => [key, (v as number) - 1]));
    best = { kind: k.kind, row: found.row - 1, col, columns: k.columns, inputs: k.inputs };
    bestFound = found.found;
  }
  return best;
}

/**
 * A row's id: its hidden ID cell, or, when the agency deleted the ID column, the plan-given cells
 * that name the row (TT for a task; Chỉ số and Mã for a criterion).
 */
function rowId(t: FoundTable, layout: AgencyLayout, row: ReadRow): string {
  const at = (key: string) => (t.col[key] === undefined ? '' : text(cellOf(row, t.col[key]! + 1)));
  if (t.col.id !== undefined) return at('id');
  if (t.kind === 'task') return at('number') ? `TASK:${at('number')}` : '';
  const indexId = (Object.keys(layout.indexNames) as IndexId[]).find((k) => layout.indexNames[k] === at('index'));
  return indexId && at('code') ? `${indexId}:${at('code')}` : '';
}

function readReturn(index: PlanIndex, agency: Assignment, layout: AgencyLayout, wb: ReadWorkbook, file: string): { values: CompiledValue[]; rejected: Compiled['rejected']; templateFormulas: Set<string> } {
  const values: CompiledValue[] = [];
  const templateFormulas = new Set<string>();
  // Listed up to a cap per sheet, then counted: one return can hold a million refused cells.
  const rejected = cappedRefusals(file);
  const criteria = index.criteria;
  const expectedTasks = new Set([...agency.leads, ...agency.supports]);
  // As the template wrote them: an index's total is never a row to fill in.
  const expectedCriteria = new Set(agency.criteria.filter((id) => criteria.has(id) && criteria.get(id)!.code !== 'total'));
  const blockTitles: ReadonlySet<string> = new Set([layout.taskBlocks.lead.title, layout.taskBlocks.support.title]);
  const seen = new Set<string>();
  let foundTasks = false;
  let foundCriteria = false;

  for (const sheet of wb.sheets) {
    if (sheet.rows.some((r) => text(cellOf(r, 1)) === 'format')) continue; // _meta
    const table = tableOn(sheet, layout, index);
    if (!table) {
      // The agency's own extra sheet, or the guide: values there are listed, never merged.
      if (sheet.name !== layout.sheets.guide) {
        let count = 0;
        eachValue(sheet, 0, () => count++);
        rejected.extraSheet(sheet.name, count, (f) => eachValue(sheet, 0, f));
      }
      continue;
    }
    if (table.kind === 'task') foundTasks = true;
    else foundCriteria = true;
    // A template column the agency deleted (or whose header it changed) is said once, by its header; the others still read.
    for (const c of table.columns) if (table.col[c.key] === undefined) rejected.push({ file, sheet: sheet.name, cell: null, reason: 'column-missing', header: c.header });
    const place = (r: number, c: number) => `${sheet.name}!${columnLetter(c + 1)}${r + 1}`;
    const refuse = (r: number, c: number, refusal: ValueRefusal) => rejected.push({ file, sheet: sheet.name, cell: place(r, c), ...refusal });
    const inTable = new Set(Object.values(table.col).filter((j): j is number => j !== undefined));
    // Above the header only the template's title, subtitle and colour legend (each the first cell
    // of its row, the legend known by its opening words); anything else typed there is listed.
    for (const { row: r1, cells } of sheet.rows) {
      if (r1 - 1 >= table.row) break;
      const first = cells.findIndex((c) => text(c) !== '');
      const title = r1 - 1 < 2 || (r1 - 1 === 2 && first >= 0 && text(cells[first]!).startsWith(LEGEND_WORDS.lead)) ? first : -1;
      cells.forEach((c, j) => j !== title && text(c) !== '' && refuse(r1 - 1, c.col - 1, { reason: 'outside-table' }));
    }
    for (const c of rowAt(sheet, table.row + 1)?.cells ?? []) if (!inTable.has(c.col - 1) && text(c) !== '') refuse(table.row, c.col - 1, { reason: 'outside-table' });
    const expected = table.kind === 'task' ? expectedTasks : expectedCriteria;
    const inputs = table.inputs.filter((f) => table.col[f] !== undefined);
    // Only rows that hold a cell: a row numbered in the billions costs one step, not billions.
    for (const sheetRow of sheet.rows) {
      const r = sheetRow.row - 1;
      if (r <= table.row) continue;
      for (const c of sheetRow.cells) if (!inTable.has(c.col - 1) && text(c) !== '') refuse(r, c.col - 1, { reason: 'outside-table' });
      /** The cell at 0-based column j, or null. */
      const row = (j: number | undefined) => cellOf(sheetRow, j === undefined ? undefined : j + 1);
      const id = rowId(table, layout, sheetRow);
      const at = (key: string) => place(r, table.col[key]!);
      const filled = inputs.filter((f) => text(row(table.col[f])) !== '');
      if (!id) {
        // A row the agency added: every word in it is listed (the block label rows are the template's own).
        const typed = [...inTable].filter((j) => text(row(j)) !== '');
        const blockLabel = table.kind === 'task' && typed.length === 1 && typed[0] === table.col.title && blockTitles.has(text(row(typed[0])));
        if (!blockLabel) for (const j of typed) refuse(r, j, { reason: 'row-without-id' });
        continue;
      }
      if (!expected.has(id) || seen.has(`${table.kind}:${id}`)) {
        const reason = !expected.has(id) ? 'row-not-in-template' : 'row-repeated';
        for (const f of filled) refuse(r, table.col[f]!, { reason });
        // Without the ID column the row is named by its plan-given cells: one typed over is listed, not lost.
        if (table.col.id === undefined) for (const key of ['number', 'index', 'code']) if (table.col[key] !== undefined && text(row(table.col[key])) !== '') refuse(r, table.col[key]!, { reason });
        continue;
      }
      seen.add(`${table.kind}:${id}`);
      if (table.kind === 'criterion' && layout.leavesOnly && index.parents.has(id) && table.col.selfAssessment !== undefined) templateFormulas.add(at('selfAssessment'));
      // Locked cells hold the plan's own words: an edit is reported, and the plan's version kept.
      for (const [key, want] of lockedTexts(index, agency, layout, table.kind, id)) {
        const col = table.col[key];
        if (col !== undefined && text(row(col)) !== want) refuse(r, col, { reason: 'locked-cell-edited', original: want });
      }
      for (const field of filled) {
        const cell = row(table.col[field]);
        if (field === 'selfAssessment' && layout.leavesOnly && index.parents.has(id)) {
          // A parent's score is the live sum of its leaves, which are taken one by one: the sum
          // itself is not a value, and a number typed over it is said and left out.
          if (!/\bSUM\(/i.test(cell?.formula ?? '')) refuse(r, table.col[field]!, { reason: 'parent-score-typed', typed: text(cell) });
          continue;
        }
        const read = readInput(layout, field, cell, table.kind === 'criterion' ? criteria.get(id)?.max ?? null : null);
        if (read.ok) values.push({ id, agency: agency.recipient.name, field, value: read.value, file, cell: at(field) });
        else refuse(r, table.col[field]!, { reason: read.reason });
      }
    }
  }
  if (!foundTasks && expectedTasks.size > 0) rejected.push({ file, sheet: layout.sheets.tasks, cell: null, reason: 'sheet-missing' });
  if (!foundCriteria && expectedCriteria.size > 0) rejected.push({ file, sheet: layout.sheets.criteria, cell: null, reason: 'sheet-missing' });
  // A row the agency deleted: nothing was reported for it, and the master says so rather than leave a silent gap.
  for (const [kind, found, ids, sheet] of [['task', foundTasks, expectedTasks, layout.sheets.tasks], ['criterion', foundCriteria, expectedCriteria, layout.sheets.criteria]] as const) {
    if (found) for (const id of ids) if (!seen.has(`${kind}:${id}`)) rejected.push({ file, sheet, cell: null, reason: 'row-missing', id });
  }
  return { values, rejected: rejected.done(), templateFormulas };
}

function eachValue(sheet: ReadSheet, fromRow: number, f: (cell: string) => void): void {
  for (const r of sheet.rows) if (r.row > fromRow) for (const c of r.cells) if (text(c) !== '') f(`${sheet.name}!${columnLetter(c.col)}${r.row}`);
}

type Read = { ok: true; value: string | number } | { ok: false; reason: 'status-not-in-list' | 'not-a-date' | 'not-a-number' | 'out-of-range' };

/** One input cell, as the template asks for it. */
function readInput(layout: AgencyLayout, field: Field, cell: ReadCell | null, max: number | null): Read {
  const v = cell?.value ?? null;
  if (field === 'status') {
    const s = text(cell);
    return layout.statusValues.includes(s) ? { ok: true, value: s } : { ok: false, reason: 'status-not-in-list' };
  }
  if (field === 'completedOn') {
    const d = toDate(v);
    return d ? { ok: true, value: d } : { ok: false, reason: 'not-a-date' };
  }
  if (field === 'selfAssessment') {
    const n = typeof v === 'number' ? v : typeof v === 'string' ? parseViNumber(v)?.value ?? null : null;
    if (n === null || !Number.isFinite(n)) return { ok: false, reason: 'not-a-number' };
    if (n < 0 || (max !== null && n > max)) return { ok: false, reason: 'out-of-range' };
    return { ok: true, value: n };
  }
  // Free text: kept as text whatever it starts with ('=', '+', '-', '@' never become formulas).
  return { ok: true, value: text(cell) };
}

/** 'YYYY-MM-DD' from a date cell, a day number, or text written dd/mm/yyyy. */
function toDate(v: ReadCell['value']): string | null {
  if (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v)) return v;
  if (typeof v === 'number' && v > 30000 && v < 80000) return new Date(Date.UTC(1899, 11, 30) + Math.round(v) * 86_400_000).toISOString().slice(0, 10);
  const m = typeof v === 'string' ? /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(v.trim()) : null;
  if (!m) return null;
  const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCMonth() === mo - 1 && date.getUTCDate() === d ? date.toISOString().slice(0, 10) : null;
}

