import type { MasterData, MasterTask, MasterUnit, TaskReport } from '../../src/master-workbook/read';
import { buildReport, DEFAULT_ISSUER, type ReportOptions } from '../../src/report/build';
import { count } from '../../src/report/counts';
import type { Paragraph, Table } from '../../src/report/document';
import { viDate, viLongDate, viNumber, viSigned } from '../../src/report/format';

/**
 * The report's numbers on a master small enough to count by hand: seven tasks, two departments
 * and two communes, each case of the counting rule once (see src/report/counts.ts).
 */

const task = (id: string, index: MasterTask['index'], area: string, due: string | null): MasterTask => ({ id, index, area, areaTitle: `Lĩnh vực ${area}`, number: id, title: `Nhiệm vụ ${id}`, deadline: due ?? 'Thường xuyên', due, lead: [], support: [] });
const unit = (name: string, leads: string[], group: string | null = null, supports: string[] = []): MasterUnit => ({ key: `AGENCY:${name}`, name, kind: group ? 'commune' : 'agency', code: null, group, leads, supports, criteria: [] });
const report = (t: string, agency: string, status: string | null, completedOn: string | null = null, role: TaskReport['role'] = 'lead', issues: string | null = null): TaskReport => ({ task: t, agency, role, status, completedOn, result: null, evidence: null, issues, overdue: false });

const master: MasterData = {
  version: 1,
  plan: { number: '7/KH-UBND', issuer: 'Ủy ban nhân dân tỉnh Thử', date: '2025-01-09', title: null, resultYear: 2024, targetYear: 2025 },
  dataDate: '2025-09-30',
  period: 'Quý III/2025',
  tasks: [
    task('TASK:A.1', 'PAR', 'GROUP:A.I', '2025-06-30'),
    task('TASK:A.2', 'PAR', 'GROUP:A.I', '2025-06-30'),
    task('TASK:A.3', 'PAR', 'GROUP:A.II', '2025-08-31'),
    task('TASK:B.I.1', 'PAPI', 'GROUP:B.I', '2025-12-31'),
    task('TASK:B.I.2', 'PAPI', 'GROUP:B.I', null),
    task('TASK:C.1', 'SIPAS', 'GROUP:C', '2025-03-31'),
    task('TASK:C.2', 'SIPAS', 'GROUP:C', null),
  ],
  criteria: [
    { id: 'PAR:1.1', index: 'PAR', code: '1.1', parent: '1', level: 2, name: 'Một', max: 2, result: 1.4, target: 1.5, lead: [] },
    { id: 'PAPI:1', index: 'PAPI', code: '1', parent: 'total', level: 1, name: 'Hai', max: 10, result: 5, target: 5, lead: [] },
    { id: 'PAR:1.2', index: 'PAR', code: '1.2', parent: '1', level: 2, name: 'Ba', max: 3, result: 2, target: null, lead: [] },
    { id: 'PAR:1.3', index: 'PAR', code: '1.3', parent: '1', level: 2, name: 'Bốn', max: 1, result: 1, target: 1, lead: [] },
  ],
  units: [
    unit('Sở Một', ['TASK:A.1', 'TASK:A.2', 'TASK:A.3'], null, ['TASK:C.1']),
    unit('Sở Hai', ['TASK:A.2', 'TASK:A.3', 'TASK:B.I.1', 'TASK:B.I.2']),
    unit('Xã Một', ['TASK:B.I.2', 'TASK:C.1'], 'UBND cấp xã'),
    unit('Xã Hai', ['TASK:B.I.2', 'TASK:C.1'], 'UBND cấp xã'),
  ],
  reports: [
    report('TASK:A.1', 'Sở Một', 'Đã hoàn thành', '2025-06-20'),
    report('TASK:A.2', 'Sở Một', 'Đã hoàn thành', '2025-07-10'),
    report('TASK:A.2', 'Sở Hai', 'Hoàn thành chậm', '2025-07-01'),
    report('TASK:A.3', 'Sở Một', 'Đã hoàn thành'),
    report('TASK:A.3', 'Sở Hai', 'Đang thực hiện', null, 'lead', 'Thiếu kinh phí'),
    report('TASK:B.I.1', 'Sở Hai', 'Chưa thực hiện'),
    report('TASK:B.I.2', 'Sở Hai', 'Đang thực hiện'),
    report('TASK:B.I.2', 'Xã Một', 'Đã hoàn thành', '2025-05-05'),
    // A supporting agency's report does not decide a task.
    report('TASK:C.1', 'Sở Một', 'Đã hoàn thành', '2025-03-01', 'support'),
  ],
  assessments: [
    { criterion: 'PAR:1.1', agency: 'Sở Một', selfAssessment: 1.2, explanation: null, evidence: null, below: true },
    { criterion: 'PAR:1.1', agency: 'Sở Hai', selfAssessment: 1.4, explanation: null, evidence: null, below: true },
    { criterion: 'PAPI:1', agency: 'Sở Hai', selfAssessment: 5.5, explanation: null, evidence: null, below: false },
    { criterion: 'PAR:1.2', agency: 'Sở Một', selfAssessment: 2, explanation: null, evidence: null, below: false },
  ],
  submissions: [
    { file: 'so-mot.xlsx', agency: 'Sở Một', status: 'accepted', reason: null, received: '2025-09-03' },
    { file: 'so-hai.xlsx', agency: 'Sở Hai', status: 'accepted', reason: null, received: '2025-09-08' },
    { file: 'xa-mot.xlsx', agency: 'Xã Một', status: 'accepted', reason: null, received: '2025-09-05' },
    { file: 'scan.pdf', agency: null, status: 'rejected', reason: 'Không phải tệp .xlsx', received: null },
  ],
  missing: [{ agency: 'Xã Hai', contact: 'xahai@thu.gov.vn' }],
  projection: [{ index: 'PAR', result: 92.75, target: 96.59, projected: 93.1, assessed: 2, leaves: 3 }],
  history: null,
  log: [],
};

