import { importPlan } from '../../src/import';
import type { Finding } from '../../src/plan/schema';

/** Each repair or problem the importer reports, with a small plan that triggers it and one that must not. */

const CRITERIA_HEADER = ['STT', 'Lĩnh vực/Tiêu chí/Tiêu chí thành phần', 'Điểm tối đa', 'Kết quả năm 2024', 'Mục tiêu năm 2025', 'Đơn vị chủ trì tham mưu, theo dõi'];
const TASKS_HEADER = ['TT', 'Nhiệm vụ', 'Tiến độ hoàn thành', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Yêu cầu/Kết quả/ Sản phẩm'];

/** A plan in the seed's flattened format: each cell a line ending ' |'. */
function plan(...parts: (string | string[][])[]): string {
  const lines = ['Số: 7/KH-UBND |', 'Hà Nội, ngày 01 tháng 02 năm 2025 |'];
  for (const p of parts) {
    if (typeof p === 'string') lines.push(p);
    else for (const row of p) for (const cell of row) lines.push(`${cell} |`);
  }
  return lines.join('\n') + '\n';
}

const par = (...rows: string[][]) => plan('PHỤ LỤC 2', 'CHỈ TIÊU TẠI CHỈ SỐ CCHC - PAR INDEX', [CRITERIA_HEADER, ...rows]);
const tasks = (...rows: string[][]) => plan('PHỤ LỤC 1', 'NHIỆM VỤ', [TASKS_HEADER, ...rows]);

function findings(text: string): Finding[] {
  const r = importPlan({ kind: 'text', text });
  if (!r.ok) throw new Error(r.error.code);
  return r.findings;
}
const rules = (text: string) => findings(text).map((f) => f.rule);

const total = ['', 'TỔNG ĐIỂM', '2', '2', '2', ''];

describe('import findings', () => {
  it('numbering.code-repaired: a decimal comma or trailing dot in a code, not a plain code', () => {
    expect(findings(par(['1', 'A', '2', '2', '2', ''], ['1,1', 'B', '2', '2', '2', ''], total)).filter((f) => f.rule === 'numbering.code-repaired')).toEqual([
      expect.objectContaining({ id: 'PAR:1.1', stated: '1,1', computed: '1.1' }),
    ]);
    expect(rules(par(['1', 'A', '2', '2', '2', ''], ['1.1', 'B', '2', '2', '2', ''], total))).not.toContain('numbering.code-repaired');
  });

  it('numbering.duplicate: the same code twice keeps both rows under distinct ids', () => {
    const text = par(['1', 'A', '2', '2', '2', ''], ['1.1', 'B', '1', '1', '1', ''], ['1.1', 'C', '1', '1', '1', ''], total);
    const r = importPlan({ kind: 'text', text });
    expect(r.ok && r.plan.criteria.map((c) => c.id)).toEqual(['PAR:1', 'PAR:1.1', 'PAR:1.1~2', 'PAR:total']);
    expect(rules(text)).toContain('numbering.duplicate');
    expect(rules(par(['1', 'A', '2', '2', '2', ''], ['1.1', 'B', '2', '2', '2', ''], total))).not.toContain('numbering.duplicate');
  });

  it('numbering.wrong-parent: a code filed under another area', () => {
    const text = par(['1', 'A', '2', '2', '2', ''], ['2', 'B', '2', '2', '2', ''], ['1.1', 'C', '2', '2', '2', ''], total);
    expect(findings(text).find((f) => f.rule === 'numbering.wrong-parent')).toMatchObject({ id: 'PAR:1.1', computed: '2.1' });
    expect(rules(par(['1', 'A', '2', '2', '2', ''], ['1.1', 'C', '2', '2', '2', ''], total))).not.toContain('numbering.wrong-parent');
  });

  it('import.number-unreadable: a value that is not a number is kept out, and said', () => {
    const f = findings(par(['1', 'A', '2', 'hai', '2', ''], total)).find((x) => x.rule === 'import.number-unreadable');
    expect(f).toMatchObject({ id: 'PAR:1', field: 'result', stated: 'hai', severity: 'error' });
    expect(rules(par(['1', 'A', '2', '1,5', '2', ''], total))).not.toContain('import.number-unreadable');
  });

  it.each([
    ['5,2210 (*)', 5.221, 4, '(*)'],
    ['5,22*', 5.22, 2, '*'],
    ['87,5 (1)', 87.5, 1, '(1)'],
    ['86,50% (**)', 86.5, 2, '(**)'],
  ])('import.value-footnote: %s is the number, its footnote mark said', (written, value, decimals, mark) => {
    const r = importPlan({ kind: 'text', text: par(['1', 'A', '100', written, '100', ''], ['', 'TỔNG ĐIỂM', '100', written, '100', '']) });
    if (!r.ok) throw new Error(r.error.code);
    expect(r.plan.criteria.find((c) => c.id === 'PAR:1')).toMatchObject({ result: value, decimals: { result: decimals } });
    expect(r.findings.map((f) => f.rule)).not.toContain('import.number-unreadable');
    expect(r.findings.find((f) => f.rule === 'import.value-footnote' && f.id === 'PAR:1')).toMatchObject({
      severity: 'info',
      field: 'result',
      stated: written,
      computed: value,
      details: { mark },
    });
  });

  it('import.value-footnote: a target or a max with a mark too; words with a mark are still no number', () => {
    const r = importPlan({ kind: 'text', text: par(['1', 'A', '2 (*)', '1', '≥ 1,5 (*)', ''], ['2', 'B', '2', 'hai (*)', '2', ''], total) });
    if (!r.ok) throw new Error(r.error.code);
    expect(r.plan.criteria.find((c) => c.id === 'PAR:1')).toMatchObject({ max: 2, target: 1.5 });
    expect(r.findings.filter((f) => f.rule === 'import.number-unreadable').map((f) => [f.id, f.stated])).toEqual([['PAR:2', 'hai (*)']]);
  });

  it('import.total-missing: a criteria table without its total row', () => {
    expect(rules(par(['1', 'A', '2', '2', '2', '']))).toContain('import.total-missing');
    expect(rules(par(['1', 'A', '2', '2', '2', ''], total))).not.toContain('import.total-missing');
  });

  it('import.row-unrecognised: a row number that is no code, in a source with explicit rows', () => {
    const range = (code: string) => importPlan({ kind: 'range', values: [['CHỈ SỐ CCHC - PAR INDEX'], CRITERIA_HEADER, ['1', 'A', 2, 2, 2, ''], [code, 'B', 1, 1, 1, ''], total] });
    const read = (code: string) => {
      const r = range(code);
      return r.ok ? r.findings.map((f) => f.rule) : [];
    };
    expect(read('x)')).toContain('import.row-unrecognised');
    expect(read('1.1')).not.toContain('import.row-unrecognised');
  });

  it('import.row-short and import.row-misaligned: a text table that lost a cell', () => {
    const short = tasks(['A', 'CHỈ SỐ CCHC (PAR INDEX)', '', '', '', ''], ['1.', 'Việc một', 'Sở Nội vụ', '', ''], ['2.', 'Việc hai', 'Quý IV/2025', 'Sở Tư pháp', '', 'Báo cáo']);
    expect(rules(short)).toContain('import.row-short');
    const stray = tasks(['A', 'CHỈ SỐ CCHC (PAR INDEX)', '', '', '', ''], ['1.', 'Việc một', 'Tháng 7/2025', 'Sở Nội vụ', '', ''], ['thừa'], ['2.', 'Việc hai', 'Quý IV/2025', 'Sở Tư pháp', '', 'Báo cáo']);
    expect(rules(stray)).toContain('import.row-misaligned');
    expect(rules(stray.replace('thừa |\n', ''))).toEqual([]);
  });

  it('import.part-unknown and import.row-outside-part: tasks outside a part A/B/C naming an index', () => {
    expect(rules(tasks(['A', 'PHẦN KHÁC', '', '', '', ''], ['1.', 'Việc', 'Tháng 7/2025', 'Sở Nội vụ', '', '']))).toEqual(
      expect.arrayContaining(['import.part-unknown', 'import.row-outside-part']),
    );
    expect(rules(tasks(['A', 'CHỈ SỐ CCHC (PAR INDEX)', '', '', '', ''], ['1.', 'Việc', 'Tháng 7/2025', 'Sở Nội vụ', '', '']))).toEqual([]);
  });

  it('import.table-repeated: the same index twice', () => {
    const once = par(['1', 'A', '2', '2', '2', ''], total);
    expect(rules(once + once.split('\n').slice(2).join('\n'))).toContain('import.table-repeated');
    expect(rules(once)).not.toContain('import.table-repeated');
  });

  it('text.repaired: the 00XX escape bug in a task', () => {
    const bad = tasks(['A', 'CHỈ SỐ CCHC (PAR INDEX)', '', '', '', ''], ['1.', 'Cải thiện 0050AR INDEX', 'Tháng 7/2025', 'Sở Nội vụ', '', '']);
    expect(findings(bad).find((f) => f.rule === 'text.repaired')).toMatchObject({ stated: 'Cải thiện 0050AR INDEX', computed: 'Cải thiện PAR INDEX' });
    expect(rules(bad.replace('0050AR', 'PAR'))).not.toContain('text.repaired');
  });

  it('meta.number-missing and meta.dates-disagree: the plan heading', () => {
    const noNumber = par(['1', 'A', '2', '2', '2', ''], total).replace('Số: 7/KH-UBND |\n', '');
    expect(rules(noNumber)).toContain('meta.number-missing');
    const twoDates = par(['1', 'A', '2', '2', '2', ''], total).replace('PHỤ LỤC 2', 'PHỤ LỤC 2\n(Kèm theo Kế hoạch số 7/KH-UBND ngày 05/02/2025)');
    expect(rules(twoDates)).toContain('meta.dates-disagree');
    expect(rules(par(['1', 'A', '2', '2', '2', ''], total))).toEqual([]);
  });

  it('meta.years-disagree: appendices naming different years', () => {
    const other = plan('PHỤ LỤC 4', 'PAPI', [['STT', 'Chỉ số nội dung', 'Điểm tối đa', 'Kết quả năm 2023', 'Mục tiêu năm 2025', 'Đơn vị chủ trì'], ['', 'CHỈ SỐ CHUNG:', '10', '5', '6', ''], ['1.', 'X', '10', '5', '6', '']]);
    expect(rules(par(['1', 'A', '2', '2', '2', ''], total) + other)).toContain('meta.years-disagree');
  });
});
