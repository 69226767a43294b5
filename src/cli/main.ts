import { mkdir, readFile } from 'node:fs/promises';
import { dirname, extname, join } from 'node:path';
import { assembleWorkbooks } from '../app/assemble';
import { masterSpec, seenIn } from '../app/compile';
import { masterPeriod } from '../app/periods';
import { calendarProblems, earlierRun, readMasterFile, roundFromArgs } from './periods';
import { loadFile, severityCounts, withCommunes, type Loaded, type LoadedPlan } from '../app/load';
import { compileCounts } from '../agencies/compile';
import { assign } from '../agencies/recipients';
import { buildWorkbook } from '../plan-workbook/write';
import { stringsFor, workbookWords, type Strings } from '../strings';
import { outputExtensionProblem, parseArgs, type Command } from './args';
import { explainTables } from './explain';
import { nodeInflate } from './inflate';
import { planJson } from './json';
import { convertForReading, printToPdf } from './libreoffice';
import { worthConverting } from '../xlsx/guard';
import { checkOutputs, filesAtRisk } from './preflight';
import { printableText } from './printable';
import { readInputFile } from './read-input';
import { writeReport } from './report';
import { compileFolder, returnFiles } from './returns';
import { nodeDeflater } from './deflate';
import { writeAtomically, type WriteOps } from './safe-write';
import { findingsTable } from './table';
import { inProcessReaders, type Readers } from './readers';
import { PIPE, type Terminal } from './terminal';
import { version } from '../../package.json';

/** How many refused values compile prints before counting the rest (--all prints them all). */
const REJECTIONS_SHOWN = 40;

export interface Io {
  out(text: string): void;
  err(text: string): void;
  /** How workbooks from outside are read: the installed CLI's worker (bin.ts), or in process. */
  readers?: Readers;
  /** The project's seeds/ folder (bundled plan and commune list); defaults to ./seeds. */
  seedsDir?: string;
  /** The file operations outputs are written with (tests inject a full disk or a Ctrl+C). */
  writeOps?: WriteOps;
  /** What stdout and stderr can show (colour, width, progress); a pipe unless the shell says otherwise. */
  terminal?: Terminal;
  /** Overwrites the progress line on stderr; null clears it. Called only when `terminal.progress`. */
  progress?: (line: string | null) => void;
}

/**
 * Exit codes: 0 read (and for `check`: no warning or error), 1 `check` found warnings/errors, 2 cannot
 * read, or an output refused or not written; 130 stopped by Ctrl+C while writing (the previous file intact).
 */
export async function main(argv: string[], rawIo: Io): Promise<number> {
  // Names from outside (files, folders) may hold control characters: never printed raw.
  const io: Io = { ...rawIo, out: (text) => rawIo.out(printableText(text)), err: (text) => rawIo.err(printableText(text)) };
  const args = parseArgs(argv);
  if (!args.ok) {
    io.err(stringsFor(args.lang).badArguments(args.problem));
    return 2;
  }
  const cmd = args.command;
  const t = stringsFor(cmd.lang);
  if (cmd.command === 'help') {
    io.out(cmd.topic ? t.cli.help[cmd.topic] : t.usage);
    return 0;
  }
  if (cmd.command === 'version') {
    io.out(t.cli.version(version));
    return 0;
  }
  // --quiet: stdout says nothing but the data asked for (--json); problems still go to stderr.
  if (cmd.quiet) io.out = () => {};
  const term = rawIo.terminal ?? PIPE;
  const progress = term.progress && rawIo.progress && !cmd.quiet ? rawIo.progress : () => {};
  // The report reads a master, not a plan.
  if (cmd.command === 'report') return writeReport(cmd, t, io);

  // A folder, a read-only place, an input or someone's work as the output: said before any work.
  const blocked = await checkOutputs(cmd, t);
  if (blocked) {
    io.err(blocked);
    return 2;
  }
  const misnamed = outputExtensionProblem(cmd);
  if (misnamed) {
    io.err(t.badArguments(misnamed));
    return 2;
  }

  const loaded = await load(cmd.input, io.readers ?? inProcessReaders, io, t);
  if (!loaded.ok) {
    io.err(t.readProblem(loaded.problem, cmd.input));
    return 2;
  }
  const { plan, findings } = withCommunes(loaded, await readFile(join(io.seedsDir ?? 'seeds', 'hanoi-communes-2025.md'), 'utf8'));

  // A round's due date may come from the plan workbook: what its Lịch báo cáo holds that cannot be read is said first.
  if ((cmd.command === 'assemble' || cmd.command === 'compile') && cmd.period !== null) for (const line of calendarProblems(findings, t)) io.err(line);
  if (cmd.command === 'assemble') return assemble(cmd, plan, t, io, progress);
  if (cmd.command === 'compile') return compileReturns(cmd, plan, t, { ...io, out: cmd.json ? (text) => rawIo.out(printableText(text)) : io.out }, progress);

  const counts = severityCounts(findings);
  // With the JSON on stdout, stdout holds nothing else (`--json > plan.json`, `| jq`): words for people go to stderr.
  const jsonOnStdout = cmd.json && !(cmd.command === 'import' && cmd.output);
  const say = !jsonOnStdout ? io.out : cmd.quiet ? () => {} : io.err;
  if (cmd.command === 'import' && cmd.explain) say(explainTables(loaded.tables ?? [], t));
  if (jsonOnStdout) {
    rawIo.out(printableText(JSON.stringify(planJson(plan, findings, t), null, 2)));
  } else {
    io.out(t.summary({ file: cmd.input, tasks: plan.tasks.length, criteria: plan.criteria.length, errors: counts.error, warnings: counts.warning, infos: counts.info }));
    // Errors and warnings by default, the rest counted; the table makes its cells printable itself (colour codes are not escaped).
    if (!cmd.quiet) rawIo.out(findingsTable(findings, t, { least: cmd.all ? 'info' : (cmd.severity ?? 'warning'), terminal: term }));
  }
  // What the file's reader did to its text is the reader's doing, said apart from the plan's findings.
  for (const n of loaded.notes ?? []) say(t.sourceNote(n));

  if (cmd.command === 'import' && cmd.output) {
    const output = cmd.output;
    await mkdir(dirname(output), { recursive: true });
    const bytes =
      extname(output).toLowerCase() === '.xlsx'
        ? await (await import('../xlsx/write')).writeWorkbook(buildWorkbook(plan, findings, workbookWords(t)))
        : new TextEncoder().encode(JSON.stringify(planJson(plan, findings, t), null, 2) + '\n');
    const written = await writeAtomically(output, bytes, io.writeOps);
    if (!written.ok) {
      io.err(t.output.writeFailed(output, written.cause, written.detail));
      return written.cause === 'interrupted' ? 130 : 2;
    }
    io.out(t.wrote(output));
    if (cmd.pdf) {
      const started = Date.now();
      const tick = () => progress(t.cli.progress.printing(Math.round((Date.now() - started) / 1000)));
      tick();
      const timer = setInterval(tick, 1000);
      timer.unref();
      const pdf = await printToPdf(output).finally(() => {
        clearInterval(timer);
        progress(null);
      });
      if (pdf.ok) io.out(t.wrote(pdf.path));
      else io.err(t.noPdf(pdf.reason));
    }
  }
  return cmd.command === 'check' && counts.error + counts.warning > 0 ? 1 : 0;
}

