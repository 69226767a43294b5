import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, extname, join } from 'node:path';
import { parseCommuneList } from '../agencies/communes';
import { withBundledCommunes } from '../agencies/members';
import { MAILING_LIST_FILE, mailingList, reportFileName, returnAddress } from '../agencies/sending';
import { compiler } from '../agencies/compile';
import { assign, hasWork } from '../agencies/recipients';
import { masterWorkbook, type LogEntry } from '../master-workbook/write';
import { fold } from '../plan/text';
import { agencyWorkbook } from '../agency-workbook/write';
import { zipFiles } from '../xlsx/zip';
import { runChecks } from '../checks';
import { importPlan } from '../import';
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

export interface Io {
  out(text: string): void;
  err(text: string): void;
  /** The bundled worker that reads workbooks off the main thread; null reads in process. */
  workerPath?: string | null;
  /** The project's seeds/ folder (bundled plan and commune list); defaults to ./seeds. */
  seedsDir?: string;
}

type Loaded = { ok: true; plan: Plan; findings: Finding[] } | { ok: false; problem: ReadProblem; line: number | null };

/** Exit codes: 0 read (and for `check`: no warning or error), 1 `check` found warnings/errors, 2 cannot read. */
export async function main(argv: string[], io: Io): Promise<number> {
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

  const loaded = await load(cmd.input, io.workerPath ?? null);
  if (!loaded.ok) {
    io.err(t.readProblem(loaded.problem, cmd.input, loaded.line));
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

  if (cmd.json && !(cmd.command === 'import' && cmd.output)) {
    io.out(JSON.stringify(planJson(plan, findings, t), null, 2));
  } else {
    io.out(summary);
    io.out(findingsTable(findings, t));
  }

  if (cmd.command === 'import' && cmd.output) {
    const output = cmd.output;
    await mkdir(dirname(output), { recursive: true });
    if (extname(output).toLowerCase() === '.xlsx') {
      const spec = buildWorkbook(plan, findings, workbookWords(t));
      await writeFile(output, await writeWorkbook(spec));
    } else {
      await writeFile(output, JSON.stringify(planJson(plan, findings, t), null, 2) + '\n');
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
  const wanted = assignments.filter((a) => hasWork(a) && (!cmd.only || `${a.recipient.name} ${a.recipient.code ?? ''}`.toLowerCase().includes(cmd.only.toLowerCase())));
  await mkdir(cmd.output, { recursive: true });
  const generatedAt = new Date().toISOString();
  const files: { name: string; bytes: Uint8Array }[] = [];
  const returnTo = returnAddress(plan, cmd.to);
  for (const a of wanted) {
    const spec = agencyWorkbook(plan, a, { dueDate: cmd.due, returnTo, generatedAt, password: cmd.password });
    const name = reportFileName(a.recipient);
    const bytes = await writeWorkbook(spec);
    await writeFile(join(cmd.output, name), bytes);
    files.push({ name, bytes });
  }
  const list = new TextEncoder().encode(mailingList(wanted.map((a) => a.recipient)));
  await writeFile(join(cmd.output, MAILING_LIST_FILE), list);
  const zip = join(cmd.output, 'bao-cao-don-vi.zip');
  await writeFile(zip, zipFiles([...files, { name: MAILING_LIST_FILE, bytes: list }]));
  io.out(t.assembled(files.length, cmd.output, zip));
  for (const u of unexpanded) io.out(t.unexpanded(u.name, u.count));
  return 0;
}

/**
 * Every .xlsx in the returns folder, one file at a time (memory stays flat), into one record and
 * a master workbook. `--json` prints the record with its fixed field names.
 */
async function compileReturns(cmd: Extract<Command, { command: 'compile' }>, plan: Plan, t: Strings, io: Io): Promise<number> {
  let names: string[];
  try {
    // Every file is read and answered, whatever its extension (a .xls or a PDF gets its reason);
    // hidden files and Excel's '~$' lock files are not returns.
    const entries = await readdir(cmd.returns, { withFileTypes: true });
    names = entries.filter((e) => (e.isFile() || e.isSymbolicLink()) && !/^(\.|~\$)/.test(e.name)).map((e) => e.name).sort();
  } catch {
    io.err(t.readProblem('missing', cmd.returns, null));
    return 2;
  }
  const { assignments } = assign(plan);
  const compiling = compiler(plan, assignments);
  const log: LogEntry[] = [];
  await readReturns(cmd.returns, names, compiling, { plan, assignments, workerPath: io.workerPath ?? null }, log);
  const compiled = compiling.result();
  if (cmd.output) {
    await mkdir(dirname(cmd.output), { recursive: true });
    // Streamed: the master has a row per task and agency, tens of thousands for a city.
    await writeFile(cmd.output, await writeWorkbookStreaming(masterWorkbook(plan, compiled, log, cmd.today ?? new Date().toISOString().slice(0, 10), (r, f) => t.refusal(r, f))));
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
  if (!input.ok) return { ok: false, problem: input.problem, line: null };
  if (input.kind === 'plan') {
    const imported = importPlan(input.source);
    if (!imported.ok) return { ok: false, problem: imported.error.code, line: imported.error.line };
    return { ok: true, plan: imported.plan, findings: [...imported.findings, ...runChecks(imported.plan)] };
  }
  const read = await readWorkbookWithTimeout(input.bytes, workerPath);
  if (!read.ok) return { ok: false, problem: read.problem.kind, line: null };
  const fromSheets = readPlan(read.workbook);
  if (!fromSheets.ok) return { ok: false, problem: fromSheets.problem, line: null };
  const notes = read.notes.map((n) =>
    n.kind === 'clamped'
      ? finding('workbook.clamped', 'info', { index: null, id: null, source: { table: n.sheet, line: null, row: null, col: null } }, null, n.from, n.to, { sheet: n.sheet })
      : finding(`workbook.${n.kind}`, 'warning', { index: null, id: null, source: { table: n.sheet, line: null, row: null, col: null } }, null, n.cell, null, { sheet: n.sheet }),
  );
  return { ok: true, plan: fromSheets.plan, findings: [...notes, ...fromSheets.findings, ...runChecks(fromSheets.plan)] };
}
