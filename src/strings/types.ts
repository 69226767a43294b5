import type { CompileCounts } from '../agencies/compile';
import type { FileProblem, Refusal, RefusalOf, RefusalReason, Rejection } from '../agencies/refusal';
import type { Finding, FindingOf, Rule, Severity } from '../plan/schema';
import type { SourceNote, SourceProblem } from '../import/source-read';
import type { TableFigures } from '../import/column-choices';
import type { ColumnStatus } from '../import/columns';
import type { TableReport } from '../import/report';
import type { ColumnRole } from '../import/vocabulary';
import type { DueSource } from '../periods/calendar';

export type Lang = 'vi' | 'en';

/** Problems that stop a file from being read at all, each with the facts its wording needs. */
export type ReadProblem =
  | Plain<'missing' | 'directory' | 'too-large' | 'binary' | 'empty' | 'unreadable' | 'no-table'>
  /** The flattened text stops in the middle of a table row, at `line` when known. */
  | { kind: 'cut-off'; line: number | null }
  /** Text whose table header (at `line`) lines its columns up with spaces, as text saved out of a PDF: the columns cannot be told apart. */
  | { kind: 'space-aligned'; line: number | null }
  // Workbooks from outside, as the guard and the reader find them.
  | Plain<'not-zip' | 'truncated' | 'not-xlsx' | 'too-many-entries' | 'encrypted' | 'old-format' | 'corrupt' | 'timeout'>
  // Another kind of file with a workbook's name ('empty' is above).
  | Plain<'pdf' | 'image' | 'web-page' | 'word-document' | 'opendocument'>
  /** A workbook with no sheet in the plan's layout; `made` when it is another of chiso's workbooks (by its _meta). */
  | { kind: 'not-a-plan-workbook'; made: 'agency' | 'master' | null }
  // Files from outside that are not what they seem, each with its real cause.
  | Plain<'no-permission' | 'not-a-regular-file' | 'damaged'>
  // A .docx plan, as the zip guard finds it; a .doc in Word's old format.
  | Plain<'not-docx' | 'old-word-format'>
  // The streaming reader: a limit on what the file holds, or XML it cannot make sense of.
  | Plain<'over-limit' | 'malformed'>
  /** chiso's own outgoing zip of blank workbooks, found among the returns. */
  | Plain<'outgoing-bundle'>
  /** A text, HTML, .docx or PDF source the readers could not turn into a plan source (its encoding, a scan, a PDF bomb…). */
  | { kind: 'source'; problem: SourceProblem };

/** One member per kind that carries nothing but its kind. */
type Plain<K extends string> = K extends string ? { kind: K } : never;

export type ReadProblemOf<K extends ReadProblem['kind']> = Extract<ReadProblem, { kind: K }>;

/** How one language words every read problem, naming the file. A kind without its entry does not compile. */
export type ReadProblemWords = { [K in ReadProblem['kind']]: (p: ReadProblemOf<K>, file: string) => string };

/** Kinds of work the pane runs, each named while it runs. */
export type BusyKind = 'import' | 'readSheets' | 'create' | 'workbook' | 'assemble' | 'compile' | 'report' | 'print' | 'highlight' | 'open' | 'opening' | 'previous';

