import type { FileProblem, Refusal, RefusalOf, RefusalReason, Rejection } from '../agencies/refusal';
import type { Finding, FindingOf, Rule, Severity } from '../plan/schema';
import type { SourceNote, SourceProblem } from '../import/source-read';

export type Lang = 'vi' | 'en';

/** Problems that stop a file from being read at all, each with the facts its wording needs. */
export type ReadProblem =
  | Plain<'missing' | 'directory' | 'too-large' | 'binary' | 'empty' | 'unreadable' | 'no-table'>
  /** The flattened text stops in the middle of a table row, at `line` when known. */
  | { kind: 'cut-off'; line: number | null }
  // Workbooks from outside, as the guard and the reader find them.
  | Plain<'not-zip' | 'truncated' | 'not-xlsx' | 'too-many-entries' | 'encrypted' | 'old-format' | 'corrupt' | 'timeout' | 'not-a-plan-workbook'>
  // Files from outside that are not what they seem, each with its real cause.
  | Plain<'no-permission' | 'not-a-regular-file' | 'damaged'>
  // A .docx plan, as the zip guard finds it; a .doc in Word's old format.
  | Plain<'not-docx' | 'old-word-format'>
  /** A text, HTML, .docx or PDF source the readers could not turn into a plan source (its encoding, a scan, a PDF bomb…). */
  | { kind: 'source'; problem: SourceProblem };

/** One member per kind that carries nothing but its kind. */
type Plain<K extends string> = K extends string ? { kind: K } : never;

export type ReadProblemOf<K extends ReadProblem['kind']> = Extract<ReadProblem, { kind: K }>;

/** How one language words every read problem, naming the file. A kind without its entry does not compile. */
export type ReadProblemWords = { [K in ReadProblem['kind']]: (p: ReadProblemOf<K>, file: string) => string };

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
    // Reporting rounds (issue #15).
    round: string;
    roundNone: string;
    previous: string;
    previousHint: string;
    previousRead: (file: string, period: string | null) => string;
  };
  progress: { working: string; cancel: string; cancelled: string; count: (done: number, total: number) => string };
  errors: { requirements: string; optionalMissing: (sets: string[]) => string; generic: (detail: string) => string; noPlan: string };
  outsideOffice: string;
  language: string;
  /** The Word report from a master (Đơn vị tab). */
  report: { fromMaster: string; fromMasterHint: string; download: string; period: string; done: (name: string) => string };
}

/**
 * How one language words every finding rule: one entry per rule of FindingSchema, each given that
 * rule's own finding (its typed details). A rule without its entry does not compile.
 */
export type RuleWords = { [R in Rule]: (f: FindingOf<R>) => string };

/**
 * How one language words every refusal of a return or of a value in it, given its typed facts. A
 * file that could not be read at all (FileProblem) is worded as a read problem instead. A reason
 * without its entry does not compile.
 */
export type RefusalWords = { [R in Exclude<RefusalReason, FileProblem>]: (r: RefusalOf<R>) => string };

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
  readProblem(problem: ReadProblem, file: string): string;
  usage: string;
  badArguments(problem: ArgProblem): string;
  summary(s: { file: string; tasks: number; criteria: number; errors: number; warnings: number; infos: number }): string;
  wrote(path: string): string;
  assembled(n: number, dir: string, zip: string): string;
  /** Why a returned file or value was not taken, and what to do (`file` names a file that could not be read). */
  refusal(r: Refusal, file: string): string;
  /** A refused file or value with where it is: file, sheet and cell. */
  rejection(r: Rejection): string;
  compiled(c: { files: number; accepted: number; values: number; rejected: number; missing: number }): string;
  unexpanded(name: string, count: number): string;
  noPdf(reason: 'not-installed' | 'failed'): string;
  tableHeader: { severity: string; where: string; id: string; message: string };
  noFindings: string;
  /** `chiso report`: the Word report written from a master. */
  report: {
    wrongExtension(path: string): string;
    notMaster(path: string): string;
    newerMaster(path: string, version: number): string;
    masterWithoutPlan(path: string): string;
    note(path: string, note: { kind: 'sheet-missing'; sheet: string } | { kind: 'row-unreadable'; sheet: string; row: number; field: string }): string;
  };
  /** `chiso import --explain`: what the importer made of each table and column (issue #10). */
  explain: {
    table(t: { label: string; caption: string | null; kind: 'tasks' | 'criteria' | 'unread'; index: string | null; rowsRead: number; rowsSkipped: number; headerRows: number; resultYear: number | null; targetYear: number | null }): string;
    column(c: { col: number; header: string; role: string | null; claimed: string | null; year: number | null; status: string; overridden: boolean }): string;
    role: Record<string, string>;
  };
  /** Outputs: what stops a write before any work is done, and a write that did not finish. */
  output: OutputStrings;
  // --- Reading a file's bytes (encodings, legacy fonts, PDF): the reader's limits, never the plan's faults.
  /** Why a file could not be read as a plan source, and what to do. */
  sourceProblem(p: SourceProblem, file: string): string;
  /** What a reader did to the file's text that the user should know (a conversion, a dropped page header). */
  sourceNote(n: SourceNote): string;
  /** Reporting rounds (issue #15): dates 'YYYY-MM-DD', worded as people read them. */
  periods: {
    round(r: { name: string; from: string; to: string; due: string | null }): string;
    carried(units: number, master: string): string;
    previousOtherPlan(path: string, plan: string | null): string;
    compiledRound(c: { name: string; onTime: number; late: number; missing: number; changes: number | null }): string;
    previousNeedsPeriod: string;
  };
}

export type WriteCause = 'interrupted' | 'disk-full' | 'no-permission' | 'failed';

export interface OutputStrings {
  /** The output is one of the command's own inputs. */
  isInput(output: string, input: string): string;
  /** The file there is not what chiso last wrote (edited, or not chiso's): replaced only with --force. */
  changed(output: string): string;
  isDirectory(output: string): string;
  notAFolder(output: string): string;
  notWritable(output: string): string;
  /** Files in an assemble folder that chiso did not write as they are now (filled returns?). */
  folderHasWork(folder: string, files: string[]): string;
  /** The write stopped; the previous file is intact and no partial file is left. */
  writeFailed(output: string, cause: WriteCause, detail: string): string;
}

/** What is wrong with a command line, for the shell to word (options named as typed). */
export type ArgProblem =
  | { kind: 'unknown-option'; option: string }
  | { kind: 'missing-value'; option: string }
  | { kind: 'takes-no-value'; option: string }
  | { kind: 'bad-value'; option: string; value: string; expected: 'dd/mm/yyyy' | 'yyyy-mm-dd' | 'vi|en' | 'period' | '' }
  | { kind: 'unknown-command'; command: string }
  | { kind: 'missing-input' }
  /** `command`: which one, so the example fits (a folder for assemble, a .docx for report). */
  | { kind: 'missing-output'; command: string }
  | { kind: 'missing-returns' }
  | { kind: 'unexpected-argument'; argument: string };
