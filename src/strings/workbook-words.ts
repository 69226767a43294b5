import type { Finding } from '../plan/schema';
import type { FindingWords } from '../plan-workbook/findings-sheet';
import type { Strings } from './types';

/** How the workbook words findings (Kiểm tra sheet, overview counts), in the given language. */
export function workbookWords(t: Strings): FindingWords & { severityWord: Record<Finding['severity'], string> } {
  return { severity: (f) => t.severity[f.severity], message: t.finding, where: t.where, item: t.item, severityWord: t.severity };
}