/** Any plan the app's format registry reads (text, HTML, .docx, a plan workbook); workbooks are read in a worker with a time limit. */
async function load(path: string, readers: Readers, io: Io, t: Strings): Promise<Loaded> {
  const input = await readInputFile(path);
  if (!input.ok) return { ok: false, problem: { kind: input.problem } };
  const readIo = { inflate: nodeInflate, readXlsx: (bytes: Uint8Array) => readers.workbook(bytes) };
  const loaded = await loadFile(path, input.bytes, readIo);
  // A .doc, .xls or OpenDocument file: LibreOffice, where it is installed, saves it as what chiso reads.
  const to = loaded.ok ? null : CONVERTIBLE[loaded.problem.kind];
  if (!to || !worthConverting(input.bytes)) return loaded;
  const converted = await convertForReading(path, to);
  if (!converted) return loaded;
  const again = await loadFile(`${path}.${to}`, converted, readIo);
  if (again.ok) io.err(t.cli.converted(path, to));
  return again.ok ? again : loaded;
}

/** The problems that name a format LibreOffice can save as one chiso reads, and which. */
const CONVERTIBLE: Partial<Record<Extract<Loaded, { ok: false }>['problem']['kind'], 'docx' | 'xlsx'>> = { 'old-word-format': 'docx', 'old-format': 'xlsx', opendocument: 'xlsx' };

/**
 * One report workbook per recipient (every named agency and every commune), the mailing list (.csv
 * and .xlsx) and a .zip of them, into the folder. Filled returns saved back into this folder are
 * someone's work: not replaced without --force; every file is written whole or not at all.
 */
async function assemble(cmd: Extract<Command, { command: 'assemble' }>, plan: LoadedPlan['plan'], t: Strings, io: Io, progress: (line: string | null) => void): Promise<number> {
  const round = roundFromArgs(cmd.period, cmd.due, plan.calendar);
  if (cmd.previous !== null && !round) {
    io.err(t.periods.previousNeedsPeriod);
    return 2;
  }
  const previous = cmd.previous === null ? null : await readMasterFile(cmd.previous, plan, t, io.readers ?? inProcessReaders);
  if (previous && !previous.ok) {
    io.err(previous.message);
    return 2;
  }
  const made = await assembleWorkbooks(plan, { due: cmd.due, to: cmd.to, password: cmd.password, only: cmd.only, generatedAt: new Date().toISOString(), round, previous: previous?.master ?? null, onProgress: (done, total) => progress(t.cli.progress.assembling(done, total)) });
  progress(null);
  const all = [...made.workbooks, ...made.mailingLists, made.zip];
  const risk = await filesAtRisk(cmd.output, all.map((f) => f.name), cmd.input, cmd.force);
  if (risk.input) {
    io.err(t.output.isInput(risk.input, cmd.input));
    return 2;
  }
  if (risk.changed.length > 0) {
    io.err(t.output.folderHasWork(cmd.output, risk.changed));
    return 2;
  }
  await mkdir(cmd.output, { recursive: true });
  for (const f of all) {
    const path = join(cmd.output, f.name);
    const written = await writeAtomically(path, f.bytes, io.writeOps);
    if (!written.ok) {
      io.err(t.output.writeFailed(path, written.cause, written.detail));
      return written.cause === 'interrupted' ? 130 : 2;
    }
  }
  // The count is of files written, each one under its own name.
  io.out(t.assembled(made.workbooks.length, cmd.output, join(cmd.output, made.zip.name)));
  if (round) io.out(t.periods.round({ name: round.name, from: round.period.from, to: round.period.to, due: round.unitDue, dueFrom: round.dueFrom }));
  if (previous?.ok) io.out(t.periods.carried(made.carried, cmd.previous!));
  for (const u of made.unexpanded) io.out(t.unexpanded(u.name, u.count));
  return 0;
}

