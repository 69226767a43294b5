import { mkdir, readFile } from 'node:fs/promises';
import { dirname, extname, join } from 'node:path';
import { parseCommuneList } from '../agencies/communes';
import { withBundledCommunes } from '../agencies/members';
import { MAILING_LIST_FILE, mailingList, returnAddress } from '../agencies/sending';
import { reportFileNames } from '../agencies/file-names';
import { MAILING_LIST_WORKBOOK, mailingListWorkbook } from '../agency-workbook/mailing-list';
import { compiler } from '../agencies/compile';
import { assign, hasWork } from '../agencies/recipients';
import { masterWorkbook, type LogEntry } from '../master-workbook/write';
import { fold } from '../plan/text';
import { agencyWorkbook } from '../agency-workbook/write';
import { zipFiles } from '../xlsx/zip';
import { runChecks } from '../checks';
import { importPlan, type TableReport } from '../import';
import { explainTables } from './explain';
import { finding } from '../plan/finding';
import type { Finding, Plan } from '../plan/schema';
import { buildWorkbook } from '../plan-workbook/write';
import { readPlan } from '../plan-workbook/read';
import { stringsFor, workbookWords, type ReadProblem, type Strings } from '../strings';
import { writeWorkbook } from '../xlsx/write';
import { writeWorkbookStreaming } from '../xlsx/write-stream';
import { parseArgs, type Command } from './args';
import { planJson } from './json';
import { printToPdf } from './libreoffice';
import { readInputFile } from './read-input';
import { findingsTable } from './table';
import { readReturns } from './returns';
import { readWorkbookWithTimeout } from './workbook-file';
import { writeReport } from './report';
import { checkOutputs, filesAtRisk } from './preflight';
import { printableText } from './printable';
import { returnNames } from './returns-folder';
import { writeAtomically, type WriteOps } from './safe-write';

export interface Io {
  out(text: string): void;
  err(text: string): void;
  /** The bundled worker that reads workbooks off the main thread; null reads in process. */
  workerPath?: string | null;
  /** The project's seeds/ folder (bundled plan and commune list); defaults to ./seeds. */
  seedsDir?: string;
  /** The file operations outputs are written with (tests inject a full disk or a Ctrl+C). */
  writeOps?: WriteOps;
}

type Loaded = { ok: true; plan: Plan; findings: Finding[]; tables?: TableReport[] } | { ok: false; problem: ReadProblem };

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
    io.out(t.usage);
    return 0;
  }
  // The report reads a master, not a plan.
  if (cmd.command === 'report') return writeReport(cmd, t, io);

  // A folder, a read-only place, an input or someone's work as the output: said before any work.
  const blocked = await checkOutputs(cmd, t);
  if (blocked) {
    io.err(blocked);
    return 2;
  }

  const loaded = await load(cmd.input, io.workerPath ?? null);
  if (!loaded.ok) {
    io.err(t.readProblem(loaded.problem, cmd.input));
    return 2;
  }
  const members = withBundledCommunes(loaded.plan, await bundledCommunes(io));
  const plan = members.plan;
  const findings = [...members.findings, ...loaded.findings];
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  const summary = t.summary({ file: cmd.input, tasks: plan.tasks.length, criteria: plan.criteria.length, errors: counts.error, warnings: counts.warning, infos: counts.info });

  if (cmd.command === 'assemble') return assemble(cmd, plan, t, io);
  if (cmd.command === 'compile') return compileReturns(cmd, plan, t, io);

  if (cmd.command === 'import' && cmd.explain) io.out(explainTables(loaded.tables ?? [], t));
  if (cmd.json && !(cmd.command === 'import' && cmd.output)) {
    io.out(JSON.stringify(planJson(plan, findings, t), null, 2));
  } else {
    io.out(summary);
    io.out(findingsTable(findings, t));
  }

  if (cmd.command === 'import' && cmd.output) {
    const output = cmd.output;
    await mkdir(dirname(output), { recursive: true });
    const bytes =
      extname(output).toLowerCase() === '.xlsx'
        ? await writeWorkbook(buildWorkbook(plan, findings, workbookWords(t)))
        : new TextEncoder().encode(JSON.stringify(planJson(plan, findings, t), null, 2) + '\n');
    const written = await writeAtomically(output, bytes, io.writeOps);
    if (!written.ok) {
      io.err(t.output.writeFailed(output, written.cause, written.detail));
      return written.cause === 'interrupted' ? 130 : 2;
    }
    io.out(t.wrote(output));
    if (cmd.pdf) {
      const pdf = await printToPdf(output);
      if (pdf.ok) io.out(t.wrote(pdf.path));
      else io.err(t.noPdf(pdf.reason));
    }
  }
  return cmd.command === 'check' && counts.error + counts.warning > 0 ? 1 : 0;
}

