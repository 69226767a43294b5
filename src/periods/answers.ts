import { comparePeriods, daysBetween } from './ids';

/**
 * What units answered, period by period, and what follows from it: the history kept in every
 * master, the answers a new period's workbook arrives pre-filled with (carry-forward), what changed
 * between two compiled periods, and whether each return came on time. Pure data in, data out;
 * agencies are named as the master names them.
 */

export const TASK_FIELDS = ['status', 'completedOn', 'result', 'evidence', 'issues'] as const;
export const CRITERION_FIELDS = ['selfAssessment', 'explanation', 'evidence'] as const;
export type AnswerField = (typeof TASK_FIELDS)[number] | (typeof CRITERION_FIELDS)[number];

/** One value a unit typed: a number for self-assessments, 'YYYY-MM-DD' for dates, text otherwise. */
export interface Answer {
  /** 'TASK:A.I.1', 'PAR:5.4'. */
  id: string;
  agency: string;
  field: AnswerField;
  value: string | number;
}

/** A period's compiled answers: the period id, what was taken, and which units' returns were taken. */
export interface PeriodAnswers {
  period: string;
  answers: Answer[];
  /** Units whose return this period was taken; a unit not here sent nothing (or nothing readable). */
  reported: string[];
}

/** An answer with the period it was given in: one row of the history. */
export interface HistoryEntry extends Answer {
  period: string;
}

/** Statuses of the agency template, in the order a task moves through them; the two last are both done. */
export const STATUS_ORDER: Readonly<Record<string, number>> = { 'Chưa thực hiện': 0, 'Đang thực hiện': 1, 'Đã hoàn thành': 2, 'Hoàn thành chậm': 2 };
export const isDone = (status: string | number | undefined | null) => status === 'Đã hoàn thành' || status === 'Hoàn thành chậm';

const FIELD_ORDER: readonly AnswerField[] = ['status', 'completedOn', 'result', 'selfAssessment', 'explanation', 'evidence', 'issues'];
const key = (id: string, agency: string) => `${id}\u0000${agency}`;

/**
 * The history after this period: every earlier entry kept as it was, this period's entries (from a
 * first compile or a recompile) replacing any of the same period. Ordered by row, unit, period, field.
 */
export function mergeHistory(previous: readonly HistoryEntry[], current: PeriodAnswers): HistoryEntry[] {
  // Grouped by row and unit, then the groups in order and each group's few entries sorted: a
  // history of every answer of every round is sorted in small pieces, not as one long list.
  const byRow = new Map<string, HistoryEntry[]>();
  const add = (e: HistoryEntry) => {
    const k = key(e.id, e.agency);
    const list = byRow.get(k);
    if (list) list.push(e);
    else byRow.set(k, [e]);
  };
  for (const e of previous) if (e.period !== current.period) add(e);
  // Built in the shape the history reader builds its entries, so the sorts below see one kind of object.
  for (const a of current.answers) add({ id: a.id, agency: a.agency, period: current.period, field: a.field, value: a.value });
  // The few periods ranked once, so the sort compares numbers, not period ids.
  const periods = new Set<string>([current.period]);
  for (const list of byRow.values()) for (const e of list) periods.add(e.period);
  const rank = new Map([...periods].sort(comparePeriods).map((p, i) => [p, i]));
  const fieldRank = new Map(FIELD_ORDER.map((f, i) => [f, i]));
  const order = (e: HistoryEntry) => rank.get(e.period)! * FIELD_ORDER.length + fieldRank.get(e.field)!;
  // 'id\0agency' in text order is (id, agency) in text order: the separator sorts before any character.
  const out: HistoryEntry[] = [];
  for (const k of [...byRow.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))) {
    const list = byRow.get(k)!;
    if (list.length > 1) list.sort((a, b) => order(a) - order(b));
    for (const e of list) out.push(e);
  }
  return out;
}

