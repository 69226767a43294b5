import type { IndexId } from '../plan/schema';
import type { MasterData, MasterCriterion, MasterTask, MasterUnit, TaskReport } from '../master-workbook/read';

/**
 * Every number the report states, counted once from the master. A task's state comes from its
 * lead units' own reports (supporting agencies report too, but do not decide it):
 * - completed: every lead unit reported it done ('Đã hoàn thành' or 'Hoàn thành chậm'); on time
 *   when none says 'Hoàn thành chậm' and no completion date is after the deadline;
 * - not reported: no lead unit reported a status (also a task no unit leads);
 * - out of scope: every lead unit that reported said 'Không thuộc phạm vi' (the task does not
 *   concern it): neither done nor overdue, counted apart; a lead unit that says so is left out
 *   when the others decide the task's state;
 * - otherwise overdue when its deadline is before the data date, else in progress (at least one
 *   lead unit has started or finished) or not started.
 * The six states are exclusive and add up to the number of tasks.
 */

export type TaskState = 'completed' | 'inProgress' | 'notStarted' | 'overdue' | 'outOfScope' | 'notReported';
export const TASK_STATES: readonly TaskState[] = ['completed', 'inProgress', 'notStarted', 'overdue', 'outOfScope', 'notReported'];

export const DONE = new Set(['Đã hoàn thành', 'Hoàn thành chậm']);
const LATE_DONE = 'Hoàn thành chậm';
const NOT_STARTED = 'Chưa thực hiện';
/** The agency template's status for a task that does not concern the unit. */
export const OUT_OF_SCOPE = 'Không thuộc phạm vi';

export interface Tally {
  total: number;
  completed: number;
  onTime: number;
  inProgress: number;
  notStarted: number;
  overdue: number;
  outOfScope: number;
  notReported: number;
  /** Of those not reported, the ones past their deadline: late as far as anyone knows (not a seventh state). */
  notReportedPastDue: number;
}

const zero = (): Tally => ({ total: 0, completed: 0, onTime: 0, inProgress: 0, notStarted: 0, overdue: 0, outOfScope: 0, notReported: 0, notReportedPastDue: 0 });

function add(t: Tally, state: TaskState, onTime: boolean, pastDue: boolean): void {
  t.total++;
  t[state]++;
  if (state === 'completed' && onTime) t.onTime++;
  if (state === 'notReported' && pastDue) t.notReportedPastDue++;
}

export interface TaskOutcome {
  task: MasterTask;
  state: TaskState;
  onTime: boolean;
  /** Its deadline is before the data date. */
  pastDue: boolean;
  /** Its lead units and what each reported (null: nothing). */
  leads: { unit: MasterUnit; report: TaskReport | null }[];
}

export interface UnitTally {
  /** A unit, or a collective's members counted together ('UBND cấp xã'). */
  name: string;
  /** Units counted in this row (1 for a single unit). */
  units: number;
  tally: Tally;
}

export interface CriterionOutcome {
  criterion: MasterCriterion;
  /** Mean of the self-assessments of its agencies, when any assessed it. */
  self: number | null;
  agencies: string[];
  /** Each agency's own self-assessment, in the order of `agencies`. */
  scores: { agency: string; self: number }[];
  /** self - target, when both are known. */
  gap: number | null;
}

export interface Counts {
  tasks: TaskOutcome[];
  all: Tally;
  byIndex: { index: IndexId; tally: Tally }[];
  byArea: { index: IndexId; area: string; title: string; tally: Tally }[];
  /** Lead units' own tallies: each unit that is no member of a collective, then each collective's members together. */
  byLead: UnitTally[];
  criteria: CriterionOutcome[];
  /** Assessed leaf criteria with a target: at or above it, and below it with the points missing. */
  meeting: CriterionOutcome[];
  missing: CriterionOutcome[];
  /** Units expected to report: who sent, who did not, who sent after the due date. */
  /** `refused`: a missing unit's file that could not be compiled (its name points to the unit). */
  /**
   * `savedAfterData`: the file was saved after the data date, so its date says when it was last
   * saved or copied, not when it was sent: no lateness is worked out from it.
   */
  units: { unit: MasterUnit; state: 'sent' | 'missing'; received: string | null; late: number | null; savedAfterData: boolean; note: string | null; refused: { file: string; reason: string | null } | null }[];
  /** Files refused whole, with the master's reason: those of a unit the report names are in `units` too. */
  refused: { file: string; reason: string | null; unit: string | null }[];
}

const daysBetween = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

