import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { runChecks } from '../checks';
import { importPlan } from '../import';
import type { Finding } from '../plan/schema';
import { stringsFor, type Strings } from '../strings';
import { parseArgs } from './args';
import { planJson } from './json';
import { readPlanFile } from './read-input';
import { findingsTable } from './table';

export interface Io {
  out(text: string): void;
  err(text: string): void;
}

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

  const input = await readPlanFile(cmd.input);
  if (!input.ok) {
    io.err(t.readProblem(input.problem, cmd.input, null));
    return 2;
  }
  const imported = importPlan(input.source);
  if (!imported.ok) {
    io.err(t.readProblem(imported.error.code === 'cut-off' ? 'cut-off' : imported.error.code, cmd.input, imported.error.line));
    return 2;
  }
  const findings = [...imported.findings, ...runChecks(imported.plan)];
  const counts = countBySeverity(findings);

  if (cmd.command === 'import') {
    const json = JSON.stringify(planJson(imported.plan, findings, t), null, 2);
    if (cmd.output) {
      await mkdir(dirname(cmd.output), { recursive: true });
      await writeFile(cmd.output, json + '\n');
      io.out(summary(t, cmd.input, imported.plan.tasks.length, imported.plan.criteria.length, counts));
      io.out(findingsTable(findings, t));
      io.out(t.wrote(cmd.output));
    } else if (cmd.json) {
      io.out(json);
    } else {
      io.out(summary(t, cmd.input, imported.plan.tasks.length, imported.plan.criteria.length, counts));
      io.out(findingsTable(findings, t));
    }
    return 0;
  }

  if (cmd.json) io.out(JSON.stringify(planJson(imported.plan, findings, t), null, 2));
  else {
    io.out(summary(t, cmd.input, imported.plan.tasks.length, imported.plan.criteria.length, counts));
    io.out(findingsTable(findings, t));
  }
  return counts.error + counts.warning > 0 ? 1 : 0;
}

function countBySeverity(findings: Finding[]) {
  const c = { error: 0, warning: 0, info: 0 };
  for (const f of findings) c[f.severity]++;
  return c;
}

function summary(t: Strings, file: string, tasks: number, criteria: number, c: { error: number; warning: number; info: number }): string {
  return t.summary({ file, tasks, criteria, errors: c.error, warnings: c.warning, infos: c.info });
}
