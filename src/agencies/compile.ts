import type { Plan } from '../plan/schema';
import { hasWork, type Assignment } from './recipients';

/**
 * What the agencies reported, merged: one record of every value taken and every value refused.
 * Each return arrives already reduced to a ReturnExtract by the agency workbook's reader, so this
 * module knows nothing of layouts. Nothing is dropped silently.
 */

export type TaskField = 'status' | 'completedOn' | 'result' | 'evidence' | 'issues';
export type CriterionField = 'selfAssessment' | 'explanation' | 'evidence';

export interface CompiledValue {
  id: string;
  agency: string;
  field: TaskField | CriterionField;
  /** A number for scores, 'YYYY-MM-DD' for dates, text otherwise. */
  value: string | number;
  file: string;
  cell: string;
}

export interface Compiled {
  submissions: { file: string; agency: string | null; status: 'accepted' | 'rejected' | 'superseded'; reason: string | null }[];
  missing: string[];
  values: CompiledValue[];
  rejected: { file: string; sheet: string | null; cell: string | null; reason: string }[];
}

/**
 * One returned file reduced to what the master needs: refused with a reason, or the agency and
 * the values and refusals it holds. Small and plain, so it can be made where the file is read
 * (a worker) and handed over without the workbook.
 */
export type ReturnExtract =
  | { file: string; modified: number; refused: string }
  | { file: string; modified: number; refused: null; agency: string; values: CompiledValue[]; rejected: Compiled['rejected'] };

/**
 * Returns merged one at a time, each already reduced to its values (`add`), so compiling hundreds
 * of files keeps memory flat.
 */
export function compiler(_plan: Plan, assignments: Assignment[]): { add(e: ReturnExtract): void; result(): Compiled } {
  const byKey = new Map(assignments.map((a) => [a.recipient.key, a]));
  const refused: { file: string; reason: string }[] = [];
  const accepted: { file: string; modified: number; agency: Assignment; values: CompiledValue[]; rejected: Compiled['rejected'] }[] = [];

  const add = (e: ReturnExtract) => {
    if (e.refused !== null) return void refused.push({ file: e.file, reason: e.refused });
    const agency = byKey.get(e.agency);
    if (!agency) return void refused.push({ file: e.file, reason: `unknown-agency:${e.agency}` });
    accepted.push({ file: e.file, modified: e.modified, agency, values: e.values, rejected: e.rejected });
  };

  const result = (): Compiled => {
    const out: Compiled = { submissions: [], missing: [], values: [], rejected: [] };
    for (const r of refused) {
      out.submissions.push({ file: r.file, agency: null, status: 'rejected', reason: r.reason });
      out.rejected.push({ file: r.file, sheet: null, cell: null, reason: r.reason });
    }
    // The same agency twice: the later file counts, the earlier ones are superseded (and said so).
    const latest = new Map<string, (typeof accepted)[number]>();
    for (const a of accepted) {
      const prev = latest.get(a.agency.recipient.key);
      if (!prev || a.modified > prev.modified || (a.modified === prev.modified && a.file > prev.file)) latest.set(a.agency.recipient.key, a);
    }
    for (const a of [...accepted].sort((x, y) => x.file.localeCompare(y.file))) {
      const winner = latest.get(a.agency.recipient.key)!;
      const wins = winner === a;
      out.submissions.push({ file: a.file, agency: a.agency.recipient.name, status: wins ? 'accepted' : 'superseded', reason: wins ? null : `superseded-by:${winner.file}` });
      if (wins) {
        out.values.push(...a.values);
        out.rejected.push(...a.rejected);
      } else {
        for (const v of a.values) out.rejected.push({ file: a.file, sheet: v.cell.split('!')[0] ?? null, cell: v.cell, reason: 'superseded' });
      }
    }
    out.submissions.sort((x, y) => x.file.localeCompare(y.file));
    out.rejected.sort((x, y) => x.file.localeCompare(y.file));
    out.missing = assignments
      .filter((a) => hasWork(a) && !latest.has(a.recipient.key))
      .map((a) => a.recipient.name);
    return out;
  };
  return { add, result };
}

