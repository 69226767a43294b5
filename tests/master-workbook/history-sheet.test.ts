import fc from 'fast-check';
import { historySheet, readHistory } from '../../src/master-workbook/history-sheet';
import type { MasterPeriod } from '../../src/master-workbook/period';
import { mergeHistory, type AnswerField, type HistoryEntry, type PeriodAnswers } from '../../src/periods/answers';
import { allStyles } from '../../src/workbook-kit/styles';
import { seedPlan } from '../support/seed';
import { specToRead } from '../support/spec-to-read';

/**
 * Lịch sử theo kỳ as written and read back (issue #15): a row per task or criterion and unit, a
 * column per round and field, the round named in its header — every answer of every round comes
 * back as it was given, whatever the rounds (one before rounds existed, an ad-hoc one, a month).
 */

const plan = seedPlan();
const ids = ['TASK:A.I.1', 'TASK:A.I.2', 'PAR:1.1'];
const agencies = ['Sở Nội vụ', 'Sở Tư pháp', 'Phường Hoàn Kiếm'];
const textFields: AnswerField[] = ['status', 'completedOn', 'result', 'evidence', 'issues', 'explanation'];
const answer = fc.oneof(
  fc.record({ id: fc.constantFrom(...ids), agency: fc.constantFrom(...agencies), field: fc.constantFrom(...textFields), value: fc.string({ minLength: 1, maxLength: 8 }).filter((s) => s.trim() === s && s !== '') }),
  fc.record({ id: fc.constant('PAR:1.1'), agency: fc.constantFrom(...agencies), field: fc.constant<AnswerField>('selfAssessment'), value: fc.double({ min: 0, max: 10, noNaN: true }) }),
);
const period = fc.array(answer, { maxLength: 25 }).map((xs) => [...new Map(xs.map((a) => [`${a.id}|${a.agency}|${a.field}`, a])).values()]);

const asMaster = (history: HistoryEntry[]): MasterPeriod => ({ id: '2026-Q3', name: 'Quý III/2026', from: '2026-06-15', to: '2026-09-14', unitDue: null, previous: null, changes: null, history, timeliness: [] });
const readBack = (history: HistoryEntry[]) => {
  const sheet = historySheet(plan, asMaster(history), (id) => `Mục ${id}`);
  return readHistory(specToRead({ font: { name: 'Times New Roman', size: 11 }, password: null, styles: allStyles(), sheets: [sheet] }));
};

describe('Lịch sử theo kỳ', () => {
  it('reads back every answer of every round it was written with', () => {
    fc.assert(
      fc.property(period, period, period, period, (before, adhoc, month, q3) => {
        const rounds: PeriodAnswers[] = [
          { period: '', answers: before, reported: agencies },
          { period: 'X:2026-01-05:2026-02-10', answers: adhoc, reported: agencies },
          { period: '2026-M04', answers: month, reported: agencies },
          { period: '2026-Q3', answers: q3, reported: agencies },
        ];
        const history = rounds.reduce<HistoryEntry[]>((h, r) => mergeHistory(h, r), []);
        const key = (e: HistoryEntry) => JSON.stringify([e.period, e.id, e.agency, e.field, e.value]);
        expect(new Set((readBack(history) ?? []).map(key))).toEqual(new Set(history.map(key)));
        expect(readBack(history)).toHaveLength(history.length);
      }),
      { numRuns: 60 },
    );
  });

  it('has one row per item and unit, and each round’s status in its own column', () => {
    const history = mergeHistory(mergeHistory([], { period: '2026-Q1', reported: agencies, answers: [{ id: 'TASK:A.I.1', agency: 'Sở Nội vụ', field: 'status', value: 'Đang thực hiện' }] }), {
      period: '2026-H1',
      reported: agencies,
      answers: [
        { id: 'TASK:A.I.1', agency: 'Sở Nội vụ', field: 'status', value: 'Đã hoàn thành' },
        { id: 'TASK:A.I.1', agency: 'Sở Nội vụ', field: 'completedOn', value: '2026-05-04' },
      ],
    });
    const sheet = historySheet(plan, asMaster(history), (id) => `Mục ${id}`);
    const header = sheet.rows.findIndex((r) => r.cells.some((c) => c?.value === 'Đơn vị'));
    expect(sheet.rows[header]!.cells.map((c) => c?.value)).toEqual(['ID', 'Nhiệm vụ, tiêu chí', 'Đơn vị', 'Tình trạng — Quý I/2026', 'Tình trạng — 6 tháng đầu năm 2026', 'Ngày hoàn thành — 6 tháng đầu năm 2026']);
    expect(sheet.rows.slice(header + 1).map((r) => r.cells.map((c) => c?.value ?? null))).toEqual([['TASK:A.I.1', 'Mục TASK:A.I.1', 'Sở Nội vụ', 'Đang thực hiện', 'Đã hoàn thành', '2026-05-04']]);
  });
});
