import { parseViNumber } from '../plan/numbers';
import type { Criterion, Plan, Task } from '../plan/schema';
import { compiler, type CompiledValue, type Compiled, type CriterionField, type ReturnExtract, type TaskField } from '../agencies/compile';
import { hasWork, type Assignment } from '../agencies/recipients';
import { AGENCY_FORMAT, AGENCY_SHEET, AGENCY_TASK_COLUMNS, STATUS_VALUES, TASK_BLOCKS, agencyCriterionColumns, lockedCriterionCells, lockedTaskCells } from './write';
import { findHeaderRow } from '../workbook-kit/header-row';
import type { Column } from '../workbook-kit/table';
import { columnLetter } from '../workbook-kit/spec';
import { cellOf, cellText as text, rowAt, type ReadCell, type ReadSheet, type ReadWorkbook } from '../workbook-kit/read-model';

/** A returned file as read: the workbook, or why it could not be read (worded by the shell). */
export interface Return {
  file: string;
  /** Modification time: of two returns from one agency, the later one counts. */
  modified: number;
  /** The workbook as read, or why it could not be read (worded by the shell). */
  workbook: ReadWorkbook | null;
  problem: string | null;
  /**
   * What the reader wants said. 'clamped': a range cut back (`part` the file's part, `from` the range
   * as written); 'formula-without-value', 'hidden-by-merge': a cell (`part` the sheet, `from` the cell).
   */
  notes?: { kind?: string; part: string; from: string }[];
}

/** Every return read and merged in one call (the shells stream instead; see compiler). */
export function compile(plan: Plan, assignments: Assignment[], returns: Return[]): Compiled {
  const c = compiler(plan, assignments);
  const read = returnReader(plan, assignments);
  for (const r of returns) c.add(read(r));
  return c.result();
}

const TASK_INPUTS: TaskField[] = ['status', 'completedOn', 'result', 'evidence', 'issues'];
const CRITERION_INPUTS: CriterionField[] = ['selfAssessment', 'explanation', 'evidence'];

/**
 * One returned file reduced to what the master needs: refused with a reason, or the agency and
 * the values and refusals it holds. Small and plain, so it can be made where the file is read
 * (a worker) and handed over without the workbook.
 */

/** A function that reduces returns of one plan to their ReturnExtracts. */
export function returnReader(plan: Plan, assignments: Assignment[]): (ret: Return) => ReturnExtract {
  const byKey = new Map(assignments.map((a) => [a.recipient.key, a]));
  const index = planIndex(plan);
  return (ret) => {
    const { file, modified } = ret;
    if (!ret.workbook) return { file, modified, refused: ret.problem ?? 'unreadable' };
    const meta = readMeta(ret.workbook);
    if (!meta) return { file, modified, refused: 'not-an-agency-workbook' };
    if ((meta.get('plan') ?? '') !== (plan.meta.number ?? '')) return { file, modified, refused: `other-plan:${meta.get('plan') ?? ''}` };
    const agency = byKey.get(meta.get('recipient') ?? '');
    if (!agency) return { file, modified, refused: `unknown-agency:${meta.get('recipient') ?? ''}` };
    const read = readReturn(index, agency, ret.workbook, file);
    // Said, not hidden: the file still reads, but the agency should know its sheet was damaged.
    for (const n of ret.notes ?? []) {
      if (n.kind === undefined || n.kind === 'clamped') read.rejected.push({ file, sheet: n.part, cell: null, reason: `range-clamped:${n.from}` });
      else read.rejected.push({ file, sheet: n.part, cell: `${n.part}!${n.from}`, reason: n.kind });
    }
    return { file, modified, refused: null, agency: agency.recipient.key, ...read };
  };
}


function readMeta(wb: ReadWorkbook): Map<string, string> | null {
  const sheet = wb.sheets.find((s) => s.rows.some((r) => text(cellOf(r, 1)) === 'format' && text(cellOf(r, 2)) === AGENCY_FORMAT));
  return sheet ? new Map(sheet.rows.map((r) => [text(cellOf(r, 1)), text(cellOf(r, 2))])) : null;
}

