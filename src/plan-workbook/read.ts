import { finding } from '../plan/finding';
import { parseDeadline } from '../plan/deadlines';
import { parseViNumber } from '../plan/numbers';
import { IndexIdSchema, PlanSchema, type Agency, type Criterion, type Finding, type IndexId, type Plan, type PlanMeta, type Task, type TaskGroup } from '../plan/schema';
import { agencyOf } from '../agencies/recipients';
import { agencyKey } from '../agencies/registry';
import { parseSourceText } from './placement';
import { readCalendar } from './calendar-sheet';
import type { Column } from '../workbook-kit/table';
import { findHeaderRow } from '../workbook-kit/header-row';
import { AGENCY_COLUMNS, criteriaColumns, META_FORMAT, SHEET, TASK_COLUMNS } from './layout';
import type { MetaKey } from './meta-sheet';
import { cellAt as cellIn, cellOf, cellText as text, rowAt, rowsFrom, type ReadCell, type ReadSheet, type ReadWorkbook, type SheetValue } from '../workbook-kit/read-model';

/**
 * The structured workbook as people left it -> Plan. Sheets are found by their header row (a
 * renamed sheet still reads), columns by header text, rows by the ID column: sorted, hidden or
 * inserted rows change nothing. What cannot be read becomes a finding, never an exception.
 */
export type ReadPlanResult =
  | { ok: true; plan: Plan; findings: Finding[] }
  /** `made`: another of chiso's workbooks, known by its _meta (an agency's return, a master), so the user can be told where it goes. */
  | { ok: false; problem: 'not-a-plan-workbook'; made: 'agency' | 'master' | null; findings: Finding[] };

/** The formats other workbooks of chiso write in their _meta (agency-workbook and master-workbook own them; this folder only recognises them). */
const OTHER_FORMATS: Record<string, 'agency' | 'master'> = { 'chiso-agency': 'agency', 'chiso-master': 'master' };

type Kind = 'criteria' | 'tasks' | 'agencies';

interface Table<K extends string> {
  sheet: ReadSheet;
  headerRow: number;
  col: Partial<Record<K, number>>;
}

const CRITERIA_COLUMNS = criteriaColumns(null, null);

export function readPlan(workbook: ReadWorkbook): ReadPlanResult {
  const findings: Finding[] = [];
  const meta = readPlanMeta(workbook, findings);
  const tables = { criteria: [] as Table<string>[], tasks: [] as Table<string>[], agencies: [] as Table<string>[] };
  for (const sheet of workbook.sheets) {
    const found = findTable(sheet);
    if (found) tables[found.kind].push(found.table);
  }
  if (tables.criteria.length === 0 && tables.tasks.length === 0) {
    const format = workbook.sheets.flatMap((s) => s.rows).find((row) => text(cellOf(row, 1)) === 'format' && OTHER_FORMATS[text(cellOf(row, 2))] !== undefined);
    return { ok: false, problem: 'not-a-plan-workbook', made: format ? OTHER_FORMATS[text(cellOf(format, 2))]! : null, findings };
  }
  const seen = new Set<string>();
  const ordered = <T>(items: { order: number; seq: number; item: T }[]) => items.sort((a, b) => a.order - b.order || a.seq - b.seq).map((x) => x.item);

  const agencies = tables.agencies.flatMap((t) => readAgencies(t, findings));
  const lists = agencyLists(agencies, findings);
  const criteria: { order: number; seq: number; item: Criterion }[] = [];
  for (const t of tables.criteria) for (const c of readCriteriaRows(t, seen, findings, lists)) criteria.push({ ...c, seq: criteria.length });
  const tasks: { order: number; seq: number; item: Task }[] = [];
  const groups: { order: number; seq: number; item: TaskGroup }[] = [];
  for (const t of tables.tasks) readTaskRows(t, meta.targetYear, seen, findings, lists, tasks, groups);

  for (const [kind, label] of [['criteria', SHEET.PAR], ['tasks', SHEET.tasks], ['agencies', SHEET.agencies]] as const) {
    if (tables[kind].length === 0) findings.push(finding('sheet.missing', 'warning', null, null, label, null, {}));
  }

  // The province's due dates (Lịch báo cáo); a workbook older than the sheet has none.
  const calendar = readCalendar(workbook, meta, findings);
  const plan: Plan = { meta, tasks: ordered(tasks), groups: ordered(groups), criteria: ordered(criteria), agencies, ...(calendar ? { calendar } : {}) };
  const valid = PlanSchema.safeParse(plan);
  if (!valid.success) {
    findings.push(finding('sheet.invalid', 'error', null, null, valid.error.issues[0]?.message ?? '', null, {}));
  }
  return { ok: true, plan, findings };
}