/** The bundled Hà Nội list (126 units since 1 July 2025): members of 'UBND cấp xã' when the plan lists none. */
async function bundledCommunes(io: Io) {
  return parseCommuneList(await readFile(join(io.seedsDir ?? 'seeds', 'hanoi-communes-2025.md'), 'utf8')).units;
}

/**
 * One report workbook per recipient (every named agency and every commune), and a .zip of them.
 * `--only` keeps recipients whose name or code contains the given text.
 */
async function assemble(cmd: Extract<Command, { command: 'assemble' }>, plan: Plan, t: Strings, io: Io): Promise<number> {
  const { assignments, unexpanded } = assign(plan);
  const withWork = assignments.filter(hasWork);
  const wanted = withWork.filter((a) => !cmd.only || `${a.recipient.name} ${a.recipient.code ?? ''}`.toLowerCase().includes(cmd.only.toLowerCase()));
  // Named among every recipient of the plan: a name never changes with --only, and no two are alike.
  const names = reportFileNames(withWork.map((a) => a.recipient));
  const ZIP = 'bao-cao-don-vi.zip';
  // Filled returns saved back into this folder are someone's work: not replaced without --force.
  const risk = await filesAtRisk(cmd.output, [...wanted.map((a) => names.get(a.recipient.key)!), MAILING_LIST_FILE, MAILING_LIST_WORKBOOK, ZIP], cmd.input, cmd.force);
  if (risk.input) {
    io.err(t.output.isInput(risk.input, cmd.input));
    return 2;
  }
  if (risk.changed.length > 0) {
    io.err(t.output.folderHasWork(cmd.output, risk.changed));
    return 2;
  }
  await mkdir(cmd.output, { recursive: true });
  const generatedAt = new Date().toISOString();
  const files: { name: string; bytes: Uint8Array }[] = [];
  const returnTo = returnAddress(plan, cmd.to);
  let stopped: 'interrupted' | 'failed' | null = null;
  const put = async (name: string, bytes: Uint8Array): Promise<boolean> => {
    const written = await writeAtomically(join(cmd.output, name), bytes, io.writeOps);
    if (!written.ok) {
      io.err(t.output.writeFailed(join(cmd.output, name), written.cause, written.detail));
      stopped = written.cause === 'interrupted' ? 'interrupted' : 'failed';
    }
    return written.ok;
  };
  const exitOf = () => (stopped === 'interrupted' ? 130 : 2);
  for (const a of wanted) {
    const spec = agencyWorkbook(plan, a, { dueDate: cmd.due, returnTo, generatedAt, password: cmd.password });
    const name = names.get(a.recipient.key)!;
    const bytes = await writeWorkbook(spec);
    if (!(await put(name, bytes))) return exitOf();
    files.push({ name, bytes });
  }
  const recipients = wanted.map((a) => a.recipient);
  const list = new TextEncoder().encode(mailingList(recipients, names));
  const listBook = await writeWorkbook(mailingListWorkbook(recipients, names));
  if (!(await put(MAILING_LIST_FILE, list)) || !(await put(MAILING_LIST_WORKBOOK, listBook))) return exitOf();
  const zip = join(cmd.output, ZIP);
  if (!(await put(ZIP, zipFiles([...files, { name: MAILING_LIST_FILE, bytes: list }, { name: MAILING_LIST_WORKBOOK, bytes: listBook }])))) return exitOf();
  // The count is of files written, each one under its own name.
  io.out(t.assembled(files.length, cmd.output, zip));
  for (const u of unexpanded) io.out(t.unexpanded(u.name, u.count));
  return 0;
}