/** Every file in the returns folder into one record and a master workbook. `--json` prints the record with its fixed field names. */
async function compileReturns(cmd: Extract<Command, { command: 'compile' }>, plan: LoadedPlan['plan'], t: Strings, io: Io, progress: (line: string | null) => void): Promise<number> {
  const listed = await returnFiles(cmd.returns);
  if (!listed.ok) {
    io.err(t.readProblem({ kind: listed.problem }, cmd.returns));
    return 2;
  }
  const files = listed.files;
  const round = roundFromArgs(cmd.period, cmd.due, plan.calendar);
  if (cmd.previous !== null && !round) {
    io.err(t.periods.previousNeedsPeriod);
    return 2;
  }
  const previous = cmd.previous === null ? null : await readMasterFile(cmd.previous, plan, t, io.readers ?? inProcessReaders);
  if (previous && !previous.ok) {
    io.err(previous.message);
    return 2;
  }
  const today = cmd.today ?? new Date().toISOString().slice(0, 10);
  // --today dates what this run sees first; an earlier run of the round (the master at -o) keeps what it saw.
  const earlier = await earlierRun(cmd.output, plan, t, io.readers ?? inProcessReaders, round?.period.id ?? null);
  const seen = { now: cmd.today ? Date.parse(`${cmd.today}T09:00:00+07:00`) : Date.now(), seen: earlier ? seenIn(earlier) : undefined, period: round?.period.id ?? null };
  const run = await compileFolder(files, { plan, assignments: assign(plan).assignments, readers: io.readers ?? inProcessReaders, ...seen, onProgress: (done, total) => progress(t.cli.progress.reading(done, total)) });
  progress(null);
  // Nothing more is read: the worker's memory is given back before the master, the command's largest moment, is built.
  await io.readers?.close();
  const { compiled } = run;
  // What the round adds to the master, worked out once: written there, and counted below.
  const period = round ? masterPeriod(plan, compiled, run.log, assign(plan).assignments, today, round, previous?.master ?? null) : null;
  if (cmd.output) {
    await mkdir(dirname(cmd.output), { recursive: true });
    // Streamed: the master has a row per task and agency, tens of thousands for a city.
    progress(t.cli.progress.writing(cmd.output));
    // The writers (exceljs among them) load only when a workbook is written: `chiso check` starts faster.
    const { writeWorkbookStreaming } = await import('../xlsx/write-stream');
    const master = await writeWorkbookStreaming(masterSpec(plan, run, today, (r, f) => t.refusal(r, f), round && period ? { round, previous: previous?.master ?? null, period } : null), nodeDeflater);
    const written = await writeAtomically(cmd.output, master, io.writeOps);
    progress(null);
    if (!written.ok) {
      io.err(t.output.writeFailed(cmd.output, written.cause, written.detail));
      return written.cause === 'interrupted' ? 130 : 2;
    }
  }
  if (cmd.json) io.out(JSON.stringify(compiled, null, 2));
  else {
    io.out(t.compiled(compileCounts(compiled)));
    // A round of thousands of files can refuse tens of thousands of values: the first ones show what
    // kind of trouble there is; the master lists every one.
    const shown = cmd.all ? compiled.rejected.length : Math.min(compiled.rejected.length, REJECTIONS_SHOWN);
    for (let i = 0; i < shown; i++) io.out(t.rejection(compiled.rejected[i]!));
    if (shown < compiled.rejected.length) io.out(t.rejectionsMore(compiled.rejected.length - shown, cmd.output !== null));
    if (round && period) {
      io.out(t.periods.round({ name: round.name, from: round.period.from, to: round.period.to, due: round.unitDue, dueFrom: round.dueFrom }));
      const p = period;
      const count = (k: string) => p.timeliness.filter((u) => u.timeliness.kind === k).length;
      io.out(t.periods.compiledRound({ name: round.name, onTime: count('on-time') + count('no-due'), late: count('late'), missing: count('missing'), changes: p.changes?.length ?? null }));
    }
    if (cmd.output) io.out(t.wrote(cmd.output));
  }
  return 0;
}
