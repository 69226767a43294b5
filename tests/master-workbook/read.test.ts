import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { assign } from '../../src/agencies/recipients';
import type { Compiled } from '../../src/agencies/compile';
import { projectScores } from '../../src/agencies/projection';
import { readMaster, type MasterData } from '../../src/master-workbook/read';
import type { Plan } from '../../src/plan/schema';
import { readWorkbook } from '../../src/xlsx/read';
import { convert, describeWithLibreOffice } from '../support/libreoffice';
import { DATA_DATE, makeMaster } from '../support/master-fixture';
import { seedPlan } from '../support/seed';
import { rowsOf } from '../support/grid';
import { cellOf } from '../../src/workbook-kit/read-model';

/**
 * The master's writer and reader together: a master written from a compile reads back as the
 * plan it was compiled for and exactly what the agencies reported — also after LibreOffice has
 * re-saved it. The expected data is built from the plan and the compile's own record, not from
 * the reader.
 */

// Done, or not the unit's business: never overdue.
const NOT_OVERDUE = new Set(['Đã hoàn thành', 'Hoàn thành chậm', 'Không thuộc phạm vi']);

function expectedFrom(plan: Plan, compiled: Compiled) {
  const { assignments } = assign(plan);
  const role = new Map<string, 'lead' | 'support'>();
  for (const a of assignments) {
    for (const id of a.supports) role.set(`${id}|${a.recipient.name}`, 'support');
    for (const id of a.leads) role.set(`${id}|${a.recipient.name}`, 'lead');
  }
  const due = new Map(plan.tasks.map((t) => [t.id, t.deadline.to]));
  // A deadline with a part for departments and one for communes (the seed's A.2: June for 'các sở,
  // ngành', July for 'UBND cấp xã'): each unit's row holds its kind's day.
  const communes = new Set(assignments.filter((a) => a.recipient.kind === 'commune').map((a) => a.recipient.name));
  const ownDue = (task: string, agency: string) => {
    const parts = plan.tasks.find((t) => t.id === task)?.deadline.parts.filter((p) => p.scope) ?? [];
    const mine = parts.filter((p) => (communes.has(agency) ? /xã/.test(p.scope!) : /sở/.test(p.scope!)));
    return parts.length >= 2 && mine.length === 1 ? mine[0]!.to : (due.get(task) ?? null);
  };
  const reports = new Map<string, Record<string, string | number>>();
  const assessments = new Map<string, Record<string, string | number>>();
  for (const v of compiled.values) {
    const into = v.id.startsWith('TASK:') ? reports : assessments;
    const key = `${v.id}|${v.agency}`;
    into.set(key, { ...(into.get(key) ?? {}), [v.field]: v.value });
  }
  // Every task × responsible unit has its row, reported or not (blank: not reported), a unit
  // that sent nothing included.
  for (const a of assignments) for (const id of [...a.leads, ...a.supports]) if (!reports.has(`${id}|${a.recipient.name}`)) reports.set(`${id}|${a.recipient.name}`, {});
  const criterion = new Map(plan.criteria.map((c) => [c.id, c]));
  return {
    plan: { number: plan.meta.number, issuer: plan.meta.issuer, date: plan.meta.date, title: plan.meta.title, resultYear: plan.meta.resultYear, targetYear: plan.meta.targetYear },
    dataDate: DATA_DATE,
    tasks: plan.tasks.map((t) => ({ id: t.id, index: t.index, number: t.number, title: t.title, deadline: t.deadline.text, due: t.deadline.to, lead: t.lead, support: t.support })),
    criteria: plan.criteria.map((c) => ({ id: c.id, index: c.index, code: c.code, parent: c.parent, level: c.level, name: c.name, max: c.max, result: c.result, target: c.target, lead: c.lead })),
    units: assignments.map((a) => ({ key: a.recipient.key, name: a.recipient.name, leads: a.leads, supports: a.supports, criteria: a.criteria })),
    reports: [...reports].map(([key, f]) => {
      const [task, agency] = key.split('|') as [string, string];
      const status = (f.status as string | undefined) ?? null;
      return {
        task,
        agency,
        role: role.get(key) ?? null,
        status,
        completedOn: (f.completedOn as string | undefined) ?? null,
        result: (f.result as string | undefined) ?? null,
        evidence: (f.evidence as string | undefined) ?? null,
        issues: (f.issues as string | undefined) ?? null,
        overdue: !NOT_OVERDUE.has(status ?? '') && !!ownDue(task, agency) && ownDue(task, agency)! < DATA_DATE,
        due: ownDue(task, agency),
      };
    }),
    assessments: [...assessments].map(([key, f]) => {
      const [id, agency] = key.split('|') as [string, string];
      const self = typeof f.selfAssessment === 'number' ? f.selfAssessment : null;
      const target = criterion.get(id)?.target ?? null;
      return { criterion: id, agency, selfAssessment: self, explanation: (f.explanation as string | undefined) ?? null, evidence: (f.evidence as string | undefined) ?? null, below: self !== null && target !== null && self < target };
    }),
    submissions: compiled.submissions.map((s) => ({ file: s.file, agency: s.agency, status: s.status })),
    missing: compiled.missing,
    projection: projectScores(plan, compiled).map((p) => ({ index: p.index, result: p.result, target: p.target, projected: p.projected, assessed: p.assessed, leaves: p.leaves })),
  };
}