/**
 * Every .xlsx in the returns folder, one file at a time (memory stays flat), into one record and
 * a master workbook. `--json` prints the record with its fixed field names.
 */
async function compileReturns(cmd: Extract<Command, { command: 'compile' }>, plan: Plan, t: Strings, io: Io): Promise<number> {
  // Every entry is read and answered, whatever its extension or kind (a .xls, a PDF, a link to a
  // device, a FIFO gets its reason); hidden files and Excel's '~$' lock files are not returns.
  const listed = await returnNames(cmd.returns);
  if (!listed.ok) {
    io.err(t.readProblem({ kind: listed.problem }, cmd.returns));
    return 2;
  }
  const names = listed.names;
  const { assignments } = assign(plan);
  const compiling = compiler(plan, assignments);
  const log: LogEntry[] = [];
  await readReturns(cmd.returns, names, compiling, { plan, assignments, workerPath: io.workerPath ?? null }, log);
  const compiled = compiling.result();
  if (cmd.output) {
    await mkdir(dirname(cmd.output), { recursive: true });
    // Streamed: the master has a row per task and agency, tens of thousands for a city.
    const master = await writeWorkbookStreaming(masterWorkbook(plan, compiled, log, cmd.today ?? new Date().toISOString().slice(0, 10), (r, f) => t.refusal(r, f)));
    const written = await writeAtomically(cmd.output, master, io.writeOps);
    if (!written.ok) {
      io.err(t.output.writeFailed(cmd.output, written.cause, written.detail));
      return written.cause === 'interrupted' ? 130 : 2;
    }
  }
  if (cmd.json) io.out(JSON.stringify(compiled, null, 2));
  else {
    io.out(t.compiled({ files: names.length, accepted: compiled.submissions.filter((s) => s.status === 'accepted').length, values: compiled.values.length, rejected: compiled.rejected.length, missing: compiled.missing.length }));
    for (const r of compiled.rejected) io.out(t.rejection(r));
    if (cmd.output) io.out(t.wrote(cmd.output));
  }
  return 0;
}

/** A plan (text, HTML) or a structured workbook -> Plan and every finding about it. */
async function load(path: string, workerPath: string | null): Promise<Loaded> {
  const input = await readInputFile(path);
  if (!input.ok) return { ok: false, problem: { kind: input.problem } };
  if (input.kind === 'plan') {
    const imported = importPlan(input.source);
    if (!imported.ok) return { ok: false, problem: imported.error.code === 'cut-off' ? { kind: 'cut-off', line: imported.error.line } : { kind: imported.error.code } };
    return { ok: true, plan: imported.plan, findings: [...imported.findings, ...runChecks(imported.plan)], tables: imported.tables };
  }
  const read = await readWorkbookWithTimeout(input.bytes, workerPath);
  // exceljs failing on what the guard let through: a workbook damaged inside, not a file chiso may not read.
  if (!read.ok) return { ok: false, problem: { kind: read.problem.kind === 'unreadable' ? 'damaged' : read.problem.kind } };
  const fromSheets = readPlan(read.workbook);
  if (!fromSheets.ok) return { ok: false, problem: { kind: fromSheets.problem } };
  const notes = read.notes.map((n) =>
    finding('workbook.clamped', 'info', { index: null, id: null, source: { table: n.sheet, line: null, row: null, col: null } }, null, n.from, n.to, { sheet: n.sheet }),
  );
  return { ok: true, plan: fromSheets.plan, findings: [...notes, ...fromSheets.findings, ...runChecks(fromSheets.plan)] };
}
