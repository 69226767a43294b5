import { access } from 'node:fs/promises';
import { roundOf, type Round } from '../app/periods';
import { MASTER_LOG_SHEETS, readMaster, readMasterLog, type MasterData } from '../master-workbook/read';
import type { Finding, Plan, ProvinceCalendar } from '../plan/schema';
import type { Strings } from '../strings';
import { isoFromVi } from './report';
import { readInputFile } from './read-input';
import { MASTER_LIMITS, type Readers } from './readers';
import { isAnotherKindOfFile } from '../xlsx/guard';

/**
 * The reporting round of `assemble` and `compile` (issue #15): `--period` (validated by the
 * argument schema) with `--due` over the plan workbook's Lịch báo cáo and the ministry's date, and `--previous master.xlsx` read
 * and checked to be a master of this plan. Every problem is a sentence naming the file.
 */

export function roundFromArgs(period: string | null, due: string | null, calendar: ProvinceCalendar | undefined): Round | null {
  return period === null ? null : roundOf(period, calendar, due === null ? null : isoFromVi(due));
}

/** The rules of the plan workbook's Lịch báo cáo: what a round run says about the sheet, with its cell, before the work. */
const CALENDAR_RULES: ReadonlySet<Finding['rule']> = new Set(['sheet.date-unreadable', 'sheet.day-unreadable', 'sheet.period-unreadable']);

export function calendarProblems(findings: readonly Finding[], t: Strings): string[] {
  return findings.filter((f) => CALENDAR_RULES.has(f.rule)).map((f) => t.periods.calendarProblem(t.where(f), t.finding(f)));
}

export type MasterFile = { ok: true; master: MasterData } | { ok: false; message: string };

/** A master from disk, checked to be a master of this plan. */
export async function readMasterFile(path: string, plan: Plan, t: Strings, readers: Readers): Promise<MasterFile> {
  const input = await readInputFile(path);
  if (!input.ok) return { ok: false, message: t.readProblem({ kind: input.problem }, path) };
  const read = await readers.workbook(input.bytes, { limits: MASTER_LIMITS });
  if (!read.ok) return { ok: false, message: isAnotherKindOfFile(read.problem.kind) ? t.report.notMaster(path) : t.readProblem(read.problem, path) };
  const m = readMaster(read.workbook);
  if (!m.ok) return { ok: false, message: m.problem === 'newer-master' ? t.report.newerMaster(path, m.version) : m.problem === 'master-without-plan' ? t.report.masterWithoutPlan(path) : t.report.notMaster(path) };
  if ((m.master.plan.number ?? '') !== (plan.meta.number ?? '')) return { ok: false, message: t.periods.previousOtherPlan(path, m.master.plan.number) };
  return { ok: true, master: m.master };
}

/**
 * What the master an earlier run of this round wrote where this run writes (`-o`) logged — when
 * each file was first seen and the days entered by hand — to keep; null when there is none, or it
 * is of another plan or round. Only its `_meta` and Nhật ký are read (the whole master only when
 * its log was renamed): a compile should not read the master it replaces.
 */
export async function earlierRun(output: string | null, plan: Plan, t: Strings, readers: Readers, period: string | null): Promise<Pick<MasterData, 'log'> | null> {
  if (output === null) return null;
  try {
    await access(output);
  } catch {
    return null;
  }
  const input = await readInputFile(output);
  if (!input.ok) return null;
  const read = await readers.workbook(input.bytes, { limits: MASTER_LIMITS, only: MASTER_LOG_SHEETS });
  const m = read.ok ? readMasterLog(read.workbook) : null;
  if (!m?.ok || (m.planNumber ?? '') !== (plan.meta.number ?? '') || m.period !== period) return null;
  if (m.found) return { log: m.log };
  const whole = await readMasterFile(output, plan, t, readers);
  return whole.ok && whole.master.period === period ? whole.master : null;
}
