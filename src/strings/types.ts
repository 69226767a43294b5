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
  | 'old-format'
  | 'corrupt'
  | 'timeout'
  | 'not-a-plan-workbook'
  // The streaming reader: a limit on what the file holds, or XML it cannot make sense of.
  | 'over-limit'
  | 'malformed';

/** The task pane's words. */
export interface UiStrings {
  appTitle: string;
  tabs: { import: string; check: string; overview: string; print: string; agencies: string };
  import: {
    intro: string;
    bundled: string;
    paste: string;
    pastePlaceholder: string;
    readPasted: string;
    file: string;
    fileHint: string;
    selection: string;
    preview: (p: { tasks: number; criteria: number; par: number; sipas: number; papi: number; errors: number; warnings: number }) => string;
    willCreate: string;
    create: string;
    download: string;
    openCopy: string;
    created: (sheets: string[]) => string;
    renamed: (planned: string, actual: string) => string;
  };
  check: {
    intro: string;
    readSheets: string;
    none: string;
    filterSeverity: string;
    filterIndex: string;
    all: string;
    count: (shown: number, total: number) => string;
    goTo: string;
  };
  overview: { intro: string; index: string; result: string; target: string; gain: string; lost: string; chartTitle: (index: string) => string; empty: string };
  print: { intro: string; apply: string; done: (n: number) => string; howTo: string; outside: string };
  agencies: {
    intro: string;
    due: string;
    assemble: string;
    assembled: (n: number) => string;
    compileLabel: string;
    compileHint: string;
    compiled: (files: number, values: number, rejected: number, missing: number) => string;
    downloadMaster: string;
    pickOne: string;
    choose: string;
    downloadOne: string;
    dueInvalid: string;
    password: string;
    passwordHint: string;
  };
  progress: { working: string; cancel: string; cancelled: string; count: (done: number, total: number) => string };
  errors: { requirements: string; optionalMissing: (sets: string[]) => string; generic: (detail: string) => string; noPlan: string; unsupportedFile: (name: string) => string; docx: string };
  outsideOffice: string;
  language: string;
}

/** Everything a shell says to people, in one module per language. */
export interface Strings {
  ui: UiStrings;
  /** A number as people of this language write it: 9,5 / 9.5. */
  number(v: number): string;
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
  assembled(n: number, dir: string, zip: string): string;
  /** Why a returned workbook or one of its values was not taken ('other-plan:999/KH-UBND', 'out-of-range'…). */
  /** Why a returned file or value was not taken, and what to do (the file names a file-level problem). */
  refusal(reason: string, file?: string): string;
  /** A refused file or value with where it is: file, sheet and cell. */
  rejection(r: { file: string; sheet: string | null; cell: string | null; reason: string }): string;
  compiled(c: { files: number; accepted: number; values: number; rejected: number; missing: number }): string;
  unexpanded(name: string, count: number): string;
  noPdf(reason: 'not-installed' | 'failed'): string;
  tableHeader: { severity: string; where: string; id: string; message: string };
  noFindings: string;
}
