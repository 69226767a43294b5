import fc from 'fast-check';
import { runChecks } from '../../src/checks';
import { importPlan } from '../../src/import';
import { PlanSchema } from '../../src/plan/schema';

/**
 * Any arrangement of the cells other provinces' tables are made of — headers over one or two rows,
 * roman and lettered numbering, totals, targets in words, agency lists — is read without throwing,
 * into a valid plan, and every recognised table reports every one of its columns.
 */
const cellText = fc.constantFrom(
  '', 'STT', 'TT', 'Khía cạnh', 'Chỉ số nội dung', 'Nội dung nhiệm vụ', 'Điểm tối đa', 'Thang điểm', 'Điểm đạt được', 'Năm 2023', 'Năm 2024',
  'Tăng, giảm', 'Mục tiêu 2025', 'Chỉ tiêu phấn đấu', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian hoàn thành', 'Ghi chú', '(1)', '(2)',
  'I', 'II', 'IV', '1', '2', '1.1', '2.4.1', 'a)', 'b)', '-', 'A', 'B', 'Tổng điểm', 'Chỉ số hài lòng chung', 'Cộng', '9,5', '80', '10', '5,3184',
  '86,5%', 'Trên 6,00', 'Tăng 0,5 điểm', 'Nhóm trung bình cao', 'Đạt điểm tối đa', 'x', 'Sở Văn hóa, Thể thao và Du lịch', 'Sở Nội vụ; UBND cấp xã',
  '- Sở Lao động - Thương binh và Xã hội - Sở Y tế', 'Quý II/2025', 'Thường xuyên', 'CHỈ SỐ PAPI', 'PHỤ LỤC II', 'CHỈ SỐ CCHC (PAR INDEX)',
);
const grid = fc.array(fc.array(cellText, { minLength: 1, maxLength: 9 }), { minLength: 1, maxLength: 30 });

describe('reading arbitrary tables of real cells', () => {
  it('never throws, gives a valid plan, and reports every column of every table it read', () => {
    fc.assert(
      fc.property(grid, (values) => {
        const r = importPlan({ kind: 'range', values });
        if (!r.ok) return;
        expect(PlanSchema.safeParse(r.plan).success).toBe(true);
        runChecks(r.plan);
        for (const t of r.tables) {
          if (t.kind === 'unread') continue;
          for (const c of t.columns) expect(c.role !== null || c.status !== 'mapped').toBe(true);
          expect(t.rowsRead + t.rowsSkipped).toBeGreaterThanOrEqual(0);
        }
        for (const ids of [r.plan.criteria.map((c) => c.id), r.plan.tasks.map((t) => t.id)]) expect(new Set(ids).size).toBe(ids.length);
      }),
      { numRuns: 300 },
    );
  });
});
