import type { TableKind } from './columns';
import type { ColumnRole } from './vocabulary';

/**
 * The roles each kind of table reads into the plan, which are also the roles a user may give its
 * columns. A module of its own so the pane can offer them without loading the vocabulary.
 */
export const READ_ROLES: Record<TableKind, readonly ColumnRole[]> = {
  tasks: ['code', 'task', 'deadline', 'lead', 'support', 'output'],
  criteria: ['code', 'name', 'max', 'result', 'target', 'lead'],
};
