import type { Change, HistoryEntry, UnitTimeliness } from '../periods/answers';
import type { Plan } from '../plan/schema';
import type { SheetSpec } from '../workbook-kit/spec';
import { listingSheet, withAutoFilter } from '../workbook-kit/table';
import type { Column } from '../workbook-kit/table';
import type { RowSpec } from '../workbook-kit/spec';
import { changesSheet } from './changes-sheet';
import { historySheet } from './history-sheet';
import type { MasterMetaKey } from './layout';
import { timelinessSheet } from './timeliness-sheet';

/**
 * What a master of a reporting round adds (issue #15): the round in `_meta`, the changes against
 * the previous round's master, the history of every answer across rounds, and each unit's
 * timeliness. A master compiled for no round has none of it.
 */
export interface MasterPeriod {
  id: string;
  /** 'Quý I/2026'. */
  name: string;
  from: string;
  to: string;
  unitDue: string | null;
  /** The previous round's master, when compiled against one: its period id (null when it named none). */
  previous: { id: string | null; name: string } | null;
  /** Against the previous master; null when there is none. */
  changes: Change[] | null;
  history: HistoryEntry[];
  timeliness: UnitTimeliness[];
}

/** The round's keys of the master's `_meta`. */
export function periodMetaRows(p: MasterPeriod | null): [MasterMetaKey, string][] {
  if (!p) return [];
  return [
    ['period', p.id],
    ['periodName', p.name],
    ['periodFrom', p.from],
    ['periodTo', p.to],
    ['unitDue', p.unitDue ?? ''],
    ['previousPeriod', p.previous?.id ?? ''],
  ];
}

/** The round's visible sheets, in reading order: timeliness, changes (when compiled against a previous master), history. */
export function periodSheets(plan: Plan, p: MasterPeriod | null): SheetSpec[] {
  if (!p) return [];
  const names = itemNames(plan);
  return [timelinessSheet(plan, p), ...(p.changes ? [changesSheet(plan, p, p.changes, names)] : []), historySheet(plan, p, names)];
}

/** How a row is named in these sheets: a task by its number and title, a criterion by index, code and name. */
export function itemNames(plan: Plan): (id: string) => string {
  const names = new Map<string, string>([...plan.tasks.map((t) => [t.id, `${t.id.slice(5)}. ${t.title}`] as const), ...plan.criteria.map((c) => [c.id, `${c.index} ${c.code} — ${c.name}`] as const)]);
  return (id) => names.get(id) ?? id;
}

/** A round's sheet laid out and printed as the master's other listings: title, legend where it colours, AutoFilter on the header row. */
export const periodListing = (plan: Plan, name: string, cols: Column<string>[], rows: RowSpec[]): SheetSpec =>
  withAutoFilter(listingSheet(plan, { name, printTitle: name, cols, rows, freezeCols: 0, lastPrintedCol: cols.length }), cols.length);