/** What reading a return looks up for every row, built once per plan. */
interface PlanIndex {
  criteria: Map<string, Criterion>;
  tasks: Map<string, Task>;
}

function planIndex(plan: Plan): PlanIndex {
  return { criteria: new Map(plan.criteria.map((c) => [c.id, c])), tasks: new Map(plan.tasks.map((t) => [t.id, t])) };
}

/** The locked cells of a row as the template wrote them, as text, by column key. */
function lockedTexts(index: PlanIndex, agency: Assignment, kind: 'task' | 'criterion', id: string): Record<string, string> {
  const asText = (v: string | number | null) => (v === null ? '' : String(v));
  if (kind === 'task') {
    const t = index.tasks.get(id);
    return t ? lockedTaskCells(t, agency.leads.includes(id) ? TASK_BLOCKS.lead.role : TASK_BLOCKS.support.role) : {};
  }
  const c = index.criteria.get(id);
  return c ? Object.fromEntries(Object.entries(lockedCriterionCells(c)).map(([k, v]) => [k, asText(v)])) : {};
}

const BLOCK_TITLES: ReadonlySet<string> = new Set([TASK_BLOCKS.lead.title, TASK_BLOCKS.support.title]);

function readReturn(index: PlanIndex, agency: Assignment, wb: ReadWorkbook, file: string): { values: CompiledValue[]; rejected: Compiled['rejected'] } {
  const values: CompiledValue[] = [];
  const rejected: Compiled['rejected'] = [];
  const criteria = index.criteria;
  const expectedTasks = new Set([...agency.leads, ...agency.supports]);
  // As the template wrote them: an index's total is never a row to fill in.
  const expectedCriteria = new Set(agency.criteria.filter((id) => criteria.has(id) && criteria.get(id)!.code !== 'total'));
  const critCols = agencyCriterionColumns(null, null);
  const seen = new Set<string>();
  let foundTasks = false;
  let foundCriteria = false;

  for (const sheet of wb.sheets) {
    if (sheet.rows.some((r) => text(cellOf(r, 1)) === 'format')) continue; // _meta
    const tasks = headerRowOf(sheet, AGENCY_TASK_COLUMNS);
    const crit = tasks ? null : headerRowOf(sheet, critCols);
    const layout = tasks ? { kind: 'task' as const, ...tasks } : crit ? { kind: 'criterion' as const, ...crit } : null;
    if (!layout) {
      // The agency's own extra sheet, or the guide: values there are listed, never merged.
      if (sheet.name !== AGENCY_SHEET.guide) eachValue(sheet, 0, (cell) => rejected.push({ file, sheet: sheet.name, cell, reason: 'extra-sheet' }));
      continue;
    }
    if (layout.kind === 'task') foundTasks = true;
    else foundCriteria = true;
    const inputs = layout.kind === 'task' ? TASK_INPUTS : CRITERION_INPUTS;
    const place = (r: number, c: number) => `${sheet.name}!${columnLetter(c + 1)}${r + 1}`;
    const refuse = (r: number, c: number, reason: string) => rejected.push({ file, sheet: sheet.name, cell: place(r, c), reason });
    const inTable = new Set(Object.values(layout.col));
    // Above the header only the template's title and subtitle (each the first cell of its row); anything else typed there is listed.
    for (const { row: r1, cells } of sheet.rows) {
      if (r1 - 1 >= layout.row) break;
      const title = r1 - 1 < 2 ? cells.findIndex((c) => text(c) !== '') : -1;
      cells.forEach((c, j) => j !== title && text(c) !== '' && refuse(r1 - 1, c.col - 1, 'outside-table'));
    }
    for (const c of rowAt(sheet, layout.row + 1)?.cells ?? []) if (!inTable.has(c.col - 1) && text(c) !== '') refuse(layout.row, c.col - 1, 'outside-table');
    // Only rows that hold a cell: a row numbered in the billions costs one step, not billions.
    for (const sheetRow of sheet.rows) {
      const r = sheetRow.row - 1;
      if (r <= layout.row) continue;
      for (const c of sheetRow.cells) if (!inTable.has(c.col - 1) && text(c) !== '') refuse(r, c.col - 1, 'outside-table');
      const row = (j: number | undefined) => cellOf(sheetRow, j === undefined ? undefined : j + 1);
      const id = text(row(layout.col.id));
      const at = (key: string) => place(r, layout.col[key]!);
      const filled = inputs.filter((f) => text(row(layout.col[f])) !== '');
      const expected = layout.kind === 'task' ? expectedTasks : expectedCriteria;
      if (!id) {
        // A row the agency added: every word in it is listed (the block label rows are the template's own).
        const typed = [...inTable].filter((j) => text(row(j)) !== '');
        const blockLabel = layout.kind === 'task' && typed.length === 1 && typed[0] === layout.col.title && BLOCK_TITLES.has(text(row(typed[0])));
        if (!blockLabel) for (const j of typed) refuse(r, j, 'row-without-id');
        continue;
      }
      if (!expected.has(id) || seen.has(`${layout.kind}:${id}`)) {
        for (const f of filled) refuse(r, layout.col[f]!, !expected.has(id) ? 'row-not-in-template' : 'row-repeated');
        continue;
      }
      seen.add(`${layout.kind}:${id}`);
      // Locked cells hold the plan's own words: an edit is reported, and the plan's version kept.
      for (const [key, want] of Object.entries(lockedTexts(index, agency, layout.kind, id))) {
        const col = layout.col[key];
        if (col !== undefined && text(row(col)) !== want) rejected.push({ file, sheet: sheet.name, cell: at(key), reason: `locked-cell-edited:${want}` });
      }
      for (const field of filled) {
        const cell = row(layout.col[field]);
        const read = readInput(field, cell, layout.kind === 'criterion' ? criteria.get(id)?.max ?? null : null);
        if (read.ok) values.push({ id, agency: agency.recipient.name, field, value: read.value, file, cell: at(field) });
        else rejected.push({ file, sheet: sheet.name, cell: at(field), reason: read.reason });
      }
    }
  }
  if (!foundTasks && expectedTasks.size > 0) rejected.push({ file, sheet: AGENCY_SHEET.tasks, cell: null, reason: 'sheet-missing' });
  if (!foundCriteria && expectedCriteria.size > 0) rejected.push({ file, sheet: AGENCY_SHEET.criteria, cell: null, reason: 'sheet-missing' });
  // A row the agency deleted: nothing was reported for it, and the master says so rather than leave a silent gap.
  for (const [kind, found, ids, sheet] of [['task', foundTasks, expectedTasks, AGENCY_SHEET.tasks], ['criterion', foundCriteria, expectedCriteria, AGENCY_SHEET.criteria]] as const) {
    if (found) for (const id of ids) if (!seen.has(`${kind}:${id}`)) rejected.push({ file, sheet, cell: null, reason: `row-missing:${id}` });
  }
  return { values, rejected };
}

/** The template's header row with every column of the table: row and columns as 0-based indexes. */
function headerRowOf(sheet: ReadSheet, columns: readonly Column<string>[]): { row: number; col: Record<string, number> } | null {
  const found = findHeaderRow(sheet, columns, columns.map((c) => c.key));
  return found && { row: found.row - 1, col: Object.fromEntries(Object.entries(found.col).map(([k, v]) => [k, (v as number) - 1])) };
}

function eachValue(sheet: ReadSheet, fromRow: number, f: (cell: string) => void): void {
  for (const r of sheet.rows) if (r.row > fromRow) for (const c of r.cells) if (text(c) !== '') f(`${sheet.name}!${columnLetter(c.col)}${r.row}`);
}

type Read = { ok: true; value: string | number } | { ok: false; reason: string };

/** One input cell, as the template asks for it. */
function readInput(field: TaskField | CriterionField, cell: ReadCell | null, max: number | null): Read {
  const v = cell?.value ?? null;
  if (field === 'status') {
    const s = text(cell);
    return (STATUS_VALUES as readonly string[]).includes(s) ? { ok: true, value: s } : { ok: false, reason: 'status-not-in-list' };
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

