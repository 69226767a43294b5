import type { TableReport } from '../import';
import type { Strings } from '../strings';

/** `chiso import --explain`: per table its caption, kind, rows read and each column's role (issue #10). */
export function explainTables(tables: readonly TableReport[], t: Strings): string {
  return tables.map((table) => [t.explain.table(table), ...table.columns.map((c) => t.explain.column(c))].join('\n')).join('\n\n');
}
