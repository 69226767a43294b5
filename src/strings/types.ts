import type { Finding, Severity } from '../plan/schema';

export type Lang = 'vi' | 'en';

/** Problems that stop a file from being read at all. */
export type ReadProblem =
  | 'missing'
  | 'directory'
  | 'too-large'
  | 'binary'
  | 'empty'
  | 'unreadable'
  | 'no-table'
  | 'cut-off'
  // Workbooks from outside, as the guard and the reader find them.
  | 'not-zip'
  | 'truncated'
  | 'not-xlsx'
  | 'too-many-entries'
  | 'encrypted'
  | 'corrupt'
  | 'timeout'
  | 'not-a-plan-workbook';

/** Everything a shell says to people, in one module per language. */
export interface Strings {
  severity: Record<Severity, string>;
  /** The finding in one sentence that says what is wrong and, where it helps, what to do. */
  finding(f: Finding): string;
  /** 'PL2, dòng 1239' / 'PL2, line 1239'. */
  where(f: Finding): string;
  readProblem(problem: ReadProblem, file: string, line: number | null): string;
  usage: string;
  badArguments(problem: string): string;
  summary(s: { file: string; tasks: number; criteria: number; errors: number; warnings: number; infos: number }): string;
  wrote(path: string): string;
  noPdf(reason: 'not-installed' | 'failed'): string;
  tableHeader: { severity: string; where: string; id: string; message: string };
  noFindings: string;
}
