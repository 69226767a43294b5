import { en } from './en';
import type { Lang, Strings } from './types';
import { vi } from './vi';

export type { Lang, ReadProblem, Strings } from './types';

export function stringsFor(lang: Lang): Strings {
  return lang === 'en' ? en : vi;
}