/** Office.js error codes the pane words itself (Excel.ErrorCodes); anything else is 'unexpected'. */
export type OfficeErrorCode =
  | 'ItemNotFound'
  | 'ItemAlreadyExists'
  | 'InvalidArgument'
  | 'InvalidOperation'
  | 'InvalidOperationInCellEditMode'
  | 'ApiNotFound'
  | 'AccessDenied'
  | 'RequestPayloadSizeLimitExceeded'
  | 'ResponsePayloadSizeLimitExceeded'
  | 'GeneralException'
  | 'Conflict'
  | 'InsertDeleteConflict';

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
    // Task pane, issue 14
    chooseFile: string;
    demoHint: string;
    /** How a problem names pasted text and the selected range (never as a file). */
    pastedName: string;
    selectionName: string;
    notPlanAgency: (file: string) => string;
    notPlanMaster: (file: string) => string;
    foundInWorkbook: (criteria: number, tasks: number) => string;
    nextStep: string;
    createAgain: string;
    confirmTitle: string;
    confirmBody: string;
    confirmYes: string;
    confirmNo: string;
    /** A problem with text that did not come from a file, the source named. */
    sourceProblem: (source: string, message: string) => string;
    openWorkbookName: string;
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
    // Task pane, issue 14
    highlight: string;
    highlightHint: string;
    highlighted: (n: number) => string;
    cleared: string;
    /** Clears marks left by an earlier session too (the switch starts off after a reload). */
    clear: string;
  };
  overview: { intro: string; index: string; result: string; target: string; gain: string; lost: string; chartTitle: (index: string) => string; empty: string; lostNote: string };
  print: { intro: string; apply: string; done: (n: number) => string; howTo: string; outside: string };
  agencies: {
    intro: string;
    due: string;
    assemble: string;
    assembled: (n: number) => string;
    compileLabel: string;
    compileHint: string;
    compiled: (c: CompileCounts) => string;
    downloadMaster: string;
    pickOne: string;
    choose: string;
    downloadOne: string;
    dueInvalid: string;
    password: string;
    passwordHint: string;
    // Task pane, issue 14
    sendTitle: string;
    compileTitle: string;
    duePlaceholder: string;
    noDue: (workbooks: number) => string;
    emails: (withEmail: number, total: number) => string;
    refused: (n: number) => string;
    refusedMore: (n: number) => string;
    allTaken: string;
    openMaster: string;
    chooseReturns: string;
    chooseMaster: string;
    macHint: string;
    opened: string;
    // Reporting rounds (issue #15).
    round: string;
    roundNone: string;
    previous: string;
    previousHint: string;
    previousRead: (file: string, period: string | null) => string;
    /** Under the round picker: the units' due date of the round and where it comes from. */
    roundDue: (due: string | null, from: DueSource | null) => string;
  };
  progress: { working: string; cancel: string; cancelled: string; count: (done: number, total: number) => string; doing: Record<BusyKind, string> };
  errors: {
    requirements: string;
    optionalMissing: (sets: string[]) => string;
    generic: (detail: string) => string;
    noPlan: string;
    // Task pane, issue 14
    /** What an Office.js error code means for the user, and what to do. */
    office: Record<OfficeErrorCode, string>;
    /** An error chiso did not foresee while doing `doing`: said in words, the technical detail set apart. */
    unexpected: (doing: string, detail: string) => string;
  };
  outsideOffice: string;
  language: string;
  /** The Word report from a master (Đơn vị tab). */
  report: { fromMaster: string; fromMasterHint: string; download: string; period: string; done: (name: string) => string };
  /** The import preview's column roles (issue #10): how each column of each table is read, changeable before anything is written. */
  mapping: {
    title: string;
    intro: string;
    /** A table's heading: its caption as written, else its label. */
    table(t: Pick<TableReport, 'label' | 'caption'>): string;
    /** 'Tiêu chí PAPI', 'Nhiệm vụ', 'Không nhập'. */
    kind(t: Pick<TableReport, 'kind' | 'index'>): string;
    rows(t: Pick<TableReport, 'kind' | 'rowsRead' | 'rowsSkipped' | 'headerRows' | 'reason'>): string;
    figures(f: TableFigures): string;
    /** A column's visible (and accessible) label: its number and header text. */
    /** The line that opens a table's list of columns: how many, and how many are not read. */
    columns(count: number, notRead: number): string;
    column(col: number, header: string): string;
    /** A role as officials name it; results and targets with the column's year. */
    role(role: ColumnRole, year: number | null): string;
    ignore: string;
    /** Why a column is not read, or that the user chose its role. */
    why(c: { role: ColumnRole | null; claimed: ColumnRole | null; year: number | null; status: ColumnStatus; overridden: boolean; empty?: boolean }): string;
    /** A column whose new role is chosen but not read yet. */
    changed: string;
    readAgain: string;
    reset: string;
    pending: string;
    /** The choices made no table of these: the read is refused and the plan shown stays. */
    lost(labels: string[]): string;
    /** A re-read the importer could not make into a plan at all. */
    failed: string;
  };
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
  compiled(c: CompileCounts): string;
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
    column(c: { col: number; header: string; role: string | null; claimed: string | null; year: number | null; status: string; overridden: boolean; empty?: boolean }): string;
    role: Record<string, string>;
  };
  /** Outputs: what stops a write before any work is done, and a write that did not finish. */
  output: OutputStrings;
  // --- Reading a file's bytes (encodings, legacy fonts, PDF): the reader's limits, never the plan's faults.
  /** Why a file could not be read as a plan source, and what to do. */
  sourceProblem(p: SourceProblem, file: string): string;
  /** What a reader did to the file's text that the user should know (a conversion, a dropped page header). */
  sourceNote(n: SourceNote): string;
  // --- The command line's own words (issue #14).
  cli: CliStrings;
  /** Reporting rounds (issue #15): dates 'YYYY-MM-DD', worded as people read them. */
  periods: {
    round(r: { name: string; from: string; to: string; due: string | null; dueFrom: DueSource | null }): string;
    carried(units: number, master: string): string;
    previousOtherPlan(path: string, plan: string | null): string;
    compiledRound(c: { name: string; onTime: number; late: number; missing: number; changes: number | null }): string;
    previousNeedsPeriod: string;
    /** A problem of the plan workbook's Lịch báo cáo, with its sheet and cell, said when a round is run. */
    calendarProblem(where: string, message: string): string;
  };
  /** compile prints the first refused values; the rest are counted, with where to see them all. */
  rejectionsMore(hidden: number, wroteMaster: boolean): string;
  /** A finding's item as the plan numbers it ('TASK:A.5' -> 'Nhiệm vụ A.5'): ids stay in --json. */
  item(id: string | null): string;
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
  /** `command`: the command being run, when known (its options are listed); `suggestion`: the option probably meant. */
  | { kind: 'unknown-option'; option: string; command?: string | null; suggestion?: string | null }
  | { kind: 'missing-value'; option: string }
  | { kind: 'takes-no-value'; option: string }
  | { kind: 'bad-value'; option: string; value: string; expected: 'dd/mm/yyyy' | 'yyyy-mm-dd' | 'vi|en' | 'error|warning|info' | 'period' | '' }
  | { kind: 'unknown-command'; command: string }
  | { kind: 'missing-input'; command?: string }
  /** `command`: which one, so the example fits (a folder for assemble, a .docx for report). */
  | { kind: 'missing-output'; command: string }
  | { kind: 'missing-returns' }
  | { kind: 'unexpected-argument'; argument: string; command?: string }
  /** An option of another command (`check --due`). */
  | { kind: 'option-not-for-command'; option: string; command: string }
  /** Two options that say opposite things (`--all --severity error`). */
  | { kind: 'conflicting-options'; options: [string, string] }
  /** `-o plan.xls`: a name in no format the command writes; `formats` are the ones it does. */
  | { kind: 'bad-output-extension'; command: string; output: string; formats: string[] }
  /** `import --pdf` without `-o something.xlsx`: the PDF is printed from the workbook. */
  | { kind: 'pdf-needs-workbook' };

/** The command line's own words (issue #14). */
export interface CliStrings {
  /** One page per command: what it does, every option explained, examples. */
  help: Record<'import' | 'check' | 'assemble' | 'compile' | 'report', string>;
  version(version: string): string;
  /** The findings a listing leaves out, counted, and how to see them. */
  hidden(h: { warnings: number; infos: number }): string;
  /** A listing with nothing at the severity asked for. */
  noneAtSeverity(severity: Severity): string;
  /** Progress lines on a terminal (stderr), overwritten in place. */
  progress: {
    reading(done: number, total: number): string;
    assembling(done: number, total: number): string;
    writing(path: string): string;
    printing(seconds: number): string;
  };
  /** A .doc, .xls or OpenDocument plan that LibreOffice saved as .docx or .xlsx so that it could be read. */
  converted(file: string, to: 'docx' | 'xlsx'): string;
}
