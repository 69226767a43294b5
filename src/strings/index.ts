import { en } from './en';
import type { Finding } from '../plan/schema';
import type { FindingWords } from '../plan-workbook/findings-sheet';
import type { Lang, Strings } from './types';
import { vi } from './vi';

export type { ArgProblem, BusyKind, Lang, OfficeErrorCode, ReadProblem, Strings } from './types';

export function stringsFor(lang: Lang): Strings {
  return lang === 'en' ? en : vi;
}

/** How the workbook words findings (Kiểm tra sheet, overview counts), in the given language. */
export function workbookWords(t: Strings): FindingWords & { severityWord: Record<Finding['severity'], string> } {
  return { severity: (f) => t.severity[f.severity], message: t.finding, where: t.where, severityWord: t.severity };
}
