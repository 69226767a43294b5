import { parseDeadline } from '../../src/plan/deadlines';
import type { Compiled } from '../../src/agencies/compile';
import { MASTER_SHEET, MASTER_TASK_SUMMARY_COLUMNS, SUMMARY_COMMUNE_NAMES, TASK_STATUSES } from '../../src/master-workbook/layout';
import { masterWorkbook } from '../../src/master-workbook/write';
import { withAllRows, type SheetSpec } from '../../src/workbook-kit/spec';
import { seedPlan, seedRecipients } from '../support/seed';

/**
 * Tóm tắt nhiệm vụ is what an official prints: a row per task of the plan, whose every figure and
 * name is counted from the task × unit rows of Tổng hợp nhiệm vụ, as a reader of that sheet would
 * count them with its AutoFilter.
 */

const plan = seedPlan();
const TODAY = '2025-09-30';

/**
 * Every unit answers on its tasks in turn, each status; an agency leaves every sixth pair blank
 * (not reported), and five communes send nothing (few enough to be named), while the many
 * communes overdue are counted.
 */
function compiledReturns(): Compiled {
  const values: Compiled['values'] = [];
  let i = 0;
  let communes = 0;
  for (const a of seedRecipients(plan)) {
    const silent = a.recipient.kind === 'commune' && communes++ < 5;
    for (const id of [...a.leads, ...a.supports]) {
      i++;
      if (silent || (a.recipient.kind === 'agency' && i % 6 === 0)) continue;
      values.push({ id, agency: a.recipient.name, field: 'status', value: TASK_STATUSES[i % TASK_STATUSES.length]!, file: 'x.xlsx', cell: 'Nhiệm vụ!G5' });
      if (i % 7 === 0) values.push({ id, agency: a.recipient.name, field: 'result', value: 'Đã triển khai', file: 'x.xlsx', cell: 'Nhiệm vụ!I5' });
    }
  }
  // A unit reporting on a task the plan does not give it still has its row, and is counted.
  values.push({ id: plan.tasks[0]!.id, agency: 'Đơn vị ngoài kế hoạch', field: 'status', value: 'Đang thực hiện', file: 'y.xlsx', cell: 'Nhiệm vụ!G5' });
  return { submissions: [], missing: [], values, rejected: [] };
}

const master = withAllRows(masterWorkbook(plan, compiledReturns(), [], TODAY, (r) => r.reason));
const sheet = (name: string): SheetSpec => master.sheets.find((s) => s.name === name)!;

/** A sheet's data rows as header text → value, an empty cell as '' (as a reader of the sheet sees it, however it is written). */
function table(s: SheetSpec): Record<string, string | number | boolean>[] {
  const header = s.rows[3]!.cells.map((c) => String(c?.value ?? ''));
  return s.rows.slice(4).map((r) => Object.fromEntries(header.map((h, i) => [h, r.cells[i]?.value ?? ''])));
}

