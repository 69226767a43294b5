import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, extname } from 'node:path';
import { readMaster } from '../master-workbook/read';
import { buildReport, DEFAULT_ISSUER } from '../report/build';
import type { Strings } from '../strings';
import type { Command } from './args';
import { readInputFile } from './read-input';
import { inProcessReaders, MASTER_LIMITS, type Readers } from './readers';
import { isAnotherKindOfFile } from '../xlsx/guard';

/**
 * `chiso report master.xlsx -o bao-cao.docx`: the Word report Sở Nội vụ sends, written from a
 * master alone. Exit codes: 0 written, 2 cannot read the master or write where asked.
 */

/** 'dd/mm/yyyy' -> 'YYYY-MM-DD' when it is a day of the calendar; null otherwise (31/02 is not). */
export function isoFromVi(text: string): string | null {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text.trim());
  if (!m) return null;
  const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d ? date.toISOString().slice(0, 10) : null;
}

export async function writeReport(cmd: Extract<Command, { command: 'report' }>, t: Strings, io: { out(text: string): void; err(text: string): void; readers?: Readers }): Promise<number> {
  if (extname(cmd.output).toLowerCase() !== '.docx') {
    io.err(t.report.wrongExtension(cmd.output));
    return 2;
  }
  const date = cmd.date === null ? null : isoFromVi(cmd.date);
  const due = cmd.due === null ? null : isoFromVi(cmd.due);
  for (const [flag, given, read] of [['--date', cmd.date, date], ['--due', cmd.due, due]] as const) {
    if (given !== null && read === null) {
      io.err(t.badArguments({ kind: 'bad-value', option: flag, value: given, expected: 'dd/mm/yyyy' }));
      return 2;
    }
  }
  const input = await readInputFile(cmd.input);
  if (!input.ok) {
    io.err(t.readProblem({ kind: input.problem }, cmd.input));
    return 2;
  }
  const read = await (io.readers ?? inProcessReaders).workbook(input.bytes, { limits: MASTER_LIMITS });
  if (!read.ok) {
    // Not a workbook at all (a plan's text, a PDF): say what a report is read from.
    io.err(isAnotherKindOfFile(read.problem.kind) ? t.report.notMaster(cmd.input) : t.readProblem(read.problem, cmd.input));
    return 2;
  }
  const master = readMaster(read.workbook);
  if (!master.ok) {
    io.err(master.problem === 'newer-master' ? t.report.newerMaster(cmd.input, master.version) : master.problem === 'master-without-plan' ? t.report.masterWithoutPlan(cmd.input) : t.report.notMaster(cmd.input));
    return 2;
  }
  for (const note of master.notes) io.err(t.report.note(cmd.input, note));
  const doc = buildReport(master.master, { date, due, issuer: cmd.issuer ?? DEFAULT_ISSUER, parent: null, number: cmd.number, period: cmd.period });
  await mkdir(dirname(cmd.output), { recursive: true });
  const { writeReportDocx } = await import('../docx-write/write');
  await writeFile(cmd.output, await writeReportDocx(doc));
  io.out(t.wrote(cmd.output));
  return 0;
}