/** What a unit's new workbook is pre-filled with: by row, the fields and the period they come from. */
export interface Carried {
  id: string;
  agency: string;
  /** The period whose answers these are (the unit's latest that answered this row). */
  period: string;
  fields: Partial<Record<AnswerField, string | number>>;
}

/**
 * Carry-forward for the round `forPeriod`: for every row and unit, the answers of the latest
 * earlier period in which the unit answered that row (a unit that missed a round is pre-filled from
 * the round before). A task once completed stays completed: when the latest answer leaves the
 * status empty, an earlier completed status (and its date) is carried with it; a unit that chose
 * another status has changed it, and that stands.
 */
export function carryForward(history: readonly HistoryEntry[], forPeriod: string | null): Carried[] {
  const earlier = forPeriod === null ? history : history.filter((e) => comparePeriods(e.period, forPeriod) < 0);
  const byRow = new Map<string, HistoryEntry[]>();
  for (const e of earlier) {
    const k = key(e.id, e.agency);
    const list = byRow.get(k);
    if (list) list.push(e);
    else byRow.set(k, [e]);
  }
  const out: Carried[] = [];
  for (const entries of byRow.values()) {
    const latest = entries.reduce((p, e) => (comparePeriods(e.period, p) > 0 ? e.period : p), entries[0]!.period);
    const fields: Carried['fields'] = {};
    for (const e of entries) if (e.period === latest) fields[e.field] = e.value;
    if (fields.status === undefined) {
      const done = entries.filter((e) => e.field === 'status' && isDone(e.value)).sort((a, b) => comparePeriods(b.period, a.period))[0];
      if (done) {
        fields.status = done.value;
        const date = entries.find((e) => e.period === done.period && e.field === 'completedOn');
        if (date && fields.completedOn === undefined) fields.completedOn = date.value;
      }
    }
    out.push({ id: entries[0]!.id, agency: entries[0]!.agency, period: latest, fields });
  }
  return out.sort((a, b) => a.id.localeCompare(b.id) || a.agency.localeCompare(b.agency));
}

export type ChangeKind = 'completed' | 'backwards' | 'assessment-fell' | 'evidence-removed' | 'newly-overdue' | 'changed';

/** One answer that differs between two periods (or a task that fell overdue meanwhile), with what it means. */
export interface Change {
  id: string;
  agency: string;
  field: AnswerField;
  before: string | number | null;
  after: string | number | null;
  /** The notable meanings first; 'changed' when the change is none of them. */
  kinds: ChangeKind[];
}

export interface CompareContext {
  /** A task's last day, 'YYYY-MM-DD', when its deadline has one. */
  dueOf: (taskId: string) => string | null;
  /** The day each period's overdue is counted against (its data date). */
  previousAsOf: string;
  currentAsOf: string;
}

/**
 * What changed from the previous period to this one, unit by unit, for the units whose return was
 * taken this period: every answer that differs (written, changed or cleared), each with what it
 * means — a task newly completed, a status gone backwards, a self-assessment that fell, evidence
 * removed — and every task that was not overdue at the previous data date and is now, with no
 * completed status. A unit that sent nothing this period changes nothing (timeliness says it is missing).
 */
