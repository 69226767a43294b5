import type { Plan } from '../plan/schema';
import { fileNameClaims } from './claims';
import { hasWork, type Assignment } from './recipients';
import type { FileRefusal, Rejection, RefusalOf } from './refusal';

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

/** One file received: taken, refused (with its reason and facts), or replaced by a later file of the same agency. */
export type Submission = { file: string; agency: string | null } & (
  | { status: 'accepted'; reason: null }
  | ({ status: 'rejected' } & FileRefusal)
  | ({ status: 'superseded' } & RefusalOf<'superseded-by'>)
);

export interface Compiled {
  submissions: Submission[];
  missing: string[];
  values: CompiledValue[];
  rejected: Rejection[];
}

/**
 * One returned file reduced to what the master needs: refused with a reason, or the agency and
 * the values and refusals it holds. Small and plain, so it can be made where the file is read
 * (a worker) and handed over without the workbook.
 */
export type ReturnExtract =
  | { file: string; modified: number; refused: FileRefusal }
  | { file: string; modified: number; refused: null; agency: string; values: CompiledValue[]; rejected: Compiled['rejected'] };

/**
 * Returns merged one at a time, each already reduced to its values (`add`), so compiling hundreds
 * of files keeps memory flat.
 */
export function compiler(_plan: Plan, assignments: Assignment[]): { add(e: ReturnExtract): void; result(): Compiled } {
  const byKey = new Map(assignments.map((a) => [a.recipient.key, a]));
  const refused: { file: string; refusal: FileRefusal }[] = [];
  const accepted: { file: string; modified: number; agency: Assignment; values: CompiledValue[]; rejected: Compiled['rejected']; namedFor: string | null }[] = [];
  // The agency a file's name points to, a second witness beside its _meta.
  const claimOf = fileNameClaims(assignments.filter(hasWork).map((a) => a.recipient));

  const add = (e: ReturnExtract) => {
    if (e.refused !== null) return void refused.push({ file: e.file, refusal: e.refused });
    const agency = byKey.get(e.agency);
    if (!agency) return void refused.push({ file: e.file, refusal: { reason: 'unknown-agency', recipient: e.agency } });
    accepted.push({ file: e.file, modified: e.modified, agency, values: e.values, rejected: e.rejected, namedFor: claimOf(e.file) });
  };

  const result = (): Compiled => {
    const out: Compiled = { submissions: [], missing: [], values: [], rejected: [] };
    const names = new Map(assignments.map((a) => [a.recipient.key, a.recipient.name]));
    for (const r of refused) {
      // Whose it is, when its name says: a unit that sent a file chiso could not read did send one.
      const named = claimOf(r.file);
      out.submissions.push({ file: r.file, agency: named === null ? null : names.get(named) ?? null, status: 'rejected', ...r.refusal });
      out.rejected.push({ file: r.file, sheet: null, cell: null, ...r.refusal });
    }
    // The same agency twice: a file named for its agency beats one named for another; then the
    // later file counts; the others are superseded, and both sides are said (see notes below).
    const trust = (a: (typeof accepted)[number]) => (a.namedFor === a.agency.recipient.key ? 2 : a.namedFor === null ? 1 : 0);
    const latest = new Map<string, (typeof accepted)[number]>();
    for (const a of accepted) {
      const prev = latest.get(a.agency.recipient.key);
      const better = !prev || trust(a) > trust(prev) || (trust(a) === trust(prev) && (a.modified > prev.modified || (a.modified === prev.modified && a.file > prev.file)));
      if (better) latest.set(a.agency.recipient.key, a);
    }
    // A winner's values by field, then row id (the last one kept, should a cell come twice): a
    // handful of fields, so a handful of maps, and no key string made per value.
    const keys = new Map<(typeof accepted)[number], Map<string, Map<string, CompiledValue['value']>>>();
    const keysOf = (a: (typeof accepted)[number]) => {
      const known = keys.get(a);
      if (known) return known;
      const made = new Map<string, Map<string, CompiledValue['value']>>();
      for (const v of a.values) {
        let ids = made.get(v.field);
        if (!ids) {
          ids = new Map();
          made.set(v.field, ids);
        }
        ids.set(v.id, v.value);
      }
      keys.set(a, made);
      return made;
    };
    for (const note of claimNotes(accepted, latest, names)) out.rejected.push(note);
    for (const a of [...accepted].sort((x, y) => x.file.localeCompare(y.file))) {
      const winner = latest.get(a.agency.recipient.key)!;
      const wins = winner === a;
      const agency = a.agency.recipient.name;
      // Lost on its name, not its date: named for another unit, its values are most likely that
      // unit's, not another copy of the winner's, and are not listed as the winner's differing values.
      const why = trust(a) === trust(winner) ? 'newer' : trust(a) === 0 ? 'other-unit' : 'named';
      const other = why === 'other-unit' && a.namedFor !== null ? names.get(a.namedFor) ?? a.namedFor : null;
      out.submissions.push(wins ? { file: a.file, agency, status: 'accepted', reason: null } : { file: a.file, agency, status: 'superseded', reason: 'superseded-by', by: winner.file, why, other });
      // Most likely another unit's report in the wrong workbook: listed where every refusal is, for someone to ask.
      if (why === 'other-unit') out.rejected.push({ file: a.file, sheet: null, cell: null, reason: 'superseded-by', by: winner.file, why, other });
      if (wins) {
        // One at a time: a return can hold hundreds of thousands of refusals, and spreading them
        // into one call overflows the stack.
        for (const v of a.values) out.values.push(v);
        for (const r of a.rejected) out.rejected.push(r);
      } else if (why !== 'other-unit') {
        // A value the newer file repeats unchanged loses nothing; one it changed or left empty is
        // listed, so whoever asks the unit which copy is right sees what differs. Listing every
        // value of a file sent twice would bury the refusals a unit must act on.
        const kept = keysOf(winner);
        for (const v of a.values) if (kept.get(v.field)?.get(v.id) !== v.value) out.rejected.push({ file: a.file, sheet: v.cell.split('!')[0] ?? null, cell: v.cell, reason: 'superseded' });
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

/** What a compile comes to, as both shells say it: files by outcome, values taken and refused, agencies missing. */
export interface CompileCounts {
  files: number;
  /** Agencies whose file was taken (one file each). */
  accepted: number;
  /** Of those, files taken with no value filled in (the template sent back as it came). */
  blank: number;
  /** Files of an agency that sent a newer one. */
  superseded: number;
  /** Files not read at all (damaged, another plan, not a return …). */
  refusedFiles: number;
  values: number;
  /** Values and cells not taken from the files that were read (a refused file is counted once, above). */
  refusedValues: number;
  missing: number;
}

/** Every file read has its submission (a .zip of returns counts as the files it holds). */
export function compileCounts(c: Compiled): CompileCounts {
  const files = c.submissions.length;
  const count = (status: Submission['status']) => c.submissions.filter((s) => s.status === status).length;
  const refusedFiles = count('rejected');
  const withValues = new Set(c.values.map((v) => v.file));
  const blank = c.submissions.filter((s) => s.status === 'accepted' && !withValues.has(s.file)).length;
  return { files, accepted: count('accepted'), blank, superseded: count('superseded'), refusedFiles, values: c.values.length, refusedValues: refusedValueCount(c.rejected), missing: c.missing.length };
}

/**
 * How many cells of the files read were not taken — what every shell and sheet calls the values
 * refused: each one named by its cell, and those past the per-sheet cap by their count. A refused
 * file, a row or column missing, and the notes on who sent what are not values.
 */
export function refusedValueCount(rejected: readonly Rejection[]): number {
  let n = 0;
  for (const r of rejected) n += refusedValues(r);
  return n;
}

/** The cells one rejection stands for (see refusedValueCount). */
export function refusedValues(r: Rejection): number {
  return r.cell !== null ? 1 : r.reason === 'more-refused' || r.reason === 'extra-sheet-cells' ? r.count : 0;
}

/**
 * What the master and the command line say about who sent what: a file whose name points to
 * another agency than its _meta, and a file kept over others of the same agency whose content
 * differs (never a silent win for the later file).
 */
function claimNotes(
  accepted: { file: string; agency: Assignment; values: CompiledValue[]; namedFor: string | null }[],
  winners: Map<string, { file: string }>,
  names: Map<string, string>,
): Compiled['rejected'] {
  const notes: Compiled['rejected'] = [];
  const contentOf = (values: CompiledValue[]) => values.map((v) => `${v.id}\u0000${v.field}\u0000${v.value}`).sort().join('\u0001');
  // A file sent again unchanged holds the same values in the same order: equal without spelling out either.
  const sameList = (a: CompiledValue[], b: CompiledValue[]) => a.length === b.length && a.every((v, i) => v.id === b[i]!.id && v.field === b[i]!.field && v.value === b[i]!.value);
  const byAgency = new Map<string, typeof accepted>();
  for (const a of accepted) {
    // Said of the file compiled for its workbook's unit; one that lost says so in its own reason.
    if (a.namedFor !== null && a.namedFor !== a.agency.recipient.key && winners.get(a.agency.recipient.key) === a) notes.push({ file: a.file, sheet: '_meta', cell: null, reason: 'name-other-agency', agency: names.get(a.namedFor) ?? a.namedFor, workbook: a.agency.recipient.name });
    const files = byAgency.get(a.agency.recipient.key);
    if (files) files.push(a);
    else byAgency.set(a.agency.recipient.key, [a]);
  }
  for (const [key, files] of byAgency) {
    const winner = files.find((f) => f === winners.get(key));
    if (!winner || files.length < 2) continue;
    let mine: string | null = null;
    const differs = (f: (typeof files)[number]) => {
      if (sameList(f.values, winner.values)) return false;
      mine ??= contentOf(winner.values);
      return contentOf(f.values) !== mine;
    };
    // A file named for another unit is no version of the winner's: its own note says whose it may be.
    const otherUnits = (f: (typeof files)[number]) => f.namedFor !== null && f.namedFor !== key;
    const differing = files.filter((f) => f !== winner && !otherUnits(f) && differs(f)).map((f) => f.file).sort();
    if (differing.length > 0) notes.push({ file: winner.file, sheet: '_meta', cell: null, reason: 'same-agency-differs', files: differing });
  }
  return notes;
}
