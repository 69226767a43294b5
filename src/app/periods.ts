import type { Compiled } from '../agencies/compile';
import { hasWork, type Assignment } from '../agencies/recipients';
import type { AgencyPeriod, CarriedAnswers } from '../agency-workbook/write';
import type { MasterData } from '../master-workbook/read';
import type { MasterPeriod } from '../master-workbook/period';
import type { LogEntry } from '../master-workbook/write';
import { carryForward, comparePeriodAnswers, mergeHistory, unitTimeliness, type Answer, type HistoryEntry, type PeriodAnswers } from '../periods/answers';
import { comparePeriods, NATIONAL_ONLY, parsePeriod, periodName, unitDue, type DueSource, type Period, type ProvinceCalendar } from '../periods/calendar';
export type { DueSource } from '../periods/calendar';
import type { Plan } from '../plan/schema';

/**
 * A reporting round in both shells (issue #15): the period with its unit due date, last round's
 * answers to pre-fill each unit's workbook with, and what a master of the round adds (history,
 * changes against the previous master, timeliness). The previous master arrives already read.
 */

export interface Round {
  period: Period;
  name: string;
  /** When units' returns are due, 'YYYY-MM-DD': a date given for this run, else the province's calendar. */
  unitDue: string | null;
  /** Where that date comes from, to say so. */
  dueFrom: DueSource | null;
}

/** The round of a period id; `due` ('YYYY-MM-DD') overrides the calendar's date. Null for an id that names no period. */
export function roundOf(periodId: string, calendar: ProvinceCalendar = NATIONAL_ONLY, due: string | null = null): Round | null {
  const period = parsePeriod(periodId);
  if (!period) return null;
  const unit = due ?? unitDue(period, calendar);
  const dueFrom: DueSource | null = due !== null ? 'given' : calendar.overrides[period.id] ? 'plan-period' : calendar.unitDueDay !== null ? 'plan-rule' : unit !== null ? 'ministry' : null;
  return { period, name: periodName(period), unitDue: unit, dueFrom };
}

/** A master's own answers (its task and criterion sheets), as the round it names. */
export function answersOfMaster(m: MasterData): PeriodAnswers {
  const answers: Answer[] = [];
  const push = (id: string, agency: string, field: Answer['field'], value: string | number | null) => value !== null && value !== '' && answers.push({ id, agency, field, value });
  for (const r of m.reports) {
    push(r.task, r.agency, 'status', r.status);
    push(r.task, r.agency, 'completedOn', r.completedOn);
    push(r.task, r.agency, 'result', r.result);
    push(r.task, r.agency, 'evidence', r.evidence);
    push(r.task, r.agency, 'issues', r.issues);
  }
  for (const a of m.assessments) {
    push(a.criterion, a.agency, 'selfAssessment', a.selfAssessment);
    push(a.criterion, a.agency, 'explanation', a.explanation);
    push(a.criterion, a.agency, 'evidence', a.evidence);
  }
  const reported = [...new Set(m.submissions.filter((s) => s.status === 'accepted' && s.agency).map((s) => s.agency!))];
  // A master of no round (before periods) is the round before any named one.
  return { period: m.period ?? '', answers, reported };
}

/** The history a master carries: its own history sheet, or, for a master of no round, its answers. */
export function historyOfMaster(m: MasterData): HistoryEntry[] {
  if (m.history) return m.history;
  return mergeHistory([], answersOfMaster(m));
}

/** Each unit's pre-filled answers by row id, and the round they come from, for the round being assembled. */
export function carriedByUnit(previous: MasterData, round: Round | null): Map<string, { rows: Map<string, CarriedAnswers>; from: string }> {
  const out = new Map<string, { rows: Map<string, CarriedAnswers>; from: string }>();
  for (const c of carryForward(historyOfMaster(previous), round?.period.id ?? null)) {
    const unit = out.get(c.agency) ?? { rows: new Map<string, CarriedAnswers>(), from: c.period };
    unit.rows.set(c.id, c.fields);
    // Named by the latest round any of its rows comes from.
    if (comparePeriods(c.period, unit.from) > 0) unit.from = c.period;
    out.set(c.agency, unit);
  }
  return out;
}

/** How a round (or the round of a master of none) is named in a workbook. */
export function roundName(id: string): string {
  const p = parsePeriod(id);
  return p ? periodName(p) : 'kỳ trước';
}

/** What the agency writer stamps for one unit. */
export function agencyPeriod(round: Round, carriedFrom: string | null): AgencyPeriod {
  return { id: round.period.id, name: round.name, from: round.period.from, to: round.period.to, due: round.unitDue, carriedFrom: carriedFrom === null ? null : roundName(carriedFrom) };
}

/** What a master of the round adds: history, changes against the previous master (when given), timeliness of every unit with work. */
export function masterPeriod(plan: Plan, compiled: Compiled, log: readonly LogEntry[], assignments: readonly Assignment[], today: string, round: Round, previous: MasterData | null): MasterPeriod {
  const current: PeriodAnswers = {
    period: round.period.id,
    answers: compiled.values.map((v) => ({ id: v.id, agency: v.agency, field: v.field, value: v.value })),
    reported: [...new Set(compiled.submissions.filter((s) => s.status === 'accepted' && s.agency).map((s) => s.agency!))],
  };
  const due = new Map(plan.tasks.map((t) => [t.id, t.deadline.to]));
  const before = previous ? answersOfMaster(previous) : null;
  const changes = before ? comparePeriodAnswers(before, current, { dueOf: (id) => due.get(id) ?? null, previousAsOf: previous!.dataDate ?? before.period, currentAsOf: today }) : null;
  const agencyOf = new Map(compiled.submissions.filter((s) => s.status !== 'rejected' && s.agency).map((s) => [s.file, s.agency!]));
  const files = log.flatMap((l) => {
    const agency = agencyOf.get(l.file);
    return agency ? [{ file: l.file, agency, firstSeen: l.firstSeen ? l.firstSeen.slice(0, 10) : null, entered: l.entered ?? null }] : [];
  });
  const units = assignments.filter(hasWork).map((a) => ({ agency: a.recipient.name, due: round.unitDue }));
  return {
    id: round.period.id,
    name: round.name,
    from: round.period.from,
    to: round.period.to,
    unitDue: round.unitDue,
    previous: previous ? { id: previous.period, name: roundName(previous.period ?? '') } : null,
    changes,
    history: mergeHistory(previous ? historyOfMaster(previous) : [], current),
    timeliness: unitTimeliness(units, files),
  };
}

/** 'YYYY-MM-DD HH:mm' in Vietnam (UTC+7): when a compile first saw a file. */
export function vietnamMinute(ms: number): string {
  return new Date(ms + 7 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');
}
