import { en } from './en';
import type { Lang, Strings } from './types';
import { vi } from './vi';

export type { ArgProblem, BusyKind, Lang, OfficeErrorCode, ReadProblem, Strings } from './types';

export function stringsFor(lang: Lang): Strings {
  return lang === 'en' ? en : vi;
}

export { workbookWords } from './workbook-words';
