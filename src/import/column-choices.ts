import type { Plan } from '../plan/schema';
import { READ_ROLES } from './read-roles';
import type { TableReport } from './report';
import type { TableOverride } from './tables';
import type { ColumnRole } from './vocabulary';

/**
 * A user's choice of role for the columns of the tables read (issue #10, "Never silent"): the pane
 * shows each table's columns as the importer mapped them, the user gives a column another role
 * (the other year's results, a column to leave out), and the plan is read again with these choices
 * as importPlan's `columns` overrides. Pure, so both shells can offer it.
 */

/** One column's chosen role, null to leave the column out. Keyed by choiceKey. */
export type ColumnChoices = ReadonlyMap<string, ColumnRole | null>;

/** The key of a column among all tables: its table's label and its 1-based column, as the report gives them. */
export function choiceKey(table: string, col: number): string {
  return `${table}#${col}`;
}

/**
 * The roles a user may give a column of this table, in the order a table is read; leaving it out
 * is always possible as well. An unread block offers none: its header made no table, so there is
 * no mapping to change.
 */
export function rolesOffered(kind: TableReport['kind']): readonly ColumnRole[] {
  return kind === 'unread' ? [] : READ_ROLES[kind];
}

/**
 * The overrides to read the plan again with: every column the user set to something other than
 * how it is read now, and every column chosen in an earlier round (so choices accumulate over
 * several re-reads). Columns of unread blocks cannot be chosen. Columns are 0-based in overrides,
 * 1-based in the report.
 */
export function overridesFrom(tables: readonly TableReport[], choices: ColumnChoices): TableOverride[] {
  const out: TableOverride[] = [];
  for (const table of tables) {
    if (table.kind === 'unread') continue;
    const offered = rolesOffered(table.kind);
    for (const column of table.columns) {
      const key = choiceKey(table.label, column.col);
      const chosen = choices.get(key);
      if (chosen !== undefined && chosen !== null && !offered.includes(chosen)) continue;
      // column.role is how the column is read now: null when it is not (another year, a duplicate, an unknown header).
      if (chosen !== undefined && (chosen !== column.role || column.overridden)) out.push({ table: table.label, col: column.col - 1, role: chosen });
      else if (chosen === undefined && column.overridden) out.push({ table: table.label, col: column.col - 1, role: column.claimed });
    }
  }
  return out;
}

/** True when some choice differs from how the plan is read now: reading again would change something. */
export function choicesPending(tables: readonly TableReport[], choices: ColumnChoices): boolean {
  return tables.some((table) => table.kind !== 'unread' && table.columns.some((c) => {
    const key = choiceKey(table.label, c.col);
    return choices.has(key) && choices.get(key) !== c.role;
  }));
}

/** What a criteria table's results came to, so a user sees the numbers change when they pick another year. */
export interface TableFigures {
  /** Criteria read from this table, and how many of them carry a result. */
  criteria: number;
  withResult: number;
  /** The index's total row ('Tổng điểm'), when the table has one. */
  totalResult: number | null;
  totalTarget: number | null;
}

/** The figures of one table of the plan, by its label; null for a task table or a block not read. */
export function tableFigures(plan: Plan, table: TableReport): TableFigures | null {
  if (table.kind !== 'criteria') return null;
  const mine = table.criterionIds ? new Set(table.criterionIds) : null;
  const rows = plan.criteria.filter((c) => (mine ? mine.has(c.id) : c.source.table === table.label && (table.index === null || c.index === table.index)));
  const total = rows.find((c) => c.code === 'total') ?? null;
  return {
    criteria: rows.length,
    withResult: rows.filter((c) => c.result !== null).length,
    totalResult: total?.result ?? null,
    totalTarget: total?.target ?? null,
  };
}

/**
 * Tables read before that the new choices turned into an unread block (a table without its name
 * or lead column is no table): such a read is refused, since a table shown as unread offers no
 * column to set back.
 */
export function tablesLost(before: readonly TableReport[], after: readonly TableReport[]): string[] {
  const read = new Set(after.filter((t) => t.kind !== 'unread').map((t) => t.label));
  return before.filter((t) => t.kind !== 'unread' && !read.has(t.label)).map((t) => t.label);
}
