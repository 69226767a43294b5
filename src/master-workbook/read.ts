import type { HistoryEntry } from '../periods/answers';
import { IndexIdSchema, type IndexId } from '../plan/schema';
import { readHistory } from './history-sheet';
import { findHeaderRow } from '../workbook-kit/header-row';
import { cellOf, cellText, denseCells, rowAt, rowsFrom, type ReadCell, type ReadSheet, type ReadWorkbook } from '../workbook-kit/read-model';
import type { Column } from '../workbook-kit/table';
import {
  BELOW_MARK,
  MASTER_CRITERION_COLUMNS,
  MASTER_FORMAT,
  MASTER_LOG_COLUMNS,
  MASTER_PROJECTION_COLUMNS,
  MASTER_SHEET,
  MASTER_SUBMISSION_COLUMNS,
  MASTER_TASK_COLUMNS,
  MASTER_VERSION,
  MISSING_STATUS,
  OVERDUE_MARK,
  PLAN_CRITERION_KEYS,
  PLAN_TASK_KEYS,
  ROLE,
  SUBMISSION_STATUS,
  UNIT_KEYS,
  type MasterMetaKey,
} from './layout';

/**
 * The master as people left it -> typed data: the plan it was compiled for (heading, tasks,
 * criteria, units), what each agency reported, the submissions and the projection. Visible sheets
 * are found by their header row and read by column header (a person may sort, hide or move
 * columns, or re-save the file in LibreOffice); the hidden plan sheets by name. What cannot be
 * read is said in `notes`, never dropped silently; a file that is no master is answered, not thrown.
 */

export interface MasterPlan {
  number: string | null;
  issuer: string | null;
  /** 'YYYY-MM-DD' */
  date: string | null;
  title: string | null;
  resultYear: number | null;
  targetYear: number | null;
}

export interface MasterTask {
  id: string;
  index: IndexId;
  /** 'GROUP:A.I': the part and roman area the task sits in. */
  area: string;
  areaTitle: string;
  number: string;
  title: string;
  /** The deadline as the plan writes it. */
  deadline: string;
  /** Its last day, 'YYYY-MM-DD', when it has one. */
  due: string | null;
  lead: string[];
  support: string[];
}

export interface MasterCriterion {
  id: string;
  index: IndexId;
  code: string;
  parent: string | null;
  level: number;
  name: string;
  max: number | null;
  result: number | null;
  target: number | null;
  lead: string[];
}

export interface MasterUnit {
  key: string;
  name: string;
  kind: 'agency' | 'commune';
  code: string | null;
  /** The collective it belongs to ('UBND cấp xã'), when it is a member of one. */
  group: string | null;
  leads: string[];
  supports: string[];
  criteria: string[];
}

export interface TaskReport {
  task: string;
  agency: string;
  role: 'lead' | 'support' | null;
  status: string | null;
  completedOn: string | null;
  result: string | null;
  evidence: string | null;
  issues: string | null;
  /** As the master flags it against its data date. */
  overdue: boolean;
  /** The unit's own last day, where the plan gives kinds of unit different days; else the task's. */
  due?: string | null;
}

export interface Assessment {
  criterion: string;
  agency: string;
  selfAssessment: number | null;
  explanation: string | null;
  evidence: string | null;
  /** As the master flags it: the self-assessment is below the target. */
  below: boolean;
}

export type SubmissionState = keyof typeof SUBMISSION_STATUS;

export interface MasterSubmission {
  file: string;
  agency: string | null;
  status: SubmissionState;
  /** The refusal in words, as the master gives it. */
  reason: string | null;
  /** The day the file was saved, from the log, when known. */
  received: string | null;
}

export interface MasterProjection {
  index: IndexId;
  result: number | null;
  target: number | null;
  projected: number | null;
  assessed: number | null;
  leaves: number | null;
}

export interface MasterData {
  version: number;
  plan: MasterPlan;
  /** The data date of the compile ('YYYY-MM-DD'): overdue is counted against it. */
  dataDate: string | null;
  /** The reporting period, when the master names one (a period id, '2026-Q1', for a master of a round). */
  period: string | null;
  /** The round as people name it ('Quý I/2026'), when the master is of a round. */
  periodName?: string | null;
  tasks: MasterTask[];
  criteria: MasterCriterion[];
  units: MasterUnit[];
  reports: TaskReport[];
  assessments: Assessment[];
  submissions: MasterSubmission[];
  /** Units that were expected and sent nothing, with how to reach them. */
  missing: { agency: string; contact: string | null }[];
  projection: MasterProjection[];
  /** Every answer of every round so far, when the master is of a round (its Lịch sử theo kỳ); null otherwise. */
  history: HistoryEntry[] | null;
  /** Nhật ký's files: when a compile first saw each and a day entered by hand, kept from run to run. */
  log: { file: string; sha256: string; firstSeen: string | null; entered: string | null }[];
}

