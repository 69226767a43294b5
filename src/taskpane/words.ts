import type { FindingWords } from '../sheets/build';
import type { Finding } from '../plan/schema';
import type { Strings } from '../strings';

/** How the workbook words findings, in the pane's language. */
export function findingWords(t: Strings): FindingWords & { severityWord: Record<Finding['severity'], string> } {
  return { severity: (f) => t.severity[f.severity], message: t.finding, where: t.where, severityWord: t.severity };
}