const OPTIONS: ReportOptions = { date: null, issuer: DEFAULT_ISSUER, parent: null, number: null, period: null, due: '2025-09-05' };

describe('counting the report from a master', () => {
  const c = count(master, '2025-09-05');

  it('gives each task one state from its lead units’ reports', () => {
    expect(Object.fromEntries(c.tasks.map((t) => [t.task.id, t.state]))).toEqual({
      'TASK:A.1': 'completed',
      'TASK:A.2': 'completed',
      'TASK:A.3': 'overdue',
      'TASK:B.I.1': 'notStarted',
      'TASK:B.I.2': 'inProgress',
      'TASK:C.1': 'notReported',
      'TASK:C.2': 'notReported',
    });
    expect(c.all).toEqual({ total: 7, completed: 2, onTime: 1, inProgress: 1, notStarted: 1, overdue: 1, outOfScope: 0, notReported: 2, notReportedPastDue: 1 });
  });

  it('adds up by part and by area', () => {
    expect(c.byIndex).toEqual([
      { index: 'PAR', tally: { total: 3, completed: 2, onTime: 1, inProgress: 0, notStarted: 0, overdue: 1, outOfScope: 0, notReported: 0, notReportedPastDue: 0 } },
      { index: 'PAPI', tally: { total: 2, completed: 0, onTime: 0, inProgress: 1, notStarted: 1, overdue: 0, outOfScope: 0, notReported: 0, notReportedPastDue: 0 } },
      { index: 'SIPAS', tally: { total: 2, completed: 0, onTime: 0, inProgress: 0, notStarted: 0, overdue: 0, outOfScope: 0, notReported: 2, notReportedPastDue: 1 } },
    ]);
    expect(c.byArea.map((a) => [a.area, a.tally.total])).toEqual([['GROUP:A.I', 2], ['GROUP:A.II', 1], ['GROUP:B.I', 2], ['GROUP:C', 2]]);
  });

  it('counts each lead unit by its own report, a collective’s members together', () => {
    expect(c.byLead).toEqual([
      { name: 'Sở Một', units: 1, tally: { total: 3, completed: 3, onTime: 2, inProgress: 0, notStarted: 0, overdue: 0, outOfScope: 0, notReported: 0, notReportedPastDue: 0 } },
      { name: 'Sở Hai', units: 1, tally: { total: 4, completed: 1, onTime: 0, inProgress: 1, notStarted: 1, overdue: 1, outOfScope: 0, notReported: 0, notReportedPastDue: 0 } },
      { name: 'UBND cấp xã', units: 2, tally: { total: 4, completed: 1, onTime: 1, inProgress: 0, notStarted: 0, overdue: 0, outOfScope: 0, notReported: 3, notReportedPastDue: 2 } },
    ]);
  });

  it('counts a task that does not concern its lead units apart: neither done, nor in progress, nor overdue', () => {
    const oos = count(
      {
        ...master,
        tasks: [task('TASK:A.1', 'PAR', 'GROUP:A.I', '2025-06-30'), task('TASK:A.2', 'PAR', 'GROUP:A.I', '2025-06-30'), task('TASK:A.3', 'PAR', 'GROUP:A.I', '2025-06-30')],
        units: [unit('Xã Một', ['TASK:A.1', 'TASK:A.2', 'TASK:A.3'], 'UBND cấp xã'), unit('Xã Hai', ['TASK:A.1', 'TASK:A.2', 'TASK:A.3'], 'UBND cấp xã')],
        reports: [
          // Past due and not done by anyone it concerns: still not overdue.
          report('TASK:A.1', 'Xã Một', 'Không thuộc phạm vi'),
          report('TASK:A.1', 'Xã Hai', 'Không thuộc phạm vi'),
          // The one commune it concerns finished it.
          report('TASK:A.2', 'Xã Một', 'Không thuộc phạm vi'),
          report('TASK:A.2', 'Xã Hai', 'Đã hoàn thành', '2025-06-01'),
          // One commune silent, the other out of scope: the silent one still owes it, past due.
          report('TASK:A.3', 'Xã Một', 'Không thuộc phạm vi'),
        ],
      },
      null,
    );
    expect(oos.tasks.map((t) => t.state)).toEqual(['outOfScope', 'completed', 'overdue']);
    expect(oos.byLead).toEqual([{ name: 'UBND cấp xã', units: 2, tally: { total: 6, completed: 1, onTime: 1, inProgress: 0, notStarted: 0, overdue: 0, outOfScope: 4, notReported: 1, notReportedPastDue: 1 } }]);
    const words = buildReport({ ...master, reports: [report('TASK:A.1', 'Sở Một', 'Không thuộc phạm vi')] }, OPTIONS);
    expect(JSON.stringify(words)).toContain('không thuộc phạm vi của đơn vị chủ trì 1');
  });

  it('projects criteria from the mean self-assessment against the target', () => {
    expect(c.missing.map((m) => [m.criterion.id, m.self, m.gap])).toEqual([['PAR:1.1', 1.3, -0.2]]);
    expect(c.meeting.map((m) => [m.criterion.id, m.self, m.gap])).toEqual([['PAPI:1', 5.5, 0.5]]);
  });

  it('says who sent, who sent late and who did not', () => {
    expect(c.units.map((u) => [u.unit.name, u.state, u.late])).toEqual([
      ['Sở Một', 'sent', null],
      ['Sở Hai', 'sent', 3],
      ['Xã Một', 'sent', null],
      ['Xã Hai', 'missing', null],
    ]);
    expect(c.refused).toEqual([{ file: 'scan.pdf', reason: 'Không phải tệp .xlsx', unit: null }]);
  });

  it('says when last year’s results of the leaves do not add up to the index’s, as the projection starts from them', () => {
    const said = (m: MasterData) => buildReport(m, OPTIONS).blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.runs.map((x) => x.text).join('')] : [])).find((t) => t.startsWith('- PAR INDEX: kết quả'))!;
    // The leaves 1.1, 1.2 and 1.3 had 1,4 + 2 + 1 = 4,4 last year.
    const addsUp: MasterData = { ...master, projection: [{ ...master.projection[0]!, result: 4.4 }] };
    expect(said(addsUp)).not.toContain('cộng lại');
    expect(said(master)).toContain('kết quả năm trước của các tiêu chí thành phần cộng lại là 4,4 điểm, khác 92,75 điểm Kế hoạch ghi, và dự kiến tính từ các tiêu chí thành phần');
  });

  it('works out no lateness from a file saved after the data date, and says so', () => {
    // Sở Hai's file saved on 02/10, after the data date (30/09): saved or copied since it was sent.
    const copied: MasterData = { ...master, submissions: master.submissions.map((x) => (x.agency === 'Sở Hai' ? { ...x, received: '2025-10-02' } : x)) };
    const r = count(copied, '2025-09-05');
    expect(r.units.find((u) => u.unit.name === 'Sở Hai')).toMatchObject({ state: 'sent', late: null, savedAfterData: true });
    const blocks = buildReport(copied, OPTIONS).blocks;
    const said = blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.runs.map((x) => x.text).join('')] : []));
    expect(said.join('\n')).not.toContain('muộn');
    expect(said).toContain('- Các báo cáo đã nhận khác đều được lưu trước hoặc đúng hạn nộp (05/09/2025).');
    expect(said).toContain('- Chưa đánh giá đúng hạn: 1 báo cáo có ngày lưu tệp sau ngày số liệu (Sở Hai), nên ngày lưu tệp không cho biết ngày gửi.');
    const units = blocks.filter((b): b is Table => b.kind === 'table').find((t) => t.name === 'Phụ lục IV')!;
    expect(units.rows[1]!.cells.slice(1)).toEqual(['Sở Hai', 'Đã gửi', '02/10/2025', 'Lưu tệp sau ngày số liệu: không tính đúng hạn']);
  });

  it('never names a unit that met the target among those below it, and says a shared score is a mean', () => {
    // Sở Hai's own 1,6 meets the target of 1,5; the mean (1,4) does not.
    const oneMeets: MasterData = { ...master, assessments: master.assessments.map((a) => (a.criterion === 'PAR:1.1' && a.agency === 'Sở Hai' ? { ...a, selfAssessment: 1.6 } : a)) };
    const blocks = buildReport(oneMeets, OPTIONS).blocks;
    const said = blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.runs.map((x) => x.text).join('')] : []));
    expect(said).toContain('+ 1.1 Một: bình quân tự đánh giá của 2 đơn vị 1,4, mục tiêu 1,5, thiếu 0,1 điểm; đơn vị tự đánh giá thấp hơn mục tiêu: Sở Một 1,2.');
  });

  it('says that a unit whose only file could not be read did send one, and that it must send again', () => {
    const refusedOne: MasterData = {
      ...master,
      submissions: [...master.submissions, { file: 'xa-hai.xls', agency: 'Xã Hai', status: 'rejected', reason: 'Tệp Excel 97-2003 (.xls); hãy lưu thành .xlsx', received: null }],
    };
    const r = count(refusedOne, '2025-09-05');
    expect(r.units.find((u) => u.unit.name === 'Xã Hai')).toMatchObject({ state: 'missing', refused: { file: 'xa-hai.xls', reason: 'Tệp Excel 97-2003 (.xls); hãy lưu thành .xlsx' } });
    const report = buildReport(refusedOne, OPTIONS);
    const units = report.blocks.filter((b): b is Table => b.kind === 'table').find((t) => t.name === 'Phụ lục IV')!;
    // On its own row, not as a file of nobody's.
    expect(units.rows.map((row) => row.cells.slice(1, 3))).toEqual([
      ['Sở Một', 'Đã gửi'],
      ['Sở Hai', 'Đã gửi (muộn 3 ngày)'],
      ['Xã Một', 'Đã gửi'],
      ['Xã Hai', 'Tệp không hợp lệ'],
      ['Tệp scan.pdf', 'Không hợp lệ'],
    ]);
    expect(units.rows[3]!.cells[4]).toBe('Tệp xa-hai.xls: Tệp Excel 97-2003 (.xls); hãy lưu thành .xlsx\nxahai@thu.gov.vn');
    const said = report.blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.runs.map((x) => x.text).join('')] : []));
    expect(said).toContain('- Trong đó đã gửi tệp nhưng tệp không hợp lệ, cần gửi lại: Xã Hai (xa-hai.xls).');
  });
});

