import type { Assignment } from '../agencies/recipients';
import type { Plan, Task } from '../plan/schema';
import { NOT_OVERDUE_STATUSES, ROLE, TASK_STATUSES } from './layout';

/** The plan's own task number ('B.III.13'), as the plan and the agency workbooks show it. */
export function taskNumber(t: Task): string {
  return t.id.replace(/^TASK:/, '');
}

/** Not done (nor outside the unit's scope) and past its last day: what "Quá hạn" means everywhere in the master. */
export function isOverdue(due: string | null, status: string | number | undefined, today: string): boolean {
  return !NOT_OVERDUE_STATUSES.has(typeof status === 'string' ? status : '') && due !== null && due < today;
}

export interface TaskPair {
  id: string;
  agency: string;
  /** ROLE.lead or ROLE.support; '' for a unit the plan does not name on the task. */
  role: string;
}

/**
 * Every task × responsible unit, in the plan's order, the lead first: a unit that reported
 * nothing still has its row. Pairs reported by a unit the plan does not name come last.
 */
export function taskPairs(plan: Plan, assignments: readonly Assignment[], reported: [string, string][]): TaskPair[] {
  const byTask = new Map<string, { agency: string; role: string }[]>();
  for (const a of assignments) {
    for (const [ids, role] of [[a.leads, ROLE.lead], [a.supports, ROLE.support]] as const) {
      for (const id of ids) {
        const units = byTask.get(id) ?? [];
        units.push({ agency: a.recipient.name, role });
        byTask.set(id, units);
      }
    }
  }
  const out: TaskPair[] = [];
  // Units seen per task (no key string per pair: a city has a hundred thousand pairs).
  const seen = new Map<string, Set<string>>();
  const first = (id: string, agency: string) => {
    let units = seen.get(id);
    if (!units) {
      units = new Set();
      seen.set(id, units);
    }
    if (units.has(agency)) return false;
    units.add(agency);
    return true;
  };
  for (const t of plan.tasks) {
    const units = (byTask.get(t.id) ?? []).sort((x, y) => (x.role === y.role ? 0 : x.role === ROLE.lead ? -1 : 1));
    for (const u of units) if (first(t.id, u.agency)) out.push({ id: t.id, agency: u.agency, role: u.role });
  }
  for (const [id, agency] of reported) if (first(id, agency)) out.push({ id, agency, role: '' });
  return out;
}

/** Statuses in the order of the template's list, an unknown one after them, "not reported" ('') last. */
export function statusOrder(status: string): number {
  const i = (TASK_STATUSES as readonly string[]).indexOf(status);
  return status === '' ? 100 : i < 0 ? 50 : i;
}
