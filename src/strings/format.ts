import type { Finding, FindingOf, Rule } from '../plan/schema';
import type { RefusalOf, RefusalReason } from '../agencies/refusal';
import type { ReadProblem, ReadProblemOf, RuleWords } from './types';

/** What both languages share in wording a finding: which item it is about, and lists. */
export interface SubjectWords {
  task: string;
  group: string;
  total: string;
}

/** 'PAR 5.4', 'PAR (tổng)', 'Nhiệm vụ A.13', 'Nhóm B.I.II.3', or the index alone. */
export function subjectOf(f: Finding, words: SubjectWords): string {
  if (!f.id) return f.index ?? '';
  if (f.id.startsWith('TASK:')) return `${words.task} ${f.id.slice(5)}`;
  if (f.id.startsWith('GROUP:')) return `${words.group} ${f.id.slice(6)}`;
  const [index, code] = f.id.split(':');
  return code === 'total' ? `${index} (${words.total})` : `${index} ${code}`;
}

export function fieldOf(f: Finding, names: Record<string, string>): string {
  return names[f.field ?? ''] ?? f.field ?? '';
}

export function listOf(v: unknown, one: (x: unknown) => string): string {
  return Array.isArray(v) ? v.join('; ') : one(v);
}

/**
 * A refusal with its place: 'Tệp a.xlsx, trang “Tiêu chí”, ô H21: …'. A file that could not be
 * read at all is already named by the sentence itself, which is then said alone.
 */
export function placed(r: { file: string; sheet: string | null; cell: string | null }, said: string, words: { file: string; sheet: string; cell: string }): string {
  // 'Tiêu chí!H21' -> sheet 'Tiêu chí', cell 'H21'; a file- or sheet-level entry has no cell.
  const at = r.cell?.lastIndexOf('!') ?? -1;
  const [sheet, cell] = r.cell && at >= 0 ? [r.cell.slice(0, at), r.cell.slice(at + 1)] : [r.sheet, r.cell];
  if (!sheet && !cell && said.includes(r.file)) return said;
  const where = [`${words.file} ${r.file}`, sheet ? `${words.sheet} “${sheet}”` : null, cell ? `${words.cell} ${cell}` : null].filter(Boolean).join(', ');
  return `${where}: ${said}`;
}

/** A finding in the words of its own rule's entry. */
export function wordFinding<R extends Rule>(words: RuleWords, f: FindingOf<R>): string {
  return words[f.rule](f);
}

/** A refusal in the words of its own reason's entry (`words` is a RefusalWords). */
export function wordRefusal<R extends RefusalReason>(words: { [K in R]: (r: RefusalOf<K>) => string }, r: RefusalOf<R>): string {
  return words[r.reason](r);
}

/** A read problem in the words of its own kind's entry (`words` is a ReadProblemWords). */
export function wordReadProblem<K extends ReadProblem['kind']>(words: { [P in K]: (p: ReadProblemOf<P>, file: string) => string }, p: ReadProblemOf<K>, file: string): string {
  return words[p.kind](p, file);
}

/** 'PAR:8.6' -> 'PAR INDEX 8.6', 'TASK:A.5' -> '<task> A.5', 'GROUP:B.II' -> '<group> B.II': the plan's own numbering. */
export function itemWords(id: string | null, words: { task: string; group: string; total: string }): string {
  if (!id) return '';
  const at = id.indexOf(':');
  if (at < 0) return id;
  const [kind, rest] = [id.slice(0, at), id.slice(at + 1)];
  if (kind === 'TASK') return `${words.task} ${rest}`;
  if (kind === 'GROUP') return `${words.group} ${rest}`;
  if (kind === 'PAR' || kind === 'SIPAS' || kind === 'PAPI') return `${kind === 'PAR' ? 'PAR INDEX' : kind} ${rest === 'total' ? words.total : rest}`;
  return rest;
}