function cellAt(sheet: ReadSheet, row: number, col: number | undefined): ReadCell | null {
  return cellIn(sheet, row, col);
}

/** The first table of a known layout on the sheet, found by its header row. */
function findTable(sheet: ReadSheet): { kind: Kind; table: Table<string> } | null {
  const layouts: [Kind, Column<string>[], string[]][] = [
    ['criteria', CRITERIA_COLUMNS, ['id', 'code', 'name', 'max']],
    ['tasks', TASK_COLUMNS, ['id', 'parentId', 'title', 'deadline']],
    ['agencies', AGENCY_COLUMNS, ['name', 'aliases']],
  ];
  // The topmost table wins whatever its kind (on one row, the first layout listed).
  let best: { kind: Kind; table: Table<string> } | null = null;
  for (const [kind, columns, required] of layouts) {
    const found = findHeaderRow(sheet, columns, required);
    if (found && (!best || found.row < best.table.headerRow)) best = { kind, table: { sheet, headerRow: found.row, col: found.col } };
  }
  return best;
}

function dataRows(t: Table<string>): number[] {
  // Only rows that hold a cell: a row numbered in the billions costs one step, not billions.
  return rowsFrom(t.sheet, t.headerRow + 1).map((r) => r.row);
}

/** An ID cell: rows without one are rows people added, reported rather than guessed at. */
function rowId(t: Table<string>, r: number, pattern: RegExp, seen: Set<string>, findings: Finding[]): string | null {
  const id = text(cellAt(t.sheet, r, t.col.id));
  const loc = { table: t.sheet.name, line: null, row: r, col: t.col.id ?? null };
  if (!id) {
    const content = (rowAt(t.sheet, r)?.cells ?? []).map((c) => text(c)).filter(Boolean);
    if (content.length > 0) findings.push(finding('sheet.row-without-id', 'warning', { index: null, id: null, source: loc }, null, content.slice(0, 3).join(' | '), null, {}));
    return null;
  }
  if (!pattern.test(id)) {
    findings.push(finding('sheet.unknown-id', 'warning', { index: null, id: null, source: loc }, 'id', id, null, {}));
    return null;
  }
  if (seen.has(id)) {
    findings.push(finding('sheet.duplicate-id', 'error', { index: null, id, source: loc }, 'id', id, null, {}));
    return null;
  }
  seen.add(id);
  return id;
}

/** Reads a lead/support cell into its entries. */
type AgencyLists = (t: Table<string>, row: number, key: 'lead' | 'support', id: string, index: IndexId | null) => string[];

/**
 * Lead and support cells, split into entries. An entry naming an agency the Đơn vị sheet does not
 * list (a typo, or an agency typed in later) is a finding at its cell, never a silent new agency.
 * Without the sheet nothing is known, and the missing sheet is reported once instead.
 */
function agencyLists(agencies: Agency[], findings: Finding[]): AgencyLists {
  const known = new Set(agencies.flatMap((a) => [a.name, ...a.aliases]).map(agencyKey));
  return (t, row, key, id, index) => {
    const entries = splitList(text(cellAt(t.sheet, row, t.col[key])));
    if (known.size === 0) return entries;
    for (const entry of new Set(entries)) {
      if (known.has(agencyKey(agencyOf(entry)))) continue;
      findings.push(finding('agency.unknown', 'warning', { index, id, source: { table: t.sheet.name, line: null, row, col: t.col[key] ?? null } }, key, entry, null, {}));
    }
    return entries;
  };
}

function readCriteriaRows(t: Table<string>, seen: Set<string>, findings: Finding[], lists: AgencyLists): { order: number; item: Criterion }[] {
  const out: { order: number; item: Criterion }[] = [];
  for (const r of dataRows(t)) {
    const id = rowId(t, r, /^(PAR|SIPAS|PAPI):.+$/, seen, findings);
    if (!id) continue;
    const index = IndexIdSchema.parse(id.slice(0, id.indexOf(':')));
    const code = id.slice(id.indexOf(':') + 1);
    const parentId = text(cellAt(t.sheet, r, t.col.parentId));
    const location = { table: t.sheet.name, line: null, row: r, col: null };
    // The plan's own rounding, when the workbook carries it: the display format is the index's, not the plan's.
    const written = /^(\d+);(\d+);(\d+)$/.exec(text(cellAt(t.sheet, r, t.col.precision)));
    const stated = { max: written ? Number(written[1]) : null, result: written ? Number(written[2]) : null, target: written ? Number(written[3]) : null };
    const num = (key: 'max' | 'result' | 'target') => readNumber(t.sheet, r, t.col[key], { index, id, source: location }, key, findings, stated[key]);
    const max = num('max');
    const result = num('result');
    const target = num('target');
    const levelCell = cellAt(t.sheet, r, t.col.level)?.value;
    out.push({
      order: numberOr(cellAt(t.sheet, r, t.col.order)?.value, Number.MAX_SAFE_INTEGER),
      item: {
        id,
        index,
        code,
        parent: parentId ? parentId.slice(parentId.indexOf(':') + 1) : null,
        level: numberOr(levelCell, code === 'total' ? 0 : code.split('.').length),
        name: text(cellAt(t.sheet, r, t.col.name)),
        max: max.value,
        result: result.value,
        target: target.value,
        decimals: { max: max.decimals, result: result.decimals, target: target.decimals },
        lead: lists(t, r, 'lead', id, index),
        leadInherited: truthy(cellAt(t.sheet, r, t.col.inherited)?.value ?? null),
        source: sourceOf(t, r),
      },
    });
  }
  return out;
}