export function count(master: MasterData, due: string | null): Counts {
  const dataDate = master.dataDate;
  const leadsOf = new Map<string, MasterUnit[]>();
  for (const u of master.units) for (const id of u.leads) leadsOf.set(id, [...(leadsOf.get(id) ?? []), u]);
  const reportOf = new Map<string, TaskReport>();
  for (const r of master.reports) reportOf.set(`${r.task}\u0000${r.agency}`, r);
  const reported = (r: TaskReport | null) => r !== null && r.status !== null;
  const isDone = (r: TaskReport | null) => r !== null && DONE.has(r.status ?? '');
  const outOfScope = (r: TaskReport | null) => r !== null && r.status === OUT_OF_SCOPE;
  // Against the unit's own last day where the plan gives kinds of unit different days ('(các sở, ngành)', '(UBND cấp xã)').
  const lateDone = (r: TaskReport, t: MasterTask) => {
    const due = r.due ?? t.due;
    return r.status === LATE_DONE || (!!due && !!r.completedOn && r.completedOn > due);
  };
  const pastDue = (t: MasterTask) => !!t.due && !!dataDate && t.due < dataDate;

  const tasks: TaskOutcome[] = master.tasks.map((task) => {
    const leads = (leadsOf.get(task.id) ?? []).map((unit) => ({ unit, report: reportOf.get(`${task.id}\u0000${unit.name}`) ?? null }));
    const answered = leads.filter((l) => reported(l.report));
    // A lead unit the task does not concern has no say in whether it is done.
    const concerned = leads.filter((l) => !outOfScope(l.report));
    const concernedAnswers = concerned.filter((l) => reported(l.report));
    let state: TaskState;
    if (answered.length === 0) state = 'notReported';
    else if (concerned.length === 0) state = 'outOfScope';
    else if (concerned.every((l) => isDone(l.report))) state = 'completed';
    else if (pastDue(task)) state = 'overdue';
    else state = concernedAnswers.some((l) => l.report!.status !== NOT_STARTED) ? 'inProgress' : 'notStarted';
    const onTime = state === 'completed' && concerned.every((l) => !lateDone(l.report!, task));
    return { task, state, onTime, pastDue: pastDue(task), leads };
  });

  const all = zero();
  const byIndex = new Map<IndexId, Tally>();
  const byArea = new Map<string, { index: IndexId; area: string; title: string; tally: Tally }>();
  for (const o of tasks) {
    add(all, o.state, o.onTime, o.pastDue);
    const ix = byIndex.get(o.task.index) ?? zero();
    byIndex.set(o.task.index, ix);
    add(ix, o.state, o.onTime, o.pastDue);
    const area = byArea.get(o.task.area) ?? { index: o.task.index, area: o.task.area, title: o.task.areaTitle, tally: zero() };
    byArea.set(o.task.area, area);
    add(area.tally, o.state, o.onTime, o.pastDue);
  }

  // Each lead unit by its own report: a collective's members are counted together, task by unit.
  const taskById = new Map(master.tasks.map((t) => [t.id, t]));
  const rows = new Map<string, UnitTally>();
  for (const u of master.units) {
    const led = u.leads.map((id) => taskById.get(id)).filter((t): t is MasterTask => !!t);
    if (led.length === 0) continue;
    const name = u.group ?? u.name;
    const row = rows.get(name) ?? { name, units: 0, tally: zero() };
    rows.set(name, row);
    row.units++;
    for (const t of led) {
      const r = reportOf.get(`${t.id}\u0000${u.name}`) ?? null;
      const state: TaskState = !reported(r) ? 'notReported' : outOfScope(r) ? 'outOfScope' : isDone(r) ? 'completed' : pastDue(t) ? 'overdue' : r!.status === NOT_STARTED ? 'notStarted' : 'inProgress';
      add(row.tally, state, state === 'completed' && !lateDone(r!, t), pastDue(t));
    }
  }
  const byLead = [...rows.values()].sort((a, b) => Number(a.units > 1) - Number(b.units > 1));

  // Criteria: the mean self-assessment of the agencies that assessed a criterion.
  const scores = new Map<string, { agency: string; self: number }[]>();
  for (const a of master.assessments) {
    if (a.selfAssessment === null) continue;
    scores.set(a.criterion, [...(scores.get(a.criterion) ?? []), { agency: a.agency, self: a.selfAssessment }]);
  }
  const criteria: CriterionOutcome[] = master.criteria.map((criterion) => {
    const s = scores.get(criterion.id) ?? [];
    const self = s.length ? round(s.reduce((sum, x) => sum + x.self, 0) / s.length) : null;
    return { criterion, self, agencies: s.map((x) => x.agency), scores: s, gap: self !== null && criterion.target !== null ? round(self - criterion.target) : null };
  });
  const assessed = criteria.filter((c) => c.gap !== null);

  const sent = new Map<string, { received: string | null }>();
  for (const s of master.submissions) if (s.agency && s.status === 'accepted') sent.set(s.agency, { received: s.received });
  const missing = new Map(master.missing.map((m) => [m.agency, m.contact]));
  const expected = master.units.filter((u) => u.leads.length + u.supports.length + u.criteria.length > 0);
  const unitNames = new Set(expected.map((u) => u.name));
  const refused = master.submissions
    .filter((s) => s.status === 'rejected')
    .map((s) => ({ file: s.file, reason: s.reason, unit: s.agency !== null && unitNames.has(s.agency) ? s.agency : null }));
  const refusedOf = new Map(refused.filter((r) => r.unit !== null).map((r) => [r.unit!, { file: r.file, reason: r.reason }]));
  const units = expected.map((unit) => {
    const s = sent.get(unit.name);
    if (s) {
      const savedAfterData = !!dataDate && !!s.received && s.received > dataDate;
      const late = due && s.received && s.received > due && !savedAfterData ? daysBetween(due, s.received) : null;
      return { unit, state: 'sent' as const, received: s.received, late, savedAfterData, note: null, refused: null };
    }
    return { unit, state: 'missing' as const, received: null, late: null, savedAfterData: false, note: missing.get(unit.name) ?? null, refused: refusedOf.get(unit.name) ?? null };
  });

  return {
    tasks,
    all,
    byIndex: (['PAR', 'PAPI', 'SIPAS'] as const).filter((i) => byIndex.has(i)).map((index) => ({ index, tally: byIndex.get(index)! })),
    byArea: [...byArea.values()],
    byLead,
    criteria,
    meeting: assessed.filter((c) => c.gap! >= 0),
    missing: assessed.filter((c) => c.gap! < 0).sort((a, b) => a.gap! - b.gap!),
    units,
    refused,
  };
}

/** Scores carry at most four decimals (PAPI); sums and means are rounded there so 0,1 + 0,2 shows 0,3. */
export function round(n: number): number {
  return Math.round(n * 1e4) / 1e4;
}