export function comparePeriodAnswers(previous: PeriodAnswers, current: PeriodAnswers, ctx: CompareContext): Change[] {
  const reportedNow = new Set(current.reported);
  const index = (answers: readonly Answer[]) => {
    const m = new Map<string, Map<AnswerField, string | number>>();
    for (const a of answers) {
      if (!reportedNow.has(a.agency)) continue;
      const k = key(a.id, a.agency);
      const fields = m.get(k) ?? new Map<AnswerField, string | number>();
      fields.set(a.field, a.value);
      m.set(k, fields);
    }
    return m;
  };
  const [before, after] = [index(previous.answers), index(current.answers)];
  const changes: Change[] = [];
  for (const k of new Set([...before.keys(), ...after.keys()])) {
    const [id, agency] = k.split('\u0000') as [string, string];
    const b = before.get(k) ?? new Map<AnswerField, string | number>();
    const a = after.get(k) ?? new Map<AnswerField, string | number>();
    for (const field of FIELD_ORDER) {
      const [was, now] = [b.get(field) ?? null, a.get(field) ?? null];
      if (was === now) continue;
      const kinds: ChangeKind[] = [];
      if (field === 'status') {
        if (isDone(now) && !isDone(was)) kinds.push('completed');
        const [rw, rn] = [was === null ? undefined : STATUS_ORDER[String(was)], now === null ? undefined : STATUS_ORDER[String(now)]];
        if (rw !== undefined && (rn === undefined || rn < rw)) kinds.push('backwards');
      }
      if (field === 'selfAssessment' && typeof was === 'number' && (now === null || (typeof now === 'number' && now < was))) kinds.push('assessment-fell');
      if (field === 'evidence' && was !== null && String(was).trim() !== '' && (now === null || String(now).trim() === '')) kinds.push('evidence-removed');
      changes.push({ id, agency, field, before: was, after: now, kinds: kinds.length ? kinds : ['changed'] });
    }
    if (id.startsWith('TASK:')) {
      const due = ctx.dueOf(id);
      const overdueAt = (status: string | number | null, asOf: string) => !isDone(status) && due !== null && due < asOf;
      const [sb, sa] = [b.get('status') ?? null, a.get('status') ?? null];
      if (after.has(k) && overdueAt(sa, ctx.currentAsOf) && !overdueAt(sb, ctx.previousAsOf)) changes.push({ id, agency, field: 'status', before: sb, after: sa, kinds: ['newly-overdue'] });
    }
  }
  return changes.sort((x, y) => x.id.localeCompare(y.id) || x.agency.localeCompare(y.agency) || FIELD_ORDER.indexOf(x.field) - FIELD_ORDER.indexOf(y.field));
}

/** A return's arrival against its due date. */
export type Timeliness =
  | { kind: 'on-time'; arrived: string; due: string }
  | { kind: 'late'; arrived: string; due: string; days: number }
  | { kind: 'missing'; due: string | null }
  /** Arrived, but the round gave this unit no due date. */
  | { kind: 'no-due'; arrived: string };

/** Arrival and due as days 'YYYY-MM-DD'; a return arriving on its due day is on time. */
export function timeliness(arrived: string | null, due: string | null): Timeliness {
  if (arrived === null) return { kind: 'missing', due };
  if (due === null) return { kind: 'no-due', arrived };
  const days = daysBetween(due, arrived);
  return days > 0 ? { kind: 'late', arrived, due, days } : { kind: 'on-time', arrived, due };
}

/** Where a unit's arrival date comes from: the compile that first saw its file, or a date a person entered (post, the document system). */
export type ArrivalSource = 'first-seen' | 'entered';

export interface UnitTimeliness {
  agency: string;
  due: string | null;
  source: ArrivalSource | null;
  /** The file the arrival is counted from. */
  file: string | null;
  timeliness: Timeliness;
}

/**
 * Each expected unit's timeliness: its earliest arrival among the files read as its own (a unit
 * that sent a correction later still reported when it first did), an entered date over the first
 * compile's for the same file.
 */
export function unitTimeliness(
  units: readonly { agency: string; due: string | null }[],
  files: readonly { file: string; agency: string; firstSeen: string | null; entered: string | null }[],
): UnitTimeliness[] {
  const best = new Map<string, { day: string; source: ArrivalSource; file: string }>();
  for (const f of files) {
    const day = f.entered ?? f.firstSeen;
    if (day === null) continue;
    const prev = best.get(f.agency);
    if (!prev || day < prev.day) best.set(f.agency, { day, source: f.entered !== null ? 'entered' : 'first-seen', file: f.file });
  }
  return units.map((u) => {
    const b = best.get(u.agency) ?? null;
    return { agency: u.agency, due: u.due, source: b?.source ?? null, file: b?.file ?? null, timeliness: timeliness(b?.day ?? null, u.due) };
  });
}