/** Something the reader could not take, named by sheet and row (1-based), for the shell to word. */
export type MasterNote =
  | { kind: 'sheet-missing'; sheet: string }
  | { kind: 'row-unreadable'; sheet: string; row: number; field: string };

export type ReadMasterResult =
  | { ok: true; master: MasterData; notes: MasterNote[] }
  | { ok: false; problem: 'not-a-master' }
  /** Written by a chiso that did not yet keep the plan in the master: compile again to report. */
  | { ok: false; problem: 'master-without-plan' }
  | { ok: false; problem: 'newer-master'; version: number };

const blankToNull = (s: string): string | null => (s === '' ? null : s);

export function readMaster(wb: ReadWorkbook): ReadMasterResult {
  const notes: MasterNote[] = [];
  const byName = (name: string) => wb.sheets.find((s) => s.name === name) ?? null;
  const metaSheet = wb.sheets.find((s) => s.rows.some((r) => cellText(cellOf(r, 1)) === 'format' && cellText(cellOf(r, 2)) === MASTER_FORMAT));
  if (!metaSheet) {
    // A master from before the plan travelled with it: its visible sheets, without what was expected.
    const visible = [MASTER_SHEET.tasks, MASTER_SHEET.submissions].every((n) => wb.sheets.some((x) => x.name === n));
    return { ok: false, problem: visible ? 'master-without-plan' : 'not-a-master' };
  }
  const meta = new Map(metaSheet.rows.map((r) => [cellText(cellOf(r, 1)), cellOf(r, 2)] as const));
  const metaText = (k: MasterMetaKey) => blankToNull(cellText(meta.get(k)));
  const metaNumber = (k: MasterMetaKey) => toNumber(meta.get(k) ?? null);
  const version = metaNumber('version') ?? 0;
  if (version > MASTER_VERSION) return { ok: false, problem: 'newer-master', version };

  const plan: MasterPlan = {
    number: metaText('number'),
    issuer: metaText('issuer'),
    date: toIsoDate(meta.get('planDate') ?? null),
    title: metaText('title'),
    resultYear: metaNumber('resultYear'),
    targetYear: metaNumber('targetYear'),
  };

  const records = <K extends string>(name: string, keys: readonly K[], f: (get: (k: K) => string, row: number) => void) => {
    const sheet = byName(name);
    if (!sheet) return void notes.push({ kind: 'sheet-missing', sheet: name });
    const header = denseCells(rowAt(sheet, 1)).map(cellText);
    const at = new Map(keys.map((k) => [k, header.indexOf(k)]));
    for (const row of rowsFrom(sheet, 2)) {
      if (row.cells.every((c) => cellText(c) === '')) continue;
      f((k) => {
        const i = at.get(k) ?? -1;
        return i < 0 ? '' : cellText(cellOf(row, i + 1));
      }, row.row);
    }
  };
  const list = (sheet: string, row: number, field: string, raw: string): string[] => {
    if (raw === '') return [];
    try {
      const parsed: unknown = JSON.parse(raw);
      if (Array.isArray(parsed) && parsed.every((x) => typeof x === 'string')) return parsed;
    } catch {
      // worded below
    }
    notes.push({ kind: 'row-unreadable', sheet, row, field });
    return [];
  };
  const index = (sheet: string, row: number, raw: string): IndexId | null => {
    const parsed = IndexIdSchema.safeParse(raw);
    if (parsed.success) return parsed.data;
    notes.push({ kind: 'row-unreadable', sheet, row, field: 'index' });
    return null;
  };

  const tasks: MasterTask[] = [];
  records(MASTER_SHEET.planTasks, PLAN_TASK_KEYS, (get, row) => {
    const ix = index(MASTER_SHEET.planTasks, row, get('index'));
    if (!ix || !get('id')) return;
    tasks.push({
      id: get('id'),
      index: ix,
      area: get('area'),
      areaTitle: get('areaTitle'),
      number: get('number'),
      title: get('title'),
      deadline: get('deadline'),
      due: toIsoDate(blankToNull(get('due'))),
      lead: list(MASTER_SHEET.planTasks, row, 'lead', get('lead')),
      support: list(MASTER_SHEET.planTasks, row, 'support', get('support')),
    });
  });

  const criteria: MasterCriterion[] = [];
  records(MASTER_SHEET.planCriteria, PLAN_CRITERION_KEYS, (get, row) => {
    const ix = index(MASTER_SHEET.planCriteria, row, get('index'));
    if (!ix || !get('id')) return;
    criteria.push({
      id: get('id'),
      index: ix,
      code: get('code'),
      parent: blankToNull(get('parent')),
      level: toNumber(get('level')) ?? 0,
      name: get('name'),
      max: toNumber(get('max')),
      result: toNumber(get('result')),
      target: toNumber(get('target')),
      lead: list(MASTER_SHEET.planCriteria, row, 'lead', get('lead')),
    });
  });

  const units: MasterUnit[] = [];
  records(MASTER_SHEET.units, UNIT_KEYS, (get, row) => {
    if (!get('key')) return;
    units.push({
      key: get('key'),
      name: get('name'),
      kind: get('kind') === 'commune' ? 'commune' : 'agency',
      code: blankToNull(get('code')),
      group: blankToNull(get('group')),
      leads: list(MASTER_SHEET.units, row, 'leads', get('leads')),
      supports: list(MASTER_SHEET.units, row, 'supports', get('supports')),
      criteria: list(MASTER_SHEET.units, row, 'criteria', get('criteria')),
    });
  });

  const reports: TaskReport[] = [];
  table(wb, MASTER_SHEET.tasks, MASTER_TASK_COLUMNS, ['id', 'agency', 'status'], notes, (cell) => {
    const id = cellText(cell('id'));
    if (!id.startsWith('TASK:')) return;
    const role = cellText(cell('role'));
    const completed = cell('completedOn');
    reports.push({
      task: id,
      agency: cellText(cell('agency')),
      role: role === ROLE.lead ? 'lead' : role === ROLE.support ? 'support' : null,
      status: blankToNull(cellText(cell('status'))),
      completedOn: completed && cellText(completed) !== '' ? toIsoDate(completed.value) ?? cellText(completed) : null,
      result: blankToNull(cellText(cell('result'))),
      evidence: blankToNull(cellText(cell('evidence'))),
      issues: blankToNull(cellText(cell('issues'))),
      overdue: cellText(cell('overdue')) === OVERDUE_MARK,
      due: toIsoDate(cell('due')?.value ?? null),
    });
  });

  const assessments: Assessment[] = [];
  table(wb, MASTER_SHEET.criteria, MASTER_CRITERION_COLUMNS, ['id', 'agency', 'self'], notes, (cell) => {
    const id = cellText(cell('id'));
    if (!id) return;
    assessments.push({
      criterion: id,
      agency: cellText(cell('agency')),
      selfAssessment: toNumber(cell('self')?.value ?? null),
      explanation: blankToNull(cellText(cell('explanation'))),
      evidence: blankToNull(cellText(cell('evidence'))),
      below: cellText(cell('gap')) === BELOW_MARK,
    });
  });

  const { log, received } = readLog(wb, notes);

  const submissions: MasterSubmission[] = [];
  const missing: MasterData['missing'] = [];
  const states = new Map(Object.entries(SUBMISSION_STATUS).map(([k, v]) => [v as string, k as SubmissionState]));
  table(wb, MASTER_SHEET.submissions, MASTER_SUBMISSION_COLUMNS, ['file', 'agency', 'status'], notes, (cell) => {
    const status = cellText(cell('status'));
    const agency = blankToNull(cellText(cell('agency')));
    if (status === MISSING_STATUS && agency) return void missing.push({ agency, contact: blankToNull(cellText(cell('contact'))) });
    const state = states.get(status);
    const file = cellText(cell('file'));
    // Rows about single values ('Giá trị bị loại', 'Ghi nhận') belong to a file already listed.
    if (!state || !file) return;
    submissions.push({ file, agency, status: state, reason: blankToNull(cellText(cell('reason'))), received: received.get(file) ?? null });
  });

  const projection: MasterProjection[] = [];
  const INDEX_OF: Record<string, IndexId> = { 'PAR INDEX': 'PAR', PAPI: 'PAPI', SIPAS: 'SIPAS' };
  table(wb, MASTER_SHEET.projection, MASTER_PROJECTION_COLUMNS, ['index', 'projected'], notes, (cell) => {
    const ix = INDEX_OF[cellText(cell('index'))];
    // An index the master does not project (SIPAS, a survey) says why in words instead of a number.
    if (!ix || toNumber(cell('projected')?.value ?? null) === null) return;
    // 'n/m' (v1) or 'n/m (p%)' (v2): criteria assessed of the leaves.
    const coverage = /^(\d+)\s*\/\s*(\d+)/.exec(cellText(cell('assessed')));
    const [assessed, leaves] = coverage ? [Number(coverage[1]), Number(coverage[2])] : [null, null];
    projection.push({ index: ix, result: toNumber(cell('result')?.value ?? null), target: toNumber(cell('target')?.value ?? null), projected: toNumber(cell('projected')?.value ?? null), assessed: assessed ?? null, leaves: leaves ?? null });
  });

  return {
    ok: true,
    master: { version, plan, dataDate: toIsoDate(meta.get('dataDate') ?? null), period: metaText('period'), periodName: metaText('periodName'), tasks, criteria, units, reports, assessments, submissions, missing, projection, history: readHistory(wb), log },
    notes,
  };
}

