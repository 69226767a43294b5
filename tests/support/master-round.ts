import type { MasterPeriod } from '../../src/master-workbook/period';
import type { Plan } from '../../src/plan/schema';

/**
 * A reporting round as a master of the seed plan is compiled for it against the previous
 * round's master: a change of every kind, a unit on time, one late and one missing, and the
 * history of two rounds — so every sheet of a round's master is written with every colour it uses.
 */
export function seedRound(plan: Plan): MasterPeriod {
  const task = plan.tasks.find((t) => t.lead.length > 0)!;
  const criterion = plan.criteria.find((c) => c.index === 'PAR' && c.code.includes('.'))!;
  const agency = 'Sở Tư pháp';
  return {
    id: '2026-Q1',
    name: 'Quý I/2026',
    from: '2026-01-01',
    to: '2026-03-31',
    unitDue: '2026-03-25',
    previous: { id: '2025-Q4', name: 'Quý IV/2025' },
    changes: [
      { id: task.id, agency, field: 'status', before: 'Đang thực hiện', after: 'Đã hoàn thành', kinds: ['completed'] },
      { id: task.id, agency: 'Sở Nội vụ', field: 'status', before: 'Đang thực hiện', after: 'Chưa thực hiện', kinds: ['backwards'] },
      { id: criterion.id, agency, field: 'selfAssessment', before: 1, after: 0.5, kinds: ['assessment-fell'] },
      { id: task.id, agency: 'Sở Y tế', field: 'evidence', before: 'https://example.vn/1', after: null, kinds: ['evidence-removed'] },
      { id: task.id, agency: 'Sở Xây dựng', field: 'status', before: 'Đang thực hiện', after: 'Đang thực hiện', kinds: ['newly-overdue'] },
      { id: task.id, agency: 'Sở Tài chính', field: 'result', before: 'Dự thảo', after: 'Đã ban hành', kinds: ['changed'] },
    ],
    history: [
      { id: task.id, agency, period: '2025-Q4', field: 'status', value: 'Đang thực hiện' },
      { id: task.id, agency, period: '2026-Q1', field: 'status', value: 'Đã hoàn thành' },
      { id: criterion.id, agency, period: '2026-Q1', field: 'selfAssessment', value: 0.5 },
    ],
    timeliness: [
      { agency, due: '2026-03-25', source: 'first-seen', file: 'so-tu-phap.xlsx', timeliness: { kind: 'on-time', arrived: '2026-03-20', due: '2026-03-25' } },
      { agency: 'Sở Y tế', due: '2026-03-25', source: 'entered', file: 'so-y-te.xlsx', timeliness: { kind: 'late', arrived: '2026-03-28', due: '2026-03-25', days: 3 } },
      { agency: 'Sở Xây dựng', due: '2026-03-25', source: null, file: null, timeliness: { kind: 'missing', due: '2026-03-25' } },
    ],
  };
}