function readTaskRows(
  t: Table<string>,
  targetYear: number | null,
  seen: Set<string>,
  findings: Finding[],
  lists: AgencyLists,
  tasks: { order: number; seq: number; item: Task }[],
  groups: { order: number; seq: number; item: TaskGroup }[],
): void {
  for (const r of dataRows(t)) {
    const id = rowId(t, r, /^(TASK|GROUP):.+$/, seen, findings);
    if (!id) continue;
    const get = (key: string) => text(cellAt(t.sheet, r, t.col[key]));
    const order = numberOr(cellAt(t.sheet, r, t.col.order)?.value, Number.MAX_SAFE_INTEGER);
    const index = IndexIdSchema.safeParse(get('index'));
    if (!index.success) {
      findings.push(finding('sheet.unknown-index', 'error', { index: null, id, source: { table: t.sheet.name, line: null, row: r, col: t.col.index ?? null } }, 'index', get('index'), null, {}));
      continue;
    }
    const pathText = get('path');
    const path = pathText ? pathText.split(/\s*\/\s*/) : [];
    if (id.startsWith('GROUP:')) {
      const code = get('number');
      groups.push({
        order,
        seq: groups.length,
        item: {
          id,
          index: index.data,
          path: [...path, code],
          code,
          title: get('title'),
          parent: get('parentId') || null,
          criteria: splitList(get('criteria')).map((c) => c.replace(' ', ':')),
          source: sourceOf(t, r),
        },
      });
    } else {
      tasks.push({
        order,
        seq: tasks.length,
        item: {
          id,
          index: index.data,
          path,
          number: get('number'),
          title: get('title'),
          // The deadline as written is what counts; the date columns only show how it was read.
          deadline: parseDeadline(get('deadline'), { year: targetYear }),
          lead: lists(t, r, 'lead', id, index.data),
          support: lists(t, r, 'support', id, index.data),
          output: get('output'),
          group: get('parentId') || null,
          source: sourceOf(t, r),
        },
      });
    }
  }
}

/** One e-mail address, or several separated by ';' or ','. */
const EMAILS = /^[^\s@;,]+@[^\s@;,]+\.[^\s@;,]+(\s*[;,]\s*[^\s@;,]+@[^\s@;,]+\.[^\s@;,]+)*$/u;

/**
 * The Đơn vị sheet: agencies and the members the user listed under a group, with codes, e-mail
 * addresses and contacts. A doubtful entry is kept as written and reported at its cell.
 */
function readAgencies(t: Table<string>, findings: Finding[]): Agency[] {
  const out: Agency[] = [];
  const rows: { row: number; agency: Agency }[] = [];
  const at = (r: number, key: string) => ({ index: null, id: null, source: { table: t.sheet.name, line: null, row: r, col: t.col[key] ?? null } });
  for (const r of dataRows(t)) {
    const name = text(cellAt(t.sheet, r, t.col.name));
    if (!name) continue;
    const agency: Agency = { name, aliases: splitList(text(cellAt(t.sheet, r, t.col.aliases))), collective: text(cellAt(t.sheet, r, t.col.collective)) !== '' };
    for (const key of ['memberOf', 'code', 'email', 'contact'] as const) {
      const value = text(cellAt(t.sheet, r, t.col[key]));
      if (value) agency[key] = value;
    }
    if (agency.email && !EMAILS.test(agency.email)) findings.push(finding('agency.email-invalid', 'warning', at(r, 'email'), 'email', agency.email, null, { name }));
    rows.push({ row: r, agency });
    out.push(agency);
  }
  const groups = new Set(out.filter((a) => a.collective).flatMap((a) => [a.name, ...a.aliases].map(agencyKey)));
  const codes = new Map<string, string>();
  for (const { row, agency } of rows) {
    if (agency.memberOf && !groups.has(agencyKey(agency.memberOf))) {
      findings.push(finding('agency.unknown-group', 'warning', at(row, 'memberOf'), 'memberOf', agency.memberOf, null, { name: agency.name }));
    }
    if (!agency.code) continue;
    const first = codes.get(agency.code);
    if (first === undefined) codes.set(agency.code, agency.name);
    else {
      // Two units cannot share a key: the later one loses its code (and says so) rather than overwrite the first.
      findings.push(finding('agency.duplicate-code', 'error', at(row, 'code'), 'code', agency.code, null, { name: agency.name, first }));
      delete agency.code;
    }
  }
  return out;
}