/** A visible table: found by its header row on the sheet of that name, or on any sheet when renamed. */
/** Nhật ký: each file's log entry, and the day each was received. */
function readLog(wb: ReadWorkbook, notes: MasterNote[]): { log: MasterData['log']; received: Map<string, string | null> } {
  const received = new Map<string, string | null>();
  const log: MasterData['log'] = [];
  table(wb, MASTER_SHEET.log, MASTER_LOG_COLUMNS, ['file', 'sha'], notes, (cell) => {
    const file = cellText(cell('file'));
    if (file) received.set(file, toIsoDate(cell('received')?.value ?? null));
    if (file) log.push({ file, sha256: cellText(cell('sha')), firstSeen: blankToNull(cellText(cell('firstSeen'))), entered: toIsoDate(cell('entered')?.value ?? null) });
  });
  return { log, received };
}

/** The sheets readMasterLog needs: a compile reads only these of the master it replaces. */
export const MASTER_LOG_SHEETS: readonly string[] = [MASTER_SHEET.meta, MASTER_SHEET.log];

/**
 * What a compile keeps from the master an earlier run of the round wrote: its plan and round (from
 * `_meta`) and its log (when each file was first seen, days entered by hand), from those two
 * sheets alone; `found: false` when the log is not where it is written (a renamed sheet: read the whole master instead).
 */
