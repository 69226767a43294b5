import fc from 'fast-check';
import { carryForward, comparePeriodAnswers, mergeHistory, timeliness, unitTimeliness, type Answer, type AnswerField, type HistoryEntry, type PeriodAnswers } from '../../src/periods';

const A = 'Sở Nội vụ';
const B = 'Sở Tư pháp';
const ans = (id: string, agency: string, field: AnswerField, value: string | number): Answer => ({ id, agency, field, value });

describe('timeliness', () => {
  it('on the due day is on time, a day later is late by one, nothing is missing', () => {
    expect(timeliness('2026-03-05', '2026-03-05')).toEqual({ kind: 'on-time', arrived: '2026-03-05', due: '2026-03-05' });
    expect(timeliness('2026-03-06', '2026-03-05')).toEqual({ kind: 'late', arrived: '2026-03-06', due: '2026-03-05', days: 1 });
    expect(timeliness('2026-04-04', '2026-03-05')).toMatchObject({ kind: 'late', days: 30 });
    expect(timeliness(null, '2026-03-05')).toEqual({ kind: 'missing', due: '2026-03-05' });
    expect(timeliness('2026-03-06', null)).toEqual({ kind: 'no-due', arrived: '2026-03-06' });
  });

  it("counts a unit's first file, and a date entered by hand over the day the compile first saw it", () => {
    const rows = unitTimeliness(
      [{ agency: A, due: '2026-03-05' }, { agency: B, due: '2026-03-05' }, { agency: 'Sở Y tế', due: '2026-03-05' }],
      [
        { file: 'a2.xlsx', agency: A, firstSeen: '2026-03-09', entered: null },
        { file: 'a1.xlsx', agency: A, firstSeen: '2026-03-04', entered: null },
        { file: 'b.xlsx', agency: B, firstSeen: '2026-03-10', entered: '2026-03-03' },
      ],
    );
    expect(rows.map((r) => [r.agency, r.file, r.source, r.timeliness.kind])).toEqual([
      [A, 'a1.xlsx', 'first-seen', 'on-time'],
      [B, 'b.xlsx', 'entered', 'on-time'],
      ['Sở Y tế', null, null, 'missing'],
    ]);
  });
});

describe('comparing two periods', () => {
  const ctx = { dueOf: (id: string) => (id === 'TASK:A.I.3' ? '2026-05-31' : null), previousAsOf: '2026-03-14', currentAsOf: '2026-06-14' };
  const q1: PeriodAnswers = {
    period: '2026-Q1',
    reported: [A, B],
    answers: [
      ans('TASK:A.I.1', A, 'status', 'Đang thực hiện'),
      ans('TASK:A.I.2', A, 'status', 'Đã hoàn thành'),
      ans('TASK:A.I.2', A, 'evidence', 'https://vb.hanoi.gov.vn/1'),
      ans('TASK:A.I.3', A, 'status', 'Đang thực hiện'),
      ans('PAR:1.1', A, 'selfAssessment', 1.5),
      ans('PAR:1.2', A, 'selfAssessment', 1),
      ans('TASK:A.I.1', B, 'status', 'Chưa thực hiện'),
    ],
  };
  const h1: PeriodAnswers = {
    period: '2026-H1',
    reported: [A],
    answers: [
      ans('TASK:A.I.1', A, 'status', 'Đã hoàn thành'),
      ans('TASK:A.I.1', A, 'completedOn', '2026-05-02'),
      ans('TASK:A.I.2', A, 'status', 'Đang thực hiện'),
      ans('TASK:A.I.3', A, 'status', 'Đang thực hiện'),
      ans('PAR:1.1', A, 'selfAssessment', 1.25),
      ans('PAR:1.2', A, 'selfAssessment', 1),
    ],
  };

  it('names each changed answer and what it means; a unit that sent nothing this period changes nothing', () => {
    expect(comparePeriodAnswers(q1, h1, ctx).map((c) => [c.id, c.agency, c.field, c.before, c.after, c.kinds])).toEqual([
      ['PAR:1.1', A, 'selfAssessment', 1.5, 1.25, ['assessment-fell']],
      ['TASK:A.I.1', A, 'status', 'Đang thực hiện', 'Đã hoàn thành', ['completed']],
      ['TASK:A.I.1', A, 'completedOn', null, '2026-05-02', ['changed']],
      ['TASK:A.I.2', A, 'status', 'Đã hoàn thành', 'Đang thực hiện', ['backwards']],
      ['TASK:A.I.2', A, 'evidence', 'https://vb.hanoi.gov.vn/1', null, ['evidence-removed']],
      ['TASK:A.I.3', A, 'status', 'Đang thực hiện', 'Đang thực hiện', ['newly-overdue']],
    ]);
  });

  it('two identical periods differ in nothing', () => {
    expect(comparePeriodAnswers(q1, { ...q1, period: '2026-H1' }, { ...ctx, currentAsOf: ctx.previousAsOf })).toEqual([]);
  });
});