function readPlanMeta(workbook: ReadWorkbook, findings: Finding[]): PlanMeta {
  const meta: PlanMeta = { number: null, issuer: null, date: null, title: null, datesSeen: [], resultYear: null, targetYear: null };
  const sheet = workbook.sheets.find((s) => s.rows.some((row) => text(cellOf(row, 1)) === 'format' && text(cellOf(row, 2)) === META_FORMAT));
  if (!sheet) {
    findings.push(finding('sheet.missing', 'warning', null, null, SHEET.meta, null, {}));
    return meta;
  }
  const values = new Map<MetaKey, string>();
  for (const row of sheet.rows) values.set(text(cellOf(row, 1)) as MetaKey, text(cellOf(row, 2)));
  const str = (k: MetaKey) => values.get(k) || null;
  const year = (k: MetaKey) => {
    const n = Number(values.get(k));
    return Number.isInteger(n) && n > 0 ? n : null;
  };
  let datesSeen: PlanMeta['datesSeen'] = [];
  try {
    const parsed = JSON.parse(values.get('datesSeen') || '[]') as unknown;
    const check = PlanSchema.shape.meta.shape.datesSeen.safeParse(parsed);
    if (check.success) datesSeen = check.data;
  } catch {
    // A damaged list of dates loses only that list.
  }
  const date = str('date');
  return { number: str('number'), issuer: str('issuer'), date: date && /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : null, title: str('title'), datesSeen, resultYear: year('resultYear'), targetYear: year('targetYear') };
}

/** A number cell: a number, or text a person typed the Vietnamese way ('9,5'), with its rounding (see planDecimals). */
function readNumber(
  sheet: ReadSheet,
  r: number,
  col: number | undefined,
  subject: { index: IndexId; id: string; source: Plan['criteria'][number]['source'] },
  field: string,
  findings: Finding[],
  /** The decimals the plan wrote the figure with, when the workbook says (its precision column). */
  planDecimals: number | null = null,
): { value: number | null; decimals: number } {
  const cell = cellAt(sheet, r, col);
  const v: SheetValue = cell?.value ?? null;
  if (v === null || v === '') return { value: null, decimals: 0 };
  // The stored value, never its display: its rounding is the plan's (or more, where a person typed
  // more digits over it); only a workbook without the precision column falls back on the format.
  if (typeof v === 'number' && Number.isFinite(v)) return { value: v, decimals: planDecimals === null ? decimalsOf(v, cell?.numFmt ?? null) : Math.max(planDecimals, decimalsOf(v, null)) };
  const parsed = typeof v === 'string' ? parseViNumber(v) : null;
  if (parsed) return parsed;
  findings.push(finding('sheet.number-unreadable', 'error', { ...subject, source: { ...subject.source, col: col ?? null } }, field, String(v), null, {}));
  return { value: null, decimals: 0 };
}

/** '0.000' -> 3; 'General' or none -> the digits the value itself carries. */
function decimalsOf(v: number, numFmt: string | null): number {
  const m = numFmt ? /^0(?:[.,](0+))?$/.exec(numFmt) : null;
  if (m) return m[1]?.length ?? 0;
  const s = String(Number(v.toPrecision(12)));
  return s.includes('.') ? s.split('.')[1]!.length : 0;
}

function numberOr(v: SheetValue | undefined, fallback: number): number {
  return typeof v === 'number' ? v : typeof v === 'string' && /^\d+$/.test(v.trim()) ? Number(v) : fallback;
}

function truthy(v: SheetValue): boolean {
  return v === true || v === 1 || (typeof v === 'string' && /^(true|1|có)$/i.test(v.trim()));
}

function sourceOf(t: Table<string>, r: number) {
  const s = text(cellAt(t.sheet, r, t.col.source));
  return s ? parseSourceText(s) : { table: t.sheet.name, line: null, row: r, col: null };
}

/** Split a '; '-joined list, never inside parentheses (a scope may hold ';'). */
export function splitList(cell: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of cell) {
    if (ch === '(') depth++;
    if (ch === ')') depth = Math.max(0, depth - 1);
    if (ch === ';' && depth === 0) {
      if (current.trim()) out.push(current.trim());
      current = '';
    } else current += ch;
  }
  if (current.trim()) out.push(current.trim());
  return out;
}