export type MasterLogResult = { ok: true; planNumber: string | null; period: string | null; log: MasterData['log']; found: boolean } | { ok: false };

export function readMasterLog(wb: ReadWorkbook): MasterLogResult {
  const metaSheet = wb.sheets.find((s) => s.rows.some((r) => cellText(cellOf(r, 1)) === 'format' && cellText(cellOf(r, 2)) === MASTER_FORMAT));
  if (!metaSheet) return { ok: false };
  const meta = new Map(metaSheet.rows.map((r) => [cellText(cellOf(r, 1)), cellOf(r, 2)] as const));
  if ((toNumber(meta.get('version') ?? null) ?? 0) > MASTER_VERSION) return { ok: false };
  const notes: MasterNote[] = [];
  const { log } = readLog(wb, notes);
  return { ok: true, planNumber: blankToNull(cellText(meta.get('number'))), period: blankToNull(cellText(meta.get('period'))), log, found: notes.length === 0 };
}

function table<K extends string>(wb: ReadWorkbook, name: string, columns: Column<K>[], required: K[], notes: MasterNote[], f: (cell: (k: K) => ReadCell | null) => void): void {
  const candidates: ReadSheet[] = [...wb.sheets.filter((s) => s.name === name), ...wb.sheets.filter((s) => s.name !== name && !s.name.startsWith('_'))];
  for (const sheet of candidates) {
    const found = findHeaderRow(sheet, columns, required);
    if (!found) continue;
    for (const row of rowsFrom(sheet, found.row + 1)) f((k) => cellOf(row, found.col[k]));
    return;
  }
  notes.push({ kind: 'sheet-missing', sheet: name });
}

function toNumber(v: ReadCell['value'] | ReadCell | string | null): number | null {
  const value = v !== null && typeof v === 'object' ? v.value : v;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value !== 'string' || value.trim() === '') return null;
  // A person may have typed a decimal comma in the master ('9,45').
  const n = Number(value.trim().replace(',', '.'));
  return Number.isFinite(n) ? n : null;
}

/** 'YYYY-MM-DD' from ISO text, a date cell, a day serial or 'dd/mm/yyyy' text; null otherwise. */
function toIsoDate(v: ReadCell['value'] | ReadCell | null): string | null {
  const value = v !== null && typeof v === 'object' ? v.value : v;
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value.trim())) return value.trim();
  if (typeof value === 'number' && value > 30000 && value < 80000) return new Date(Date.UTC(1899, 11, 30) + Math.round(value) * 86_400_000).toISOString().slice(0, 10);
  const m = typeof value === 'string' ? /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value.trim()) : null;
  if (!m) return null;
  return `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
}
