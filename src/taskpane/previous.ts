import { readMaster, type MasterData } from '../master-workbook/read';
import type { Strings } from '../strings';
import { readWorkbook } from '../xlsx/read';
import { MASTER_LIMITS } from '../xlsx/scan-read';

/** The previous round's master picked in the pane, read, or why it cannot be used (worded as the command line words it). */
export async function readMasterBytes(bytes: Uint8Array, file: string, planNumber: string | null, t: Strings): Promise<{ ok: true; master: MasterData } | { ok: false; message: string }> {
  const read = await readWorkbook(bytes, MASTER_LIMITS);
  if (!read.ok) return { ok: false, message: t.readProblem(read.problem, file) };
  const m = readMaster(read.workbook);
  if (!m.ok) return { ok: false, message: m.problem === 'newer-master' ? t.report.newerMaster(file, m.version) : m.problem === 'master-without-plan' ? t.report.masterWithoutPlan(file) : t.report.notMaster(file) };
  if ((m.master.plan.number ?? '') !== (planNumber ?? '')) return { ok: false, message: t.periods.previousOtherPlan(file, m.master.plan.number) };
  return { ok: true, master: m.master };
}