function comparable(m: MasterData) {
  const sort = <T>(xs: T[], key: (x: T) => string) => [...xs].sort((a, b) => key(a).localeCompare(key(b)));
  return {
    plan: m.plan,
    dataDate: m.dataDate,
    tasks: m.tasks.map(({ area: _a, areaTitle: _t, ...rest }) => rest),
    criteria: m.criteria,
    units: m.units.map((u) => ({ key: u.key, name: u.name, leads: u.leads, supports: u.supports, criteria: u.criteria })),
    reports: sort(m.reports, (r) => `${r.task}|${r.agency}`),
    assessments: sort(m.assessments, (a) => `${a.criterion}|${a.agency}`),
    submissions: m.submissions.map((s) => ({ file: s.file, agency: s.agency, status: s.status })),
    missing: m.missing.map((x) => x.agency),
    projection: m.projection,
  };
}

async function read(path: string): Promise<MasterData> {
  const wb = await readWorkbook(new Uint8Array(readFileSync(path)));
  if (!wb.ok) throw new Error(`unreadable: ${JSON.stringify(wb.problem)}`);
  const r = readMaster(wb.workbook);
  if (!r.ok) throw new Error(r.problem);
  expect(r.notes).toEqual([]);
  return r.master;
}

describe('the master, written and read back', () => {
  jest.setTimeout(120_000);
  const plan = seedPlan();
  let made: Awaited<ReturnType<typeof makeMaster>>;
  beforeAll(async () => {
    made = await makeMaster();
  });

  it('reads back the plan it was compiled for and exactly what the agencies reported', async () => {
    const master = await read(made.master);
    const want = expectedFrom(plan, made.compiled);
    const got = comparable(master);
    expect(got.reports.length).toBeGreaterThan(100);
    expect(got.assessments.length).toBeGreaterThan(20);
    const sort = <T extends { task?: string; criterion?: string; agency: string }>(xs: T[]) => [...xs].sort((a, b) => `${a.task ?? a.criterion}|${a.agency}`.localeCompare(`${b.task ?? b.criterion}|${b.agency}`));
    expect(got).toEqual({ ...want, reports: sort(want.reports), assessments: sort(want.assessments) });
    // Every task sits in an area the plan names.
    expect(master.tasks.filter((t) => t.areaTitle === '')).toEqual([]);
    expect(master.projection.map((p) => p.index)).toEqual(['PAR', 'PAPI']);
    expect(master.submissions.every((s) => s.received !== null && /^\d{4}-\d{2}-\d{2}$/.test(s.received))).toBe(true);
  });

  it('gives a unit that sent nothing a blank row per task, and Tổng hợp counts exactly the rows', async () => {
    const master = await read(made.master);
    // The unit that sent nothing still has every task it answers for, each not reported.
    const silent = made.compiled.missing;
    expect(silent.length).toBeGreaterThan(0);
    const { assignments } = assign(plan);
    for (const name of silent) {
      const owed = assignments.find((a) => a.recipient.name === name)!;
      const rows = master.reports.filter((r) => r.agency === name);
      expect(rows.map((r) => r.task).sort()).toEqual([...new Set([...owed.leads, ...owed.supports])].sort());
      expect(rows.every((r) => r.status === null)).toBe(true);
    }
    // The front sheet's table of statuses, read as printed: each count is the rows' count.
    const wb = await readWorkbook(new Uint8Array(readFileSync(made.master)));
    if (!wb.ok) throw new Error('unreadable');
    const front = wb.workbook.sheets.find((s) => s.name === 'Tổng hợp')!;
    const counted = new Map<string, number>();
    for (const row of front.rows) {
      const [label, n] = [cellOf(row, 1)?.value, cellOf(row, 2)?.value];
      if (typeof label === 'string' && typeof n === 'number') counted.set(label, n);
    }
    const byStatus = new Map<string, number>();
    for (const r of master.reports) byStatus.set(r.status ?? 'Chưa báo cáo', (byStatus.get(r.status ?? 'Chưa báo cáo') ?? 0) + 1);
    for (const [status, n] of byStatus) expect([status, counted.get(status)]).toEqual([status, n]);
    expect(counted.get('Trong đó quá hạn')).toBe(master.reports.filter((r) => r.overdue).length);
  });

  it('answers a master written before the plan travelled with it: compile again', async () => {
    const wb = await readWorkbook(new Uint8Array(readFileSync(made.master)));
    if (!wb.ok) throw new Error('unreadable');
    expect(readMaster({ sheets: wb.workbook.sheets.filter((s) => !s.name.startsWith('_')) })).toEqual({ ok: false, problem: 'master-without-plan' });
  });

  it('answers a workbook that is no master', () => {
    expect(readMaster({ sheets: [{ name: 'Sheet1', state: 'visible', rows: rowsOf([[{ value: 'x', formula: null, numFmt: null }]]), hiddenRows: [] }] })).toEqual({ ok: false, problem: 'not-a-master' });
  });

  it('answers a master written by a newer chiso', () => {
    const cell = (value: string | number) => ({ value, formula: null, numFmt: null });
    expect(readMaster({ sheets: [{ name: '_meta', state: 'veryHidden', rows: rowsOf([[cell('format'), cell('chiso-master')], [cell('version'), cell(99)]]), hiddenRows: [] }] })).toEqual({ ok: false, problem: 'newer-master', version: 99 });
  });
});

describeWithLibreOffice('a master re-saved by LibreOffice', () => {
  jest.setTimeout(180_000);
  it('reads the same data as the master chiso wrote', async () => {
    const made = await makeMaster();
    const resaved = await convert(made.master, 'xlsx', join(made.dir, 'lo'), { recalc: false });
    const [before, after] = [await read(made.master), await read(resaved)];
    expect(after).toEqual(before);
  });
});