describe('a unit’s own last day (a deadline giving kinds of unit different days, outsider print trial D3)', () => {
  it('counts a task done after the unit’s own day as late, though before the task’s last day', () => {
    // TASK:A.1's last day is 30/06; Sở Một's own was 15/06 (its row in the master says so), done 20/06.
    const ownDay: MasterData = { ...master, reports: master.reports.map((r) => (r.task === 'TASK:A.1' && r.agency === 'Sở Một' ? { ...r, due: '2025-06-15' } : r)) };
    expect(count(master, '2025-09-05').all.onTime).toBe(1);
    expect(count(ownDay, '2025-09-05').all).toMatchObject({ completed: 2, onTime: 0 });
  });
});

describe('the plan’s own part letters (outsider print trial: “Phần B” meant PAPI and SIPAS in one report)', () => {
  const said = (m: MasterData) => buildReport(m, OPTIONS).blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.runs.map((x) => x.text).join('')] : []));
  const areasTable = (m: MasterData) => buildReport(m, OPTIONS).blocks.filter((b): b is Table => b.kind === 'table').find((t) => t.name === 'Phụ lục I')!;

  it('names each index’s part by the letter its tasks carry (A for PAPI, B for SIPAS in a plan without PAR tasks)', () => {
    const lettered: MasterData = {
      ...master,
      tasks: [task('TASK:A.1', 'PAPI', 'GROUP:A', '2025-12-31'), task('TASK:A.2', 'PAPI', 'GROUP:A', null), task('TASK:B.1', 'SIPAS', 'GROUP:B', '2025-03-31')],
    };
    const lines = said(lettered);
    expect(lines.filter((l) => l.startsWith('- Phần '))).toEqual([expect.stringMatching(/^- Phần A - .*\(PAPI\): 2 nhiệm vụ/), expect.stringMatching(/^- Phần B - .*\(SIPAS\): 1 nhiệm vụ/)]);
    // One row per part: a part whose tasks sit directly under it has no area row repeating it.
    expect(areasTable(lettered).rows.map((r) => r.cells[0])).toEqual(['A', 'B', '']);
  });

  it('gives no letter to a part the plan did not letter (its tasks numbered under the index itself), and no “PAR” area row under it', () => {
    const unlettered: MasterData = { ...master, tasks: [task('TASK:PAR.1', 'PAR', 'GROUP:PAR', '2025-06-30'), task('TASK:PAR.2', 'PAR', 'GROUP:PAR', null)] };
    expect(said(unlettered).some((l) => /^- Chỉ số cải cách hành chính \(PAR INDEX\): 2 nhiệm vụ/i.test(l))).toBe(true);
    expect(areasTable(unlettered).rows.map((r) => r.cells.slice(0, 2))).toEqual([['', expect.stringContaining('PAR INDEX')], ['', 'TỔNG CỘNG']]);
  });

  it('says nothing of “the other reports” being on time when every report received has an unknown sending day', () => {
    const allCopied: MasterData = { ...master, submissions: master.submissions.map((x) => (x.received ? { ...x, received: '2025-10-02' } : x)) };
    expect(said(allCopied).join('\n')).not.toContain('đều được lưu trước hoặc đúng hạn');
  });
});

