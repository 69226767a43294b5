import type { Plan } from '../plan/schema';
import { LEGEND_WORDS, withLegend } from '../workbook-kit/legend';
import { excelDate, type CellSpec, type RowSpec } from '../workbook-kit/spec';
import { headerRow, titleRows } from '../workbook-kit/table';
import { DONE_STATUSES, MASTER_TASK_SUMMARY_COLUMNS, ROLE, SUMMARY_COMMUNE_NAMES } from './layout';
import { taskNumber } from './task-pairs';

/** One row of Tổng hợp nhiệm vụ as the summary counts it. */
export interface PairFact {
  id: string;
  agency: string;
  role: string;
  /** '' when the unit has not reported on the task. */
  status: string;
  overdue: boolean;
  /** A commune (xã, phường): named in the summary only while few. */
  commune: boolean;
}

export interface TaskSummary {
  id: string;
  units: number;
  reported: number;
  done: number;
  overdue: number;
  notReported: { name: string; commune: boolean }[];
  lateReported: { name: string; commune: boolean }[];
}

/**
 * Per task, in the plan's order (a task no unit answers for included, with zeros), then tasks a
 * unit reported on that the plan does not have: the counts of its rows in Tổng hợp nhiệm vụ.
 */
export function summariseTasks(plan: Plan, pairs: readonly PairFact[]): TaskSummary[] {
  // '(chủ trì)' names the one lead of a task; where every commune leads its own part it says nothing.
  const leads = new Map<string, number>();
  for (const p of pairs) if (p.role === ROLE.lead) leads.set(p.id, (leads.get(p.id) ?? 0) + 1);
  const byId = new Map<string, TaskSummary>(plan.tasks.map((t) => [t.id, { id: t.id, units: 0, reported: 0, done: 0, overdue: 0, notReported: [], lateReported: [] }]));
  for (const p of pairs) {
    const s = byId.get(p.id) ?? { id: p.id, units: 0, reported: 0, done: 0, overdue: 0, notReported: [], lateReported: [] };
    byId.set(p.id, s);
    const name = p.role === ROLE.lead && leads.get(p.id) === 1 ? `${p.agency} (chủ trì)` : p.agency;
    s.units++;
    if (p.status !== '') s.reported++;
    if (DONE_STATUSES.has(p.status)) s.done++;
    if (p.overdue) s.overdue++;
    if (p.status === '') s.notReported.push({ name, commune: p.commune });
    else if (p.overdue) s.lateReported.push({ name, commune: p.commune });
  }
  return [...byId.values()];
}

/** 'Sở Nội vụ (chủ trì); Sở Tư pháp; và 45 xã, phường': agencies by name, communes by name while few. */
export function unitList(units: readonly { name: string; commune: boolean }[]): string {
  const communes = units.filter((u) => u.commune);
  if (communes.length <= SUMMARY_COMMUNE_NAMES) return units.map((u) => u.name).join('; ');
  const agencies = units.filter((u) => !u.commune).map((u) => u.name);
  return agencies.length ? `${agencies.join('; ')}; và ${communes.length} xã, phường` : `${communes.length} xã, phường`;
}

/** The sheet's rows: title block with its legend, header, a row per task. */
export function taskSummaryRows(plan: Plan, pairs: readonly PairFact[], asOf: string): RowSpec[] {
  const cols = MASTER_TASK_SUMMARY_COLUMNS;
  const tasks = new Map(plan.tasks.map((t) => [t.id, t]));
  const rows: RowSpec[] = [...withLegend(titleRows('TÌNH HÌNH THỰC HIỆN TỪNG NHIỆM VỤ', asOf, 2), 2, { action: [LEGEND_WORDS.overdue] }), headerRow(cols)];
  const count = (n: number): CellSpec => ({ value: n, style: 'num0' });
  for (const s of summariseTasks(plan, pairs)) {
    const t = tasks.get(s.id);
    const cells: Record<(typeof cols)[number]['key'], CellSpec> = {
      id: { value: s.id, style: 'text' },
      number: { value: t ? taskNumber(t) : s.id.replace(/^TASK:/, ''), style: 'center' },
      task: { value: t?.title ?? '', style: 'text' },
      due: t?.deadline.to ? { value: excelDate(t.deadline.to), style: 'date' } : { value: t?.deadline.text ?? '', style: 'text' },
      units: count(s.units),
      reported: count(s.reported),
      done: count(s.done),
      overdue: s.overdue ? { value: s.overdue, style: 'errorCount' } : count(0),
      notReported: { value: unitList(s.notReported), style: 'text' },
      lateReported: { value: unitList(s.lateReported), style: 'text' },
    };
    rows.push({ cells: cols.map((c) => cells[c.key]) });
  }
  return rows;
}
