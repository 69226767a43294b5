import { writeReportDocx } from '../docx-write/write';
import { readMaster } from '../master-workbook/read';
import { buildReport, DEFAULT_ISSUER, type ReportOptions } from '../report/build';
import type { Strings } from '../strings';
import { readWorkbook } from '../xlsx/read';
import { MASTER_LIMITS } from '../xlsx/scan-read';

/**
 * The Word report from a master's bytes, for the pane. Loaded on first use (with the docx package
 * and the xlsx reader it pulls in), so the pane's first paint does not carry them.
 */
export type PaneReport = { ok: true; bytes: Uint8Array; name: string } | { ok: false; message: string };

export async function reportFromMaster(bytes: Uint8Array, file: string, t: Strings, options: Pick<ReportOptions, 'due' | 'period'>): Promise<PaneReport> {
  const read = await readWorkbook(bytes, MASTER_LIMITS);
  if (!read.ok) return { ok: false, message: t.readProblem(read.problem, file) };
  const master = readMaster(read.workbook);
  if (!master.ok) return { ok: false, message: master.problem === 'newer-master' ? t.report.newerMaster(file, master.version) : master.problem === 'master-without-plan' ? t.report.masterWithoutPlan(file) : t.report.notMaster(file) };
  const doc = buildReport(master.master, { date: null, issuer: DEFAULT_ISSUER, parent: null, number: null, ...options });
  const number = master.master.plan.number?.replace(/[^0-9A-Za-z]+/g, '-').replace(/^-|-$/g, '');
  return { ok: true, bytes: await writeReportDocx(doc), name: `bao-cao${number ? `-${number.toLowerCase()}` : ''}.docx` };
}