describe('carry-forward', () => {
  it("pre-fills each row from the unit's latest period that answered it, and a completed task stays completed", () => {
    const history = mergeHistory(
      mergeHistory([], {
        period: '2026-Q1',
        reported: [A],
        answers: [ans('TASK:A.I.1', A, 'status', 'Đã hoàn thành'), ans('TASK:A.I.1', A, 'completedOn', '2026-02-01'), ans('TASK:A.I.2', A, 'status', 'Đang thực hiện'), ans('PAR:1.1', A, 'selfAssessment', 2)],
      }),
      { period: '2026-H1', reported: [A], answers: [ans('TASK:A.I.1', A, 'result', 'Đã ban hành'), ans('TASK:A.I.2', A, 'status', 'Chưa thực hiện')] },
    );
    expect(carryForward(history, '2026-Q3')).toEqual([
      { id: 'PAR:1.1', agency: A, period: '2026-Q1', fields: { selfAssessment: 2 } },
      { id: 'TASK:A.I.1', agency: A, period: '2026-H1', fields: { result: 'Đã ban hành', status: 'Đã hoàn thành', completedOn: '2026-02-01' } },
      { id: 'TASK:A.I.2', agency: A, period: '2026-H1', fields: { status: 'Chưa thực hiện' } },
    ]);
    // Nothing from the period being assembled, nor later.
    expect(carryForward(history, '2026-H1').find((c) => c.id === 'TASK:A.I.1')?.fields).toEqual({ status: 'Đã hoàn thành', completedOn: '2026-02-01' });
  });
});

describe('the history across periods', () => {
  const ids = ['TASK:A.I.1', 'TASK:A.I.2', 'PAR:1.1'];
  const agencies = [A, B, 'Phường Hoàn Kiếm'];
  const fields: AnswerField[] = ['status', 'completedOn', 'result', 'evidence', 'issues', 'selfAssessment', 'explanation'];
  const answer = fc.record({ id: fc.constantFrom(...ids), agency: fc.constantFrom(...agencies), field: fc.constantFrom(...fields), value: fc.oneof(fc.string({ maxLength: 6 }), fc.double({ min: 0, max: 10, noNaN: true })) });
  // One value per (row, unit, field) in a period, as one return holds.
  const period = fc.array(answer, { maxLength: 30 }).map((xs) => [...new Map(xs.map((a) => [`${a.id}|${a.agency}|${a.field}`, a])).values()]);

  it('for random answers over three periods, nothing typed in any period is lost from the history', () => {
    fc.assert(
      fc.property(period, period, period, fc.boolean(), (q1, h1, q3, recompile) => {
        const rounds: PeriodAnswers[] = [
          { period: '2026-Q1', answers: q1, reported: agencies },
          { period: '2026-H1', answers: h1, reported: agencies },
          { period: '2026-Q3', answers: q3, reported: agencies },
        ];
        let history: HistoryEntry[] = [];
        for (const r of rounds) {
          history = mergeHistory(history, r);
          // Compiling the same period again (a late return arrived) keeps the earlier periods whole.
          if (recompile) history = mergeHistory(history, r);
        }
        const has = new Set(history.map((e) => JSON.stringify([e.period, e.id, e.agency, e.field, e.value])));
        for (const r of rounds) for (const a of r.answers) expect(has.has(JSON.stringify([r.period, a.id, a.agency, a.field, a.value]))).toBe(true);
        expect(history.length).toBe(q1.length + h1.length + q3.length);
        // And the next round is pre-filled with the latest of them.
        for (const c of carryForward(history, '2026-Y')) {
          for (const [field, value] of Object.entries(c.fields)) {
            const source = history.find((e) => e.id === c.id && e.agency === c.agency && e.field === field && e.value === value);
            expect(source).toBeDefined();
          }
        }
      }),
    );
  });
});