describe('the report document', () => {
  const text = (blocks: ReturnType<typeof buildReport>['blocks']) =>
    blocks.flatMap((b) => (b.kind === 'paragraph' ? [b] : b.kind === 'columns' ? [...b.left, ...b.right] : [])).map((p: Paragraph) => p.runs.map((r) => r.text).join('')).join('\n');

  it('leaves the number and the date to fill in when they are not given, and takes the period from the master', () => {
    const doc = buildReport(master, OPTIONS);
    const all = text(doc.blocks);
    expect(all).toContain('UBND TỈNH THỬ');
    expect(all).toContain('SỞ NỘI VỤ');
    expect(all).toMatch(/Số: +\/BC-SNV/);
    expect(all).toContain('Thử, ngày …… tháng …… năm ……');
    expect(all).toContain('Kết quả thực hiện Kế hoạch số 7/KH-UBND ngày 09/01/2025 của Ủy ban nhân dân tỉnh Thử, kỳ Quý III/2025');
    expect(all).toContain('Kế hoạch có 7 nhiệm vụ. Đến ngày 30/09/2025: đã hoàn thành 2 nhiệm vụ (28,6%; trong đó đúng hạn 1); đang thực hiện 1; chưa triển khai 1; quá hạn chưa hoàn thành 1; chưa có báo cáo của đơn vị chủ trì 2 (trong đó 1 đã quá hạn).');
    expect(all).toContain('Gửi báo cáo muộn so với hạn nộp (05/09/2025): Sở Hai (3 ngày).');
    expect(all).toContain('+ 1.1 Một: bình quân tự đánh giá của 2 đơn vị 1,3, mục tiêu 1,5, thiếu 0,2 điểm; đơn vị tự đánh giá thấp hơn mục tiêu: Sở Một 1,2 và Sở Hai 1,4.');
    expect(all).toContain('+ Nhiệm vụ A.3 (Nhiệm vụ TASK:A.3): Thiếu kinh phí');
    expect(doc.date).toBe('2025-09-30');
  });

  it('writes the number, date and period asked for', () => {
    const doc = buildReport(master, { ...OPTIONS, date: '2025-10-05', number: '12/BC-SNV', period: 'Quý IV/2025' });
    const all = text(doc.blocks);
    expect(all).toContain('Số: 12/BC-SNV');
    expect(all).toContain('Thử, ngày 05 tháng 10 năm 2025');
    expect(all).toContain('kỳ Quý IV/2025');
    expect(doc.date).toBe('2025-10-05');
  });

  it('lists the overdue tasks with the lead units’ own words, and every unit’s submission', () => {
    const tables = buildReport(master, OPTIONS).blocks.filter((b): b is Table => b.kind === 'table');
    const overdue = tables.find((t) => t.name === 'Phụ lục II')!;
    // A.3 reported unfinished past its deadline; C.1 past its deadline (31/03) with no lead unit's report.
    expect(overdue.rows.map((r) => r.cells[0] + ' ' + r.cells[1])).toEqual(['1 A.3. Nhiệm vụ TASK:A.3', '2 C.1. Nhiệm vụ TASK:C.1']);
    expect(overdue.rows[0]!.cells[4]).toBe('Sở Một: Đã hoàn thành; Sở Hai: Đang thực hiện');
    expect(overdue.rows[0]!.cells[5]).toBe('Sở Hai: Thiếu kinh phí');
    expect(overdue.rows[1]!.cells[4]).toBe('Xã Một: Chưa báo cáo; Xã Hai: Chưa báo cáo');
    const text = buildReport(master, OPTIONS).blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.runs.map((r) => r.text).join('')] : []));
    expect(text).toContain('Gồm 1 nhiệm vụ đơn vị chủ trì báo cáo chưa hoàn thành và 1 nhiệm vụ đã quá hạn nhưng đơn vị chủ trì chưa báo cáo.');
    const units = tables.find((t) => t.name === 'Phụ lục IV')!;
    expect(units.rows.map((r) => r.cells.slice(1, 4))).toEqual([
      ['Sở Một', 'Đã gửi', '03/09/2025'],
      ['Sở Hai', 'Đã gửi (muộn 3 ngày)', '08/09/2025'],
      ['Xã Một', 'Đã gửi', '05/09/2025'],
      ['Xã Hai', 'Chưa gửi', ''],
      ['Tệp scan.pdf', 'Không hợp lệ', ''],
    ]);
    for (const t of tables) expect(t.columns.reduce((s, col) => s + col.width, 0)).toBe(100);
  });

  it('is the same for the same master', () => {
    expect(JSON.stringify(buildReport(master, OPTIONS))).toBe(JSON.stringify(buildReport(structuredClone(master), OPTIONS)));
  });
});

describe('Vietnamese numbers and dates', () => {
  it.each([
    [9.45, '9,45'],
    [9.5, '9,5'],
    [43.7747, '43,7747'],
    [1250, '1.250'],
    [10080, '10.080'],
    [0, '0'],
    [-0.2, '-0,2'],
    [0.1 + 0.2, '0,3'],
  ])('%p -> %s', (n, s) => expect(viNumber(n)).toBe(s));

  it('signs differences and writes dates as a document does', () => {
    expect([viSigned(0.15), viSigned(-0.45), viSigned(0)]).toEqual(['+0,15', '-0,45', '0']);
    expect(viDate('2025-09-05')).toBe('05/09/2025');
    // Nghị định 30: a zero before days under 10 and before months 1 and 2 only.
    expect([viLongDate('2025-01-05'), viLongDate('2025-06-09'), viLongDate('2025-12-20')]).toEqual(['ngày 05 tháng 01 năm 2025', 'ngày 09 tháng 6 năm 2025', 'ngày 20 tháng 12 năm 2025']);
  });
});