describe('Tóm tắt nhiệm vụ', () => {
  const pairs = table(sheet(MASTER_SHEET.tasks));
  const summary = table(sheet(MASTER_SHEET.taskSummary));
  const header = (key: string) => MASTER_TASK_SUMMARY_COLUMNS.find((c) => c.key === key)!.header;
  const communes = new Set(seedRecipients(plan).filter((a) => a.recipient.kind === 'commune').map((a) => a.recipient.name));
  /** A list as the summary writes it: the names, and how many communes it counts instead of naming. */
  const names = (v: unknown) => {
    const counted = /(?:^|; và )(\d+) xã, phường$/.exec(String(v ?? ''));
    const listed = String(v ?? '').slice(0, counted?.index ?? undefined);
    return { names: listed === '' ? [] : listed.split('; ').map((n) => n.replace(/ \(chủ trì\)$/, '')), communes: counted ? Number(counted[1]) : 0 };
  };
  /** What the summary should say of these units: communes named while ten or fewer, counted beyond. */
  const expectedList = (units: unknown[]) => {
    const many = units.filter((u) => communes.has(String(u))).length > SUMMARY_COMMUNE_NAMES;
    return { names: units.filter((u) => !many || !communes.has(String(u))), communes: many ? units.filter((u) => communes.has(String(u))).length : 0 };
  };

  it('has a row per task of the plan, in its order', () => {
    expect(summary.map((r) => r.ID)).toEqual(plan.tasks.map((t) => t.id));
    expect(summary.map((r) => r.TT)).toEqual(plan.tasks.map((t) => t.id.slice(5)));
  });

  it('counts, for each task, exactly the rows Tổng hợp nhiệm vụ has for it', () => {
    expect(pairs.some((p) => p['Tình trạng'] === '')).toBe(true);
    expect(pairs.some((p) => p['Quá hạn'] !== '')).toBe(true);
    for (const s of summary) {
      const rows = pairs.filter((p) => p.ID === s.ID);
      const reported = rows.filter((p) => p['Tình trạng'] !== '');
      const counted = {
        units: rows.length,
        reported: reported.length,
        done: rows.filter((p) => p['Tình trạng'] === 'Đã hoàn thành' || p['Tình trạng'] === 'Hoàn thành chậm').length,
        overdue: rows.filter((p) => p['Quá hạn'] !== '').length,
        notReported: expectedList(rows.filter((p) => p['Tình trạng'] === '').map((p) => p['Đơn vị'])),
        lateReported: expectedList(reported.filter((p) => p['Quá hạn'] !== '').map((p) => p['Đơn vị'])),
      };
      const shown = {
        units: s['Số đơn vị thực hiện'],
        reported: s['Đã báo cáo'],
        done: s['Đã hoàn thành'],
        overdue: s['Quá hạn'],
        notReported: names(s[header('notReported')]),
        lateReported: names(s[header('lateReported')]),
      };
      expect([s.ID, shown]).toEqual([s.ID, counted]);
    }
    // Both ways of listing occur: communes named, and communes counted.
    const lists = summary.flatMap((s) => [names(s[header('notReported')]), names(s[header('lateReported')])]);
    expect(lists.some((l) => l.communes > SUMMARY_COMMUNE_NAMES)).toBe(true);
    expect(lists.some((l) => l.communes === 0 && l.names.some((n) => communes.has(n)))).toBe(true);
  });

  it('adds up to what Tổng hợp says of all task × unit rows', () => {
    const front = sheet(MASTER_SHEET.front).rows.map((r) => r.cells.map((c) => c?.value));
    const overdue = front.find((r) => r[0] === 'Trong đó quá hạn')![1];
    expect(summary.reduce((n, s) => n + Number(s['Quá hạn']), 0)).toBe(overdue);
    expect(summary.reduce((n, s) => n + Number(s['Số đơn vị thực hiện']), 0)).toBe(pairs.length);
  });

  it('prints like the other listings: landscape, its header repeated, filtered, with a legend for its red', () => {
    const s = sheet(MASTER_SHEET.taskSummary);
    expect(s.print).toMatchObject({ orientation: 'landscape', titleRows: '4:4', fitToWidth: 1 });
    expect(s.autoFilter).toBe(`A4:J${s.rows.length}`);
    expect(String(s.rows[2]!.cells.find((c) => c)?.value)).toContain('nhiệm vụ quá hạn');
    const overdueCol = s.rows[3]!.cells.findIndex((c) => c?.value === 'Quá hạn');
    expect(s.rows.slice(4).some((r) => master.styles[r.cells[overdueCol]!.style!]!.fill === 'FFC7CE')).toBe(true);
  });
});

describe('a deadline that gives kinds of unit different days (outsider print trial D3)', () => {
  // One task of the seed given a split deadline: departments by April, communes by May.
  const task = plan.tasks.find((t) => assignCount(t.id) > 1)!;
  const split = { ...plan, tasks: plan.tasks.map((t) => (t.id === task.id ? { ...t, deadline: parseDeadline('- Tháng 4/2025 (các sở, ngành) - Tháng 5/2025 (UBND cấp xã)', { year: 2025 }) } : t)) };
  function assignCount(id: string): number {
    return seedRecipients(plan).filter((a) => a.leads.includes(id) || a.supports.includes(id)).length;
  }

  it('gives each unit’s row its own last day, and flags overdue by it', () => {
    const agency = seedRecipients(split).find((a) => a.recipient.kind === 'agency' && (a.leads.includes(task.id) || a.supports.includes(task.id)))!;
    const values: Compiled['values'] = [{ id: task.id, agency: agency.recipient.name, field: 'status', value: 'Đang thực hiện', file: 'x.xlsx', cell: 'Nhiệm vụ!G5' }];
    const m = withAllRows(masterWorkbook(split, { submissions: [], missing: [], values, rejected: [] }, [], '2025-05-15', (r) => r.reason));
    const rows = table(m.sheets.find((s) => s.name === MASTER_SHEET.tasks)!).filter((r) => r.ID === task.id || Object.values(r)[0] === task.id);
    const row = rows.find((r) => Object.values(r).includes(agency.recipient.name))!;
    const dueHeader = Object.keys(row).find((h) => /hạn/i.test(h) && typeof row[h] === 'number')!;
    // 30/04/2025 as an Excel day number, and overdue on 15/05 while the communes still have time.
    expect(row[dueHeader]).toBe(45777);
    expect(Object.values(row)).toContain('Quá hạn');
  });
});
