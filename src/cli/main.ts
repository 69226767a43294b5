import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, extname } from 'node:path';
import { runChecks } from '../checks';
import { importPlan } from '../import';
import { finding } from '../plan/finding';
import type { Finding, Plan } from '../plan/schema';
import { buildWorkbook } from '../sheets/build';
import { readPlan } from '../sheets/read';
import { stringsFor, workbookWords, type ReadProblem } from '../strings';
import { writeWorkbook } from '../xlsx/write';
import { parseArgs } from './args';
import { planJson } from './json';
import { printToPdf } from './libreoffice';
import { readInputFile } from './read-input';
import { findingsTable } from './table';
import { readWorkbookWithTimeout } from './workbook-file';

export interface Io {
  out(text: string): void;
  err(text: string): void;
  /** The bundled worker that reads workbooks off the main thread; null reads in process. */
  workerPath?: string | null;
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
  const { plan, findings } = loaded;
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  const summary = t.summary({ file: cmd.input, tasks: plan.tasks.length, criteria: plan.criteria.length, errors: counts.error, warnings: counts.warning, infos: counts.info });

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
    finding('workbook.clamped', 'info', { index: null, id: null, source: { table: n.sheet, line: null, row: null, col: null } }, null, n.from, n.to, { sheet: n.sheet }),
  );
  return { ok: true, plan: fromSheets.plan, findings: [...notes, ...fromSheets.findings, ...runChecks(fromSheets.plan)] };
}
