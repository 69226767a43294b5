import { splitAgencies } from '../../src/agencies/split';
import { runChecks } from '../../src/checks';
import { importPlan, type ImportOptions } from '../../src/import';
import { columnRole } from '../../src/import/columns';
import { readTargetWords } from '../../src/import/target-text';
import { findingAbout } from '../../src/plan/finding';
import type { Criterion, Finding, Plan } from '../../src/plan/schema';
import { stringsFor } from '../../src/strings';

/** Issue #10, item by item: what other provinces' plans do, each with a small table that does it. */

type Rows = (string | number)[][];

function read(values: Rows, options?: ImportOptions) {
  const r = importPlan({ kind: 'range', values }, options);
  if (!r.ok) throw new Error(`not read: ${r.error.code}`);
  return r;
}
const html = (body: string, options?: ImportOptions) => {
  const r = importPlan({ kind: 'html', html: `<html><body>${body}</body></html>` }, options);
  if (!r.ok) throw new Error(`not read: ${r.error.code}`);
  return r;
};
const rules = (findings: Finding[]) => findings.map((f) => f.rule);
const byCode = (plan: Plan, index: string) => new Map(plan.criteria.filter((c) => c.index === index).map((c) => [c.code, c]));
const brief = (c: Criterion | undefined) => c && { code: c.code, parent: c.parent, max: c.max, result: c.result, target: c.target };

/** A PAPI table whose header takes two rows: 'Điểm đạt được' over three years and a difference. */
const TWO_ROW_HEADER: Rows = [
  ['PHỤ LỤC II'],
  ['CHỈ SỐ PAPI CỦA TỈNH'],
  ['STT', 'Chỉ số nội dung', 'Điểm tối đa', 'Điểm đạt được', '', '', 'Mục tiêu 2025', 'Cơ quan chủ trì'],
  ['', '', '', 'Năm 2022', 'Năm 2023', 'Năm 2024', '', ''],
  ['', 'Tổng điểm', '80', '40,1', '41,2', '42,3', '44', ''],
  ['1', 'Tham gia của người dân ở cấp cơ sở', '10', '5,1', '5,2', '5,3', '5,5', 'Sở Nội vụ'],
];

describe('item 1–2: multi-row headers and several year columns', () => {
  it('composes a two-row header column by column and takes the latest year before the target year, saying so', () => {
    const r = read(TWO_ROW_HEADER);
    expect(brief(byCode(r.plan, 'PAPI').get('1'))).toEqual({ code: '1', parent: 'total', max: 10, result: 5.3, target: 5.5 });
    const chosen = r.findings.find((f) => f.rule === 'import.result-year');
    expect(chosen).toMatchObject({ severity: 'info', stated: 'Điểm đạt được / Năm 2024', computed: 2024 });
    expect(chosen?.details['others']).toEqual(['Điểm đạt được / Năm 2022', 'Điểm đạt được / Năm 2023']);
    expect(r.tables[0]).toMatchObject({ kind: 'criteria', index: 'PAPI', headerRows: 2, resultYear: 2024, targetYear: 2025, rowsRead: 2 });
  });

  it('never takes a difference column as the result', () => {
    const rows = TWO_ROW_HEADER.map((r) => r.slice());
    rows[3]![5] = 'Tăng (+), giảm (-)';
    rows[4]![5] = '+1,1';
    rows[5]![5] = '+0,1';
    const r = read(rows);
    expect(byCode(r.plan, 'PAPI').get('1')?.result).toBe(5.2);
    const delta = r.tables[0]!.columns.find((c) => c.col === 6);
    expect(delta).toMatchObject({ claimed: 'delta', role: null, status: 'ignored' });
    expect(r.findings.find((f) => f.rule === 'import.columns-ignored')?.details['columns']).toEqual(
      expect.arrayContaining([expect.stringContaining('Tăng (+), giảm (-)')]),
    );
  });

  it('lets the caller pick another column for a role (the other year)', () => {
    const r = read(TWO_ROW_HEADER, { columns: [{ table: 'PL2', col: 4, role: 'result' }] });
    expect(byCode(r.plan, 'PAPI').get('1')?.result).toBe(5.2);
    expect(r.tables[0]!.columns.find((c) => c.col === 5)).toMatchObject({ role: 'result', overridden: true, year: 2023 });
    expect(r.tables[0]!.resultYear).toBe(2023);
  });

  it('applies a column choice to a table labelled by its kind (no caption of its own)', () => {
    const rows = TWO_ROW_HEADER.slice(2);
    const r = read([['CHỈ SỐ PAPI'], ...rows], { columns: [{ table: 'PL4', col: 3, role: 'result' }] });
    expect(r.tables[0]!.label).toBe('PL4');
    expect(byCode(r.plan, 'PAPI').get('1')?.result).toBe(5.1);
  });

  it('reads the merged cells of an HTML header (rowspan, colspan) and skips the row numbering the columns', () => {
    const r = html(`<p>PHỤ LỤC 4</p><p>CHỈ SỐ PAPI</p><table>
      <tr><th rowspan="2">TT</th><th rowspan="2">Khía cạnh</th><th rowspan="2">Thang điểm</th><th colspan="2">Kết quả</th><th rowspan="2">Chỉ tiêu phấn đấu</th><th rowspan="2">Đơn vị phụ trách</th></tr>
      <tr><th>2023</th><th>2024</th></tr>
      <tr><td>1</td><td>2</td><td>3</td><td>4</td><td>5</td><td>6</td><td>7</td></tr>
      <tr><td colspan="2">Tổng điểm PAPI</td><td>80</td><td>41</td><td>42</td><td>44</td><td></td></tr>
      <tr><td>1</td><td>Tham gia của người dân</td><td>10</td><td>5</td><td>5,3</td><td>5,5</td><td>Sở Nội vụ</td></tr></table>`);
    const papi = byCode(r.plan, 'PAPI');
    expect([...papi.keys()]).toEqual(['total', '1']);
    expect(brief(papi.get('total'))).toEqual({ code: 'total', parent: null, max: 80, result: 42, target: 44 });
    expect(r.tables[0]).toMatchObject({ headerRows: 3, resultYear: 2024 });
  });
});

describe('item 3: header vocabulary as data', () => {
  it.each([
    ['Khía cạnh', 'name'],
    ['Yếu tố', 'name'],
    ['Nội dung đánh giá', 'name'],
    ['Chỉ tiêu', 'name'],
    ['Lĩnh vực/Tiêu chí', 'name'],
    ['Điểm chuẩn', 'max'],
    ['Thang điểm', 'max'],
    ['Cơ quan chủ trì', 'lead'],
    ['Đơn vị phụ trách', 'lead'],
    ['Cơ quan tham mưu', 'lead'],
    ['Chỉ tiêu phấn đấu', 'target'],
    ['Phấn đấu đạt', 'target'],
    ['Chỉ tiêu năm 2025', 'target'],
    ['Tăng (+), giảm (-)', 'delta'],
    ['Điểm bị trừ', 'delta'],
    ['Xếp hạng', 'rank'],
    ['Yêu cầu/Kết quả/ Sản phẩm', 'output'],
    ['Kết quả năm 2024', 'result'],
    ['Năm 2023', 'result'],
  ])('%s → %s', (header, role) => {
    expect(columnRole(header)).toBe(role);
  });
});

describe('item 4: numbering', () => {
  const par = (...rows: Rows) => read([['PHỤ LỤC 2 - CHỈ SỐ CCHC (PAR INDEX)'], ['STT', 'Lĩnh vực/Tiêu chí', 'Điểm tối đa', 'Kết quả năm 2024', 'Mục tiêu năm 2025', 'Cơ quan chủ trì'], ...rows]);

  it('roman areas over national codes become their numbers: II holds 2.1, 2.4.1', () => {
    const r = par(['I', 'A', 2, 2, 2, ''], ['1.1', 'A1', 2, 2, 2, ''], ['II', 'B', 3, 3, 3, ''], ['2.1', 'B1', 1, 1, 1, ''], ['2.4', 'B4', 2, 2, 2, ''], ['2.4.1', 'B41', 2, 2, 2, '']);
    expect(r.plan.criteria.map((c) => `${c.id}<${c.parent}`)).toEqual(['PAR:1<total', 'PAR:1.1<1', 'PAR:2<total', 'PAR:2.1<2', 'PAR:2.4<2', 'PAR:2.4.1<2.4']);
    expect(rules(r.findings)).toContain('import.roman-areas');
    expect(rules(r.findings)).not.toContain('numbering.duplicate');
  });

  it('numbering that restarts under each area makes child codes, not duplicates', () => {
    const r = par(['I', 'A', 3, 3, 3, ''], ['1', 'A1', 1, 1, 1, ''], ['2', 'A2', 2, 2, 2, ''], ['II', 'B', 2, 2, 2, ''], ['1', 'B1', 2, 2, 2, '']);
    expect(r.plan.criteria.map((c) => c.id)).toEqual(['PAR:1', 'PAR:1.1', 'PAR:1.2', 'PAR:2', 'PAR:2.1']);
    expect(rules(r.findings)).not.toContain('numbering.duplicate');
  });

  it('SIPAS groups numbered across (I: 1–2, II: 3) keep their roman codes', () => {
    const r = read([
      ['CHỈ SỐ HÀI LÒNG (SIPAS)'],
      ['TT', 'Chỉ số', 'Kết quả năm 2024', 'Mục tiêu năm 2025', 'Đơn vị phụ trách'],
      ['I', 'Chính sách', 85, 86, ''],
      ['1', 'A', 85, 86, ''],
      ['2', 'B', 85, 86, ''],
      ['II', 'Dịch vụ', 85, 86, ''],
      ['3', 'C', 85, 86, ''],
    ]);
    expect(r.plan.criteria.map((c) => `${c.id}<${c.parent}`)).toEqual(['SIPAS:I<total', 'SIPAS:1<I', 'SIPAS:2<I', 'SIPAS:II<total', 'SIPAS:3<II']);
  });

  it('letters and dashes are the parent code and their ordinal', () => {
    const r = par(['1', 'A', 4, 4, 4, ''], ['a)', 'A-a', 2, 2, 2, ''], ['-', 'A-a-1', 1, 1, 1, ''], ['-', 'A-a-2', 1, 1, 1, ''], ['b)', 'A-b', 2, 2, 2, '']);
    expect(r.plan.criteria.map((c) => `${c.id}<${c.parent}`)).toEqual(['PAR:1<total', 'PAR:1.1<1', 'PAR:1.1.1<1.1', 'PAR:1.1.2<1.1', 'PAR:1.2<1']);
  });
});

describe('items 5, 6, 8: partial lists, known scales, total rows', () => {
  it('a partial list that skips a level puts the row under the nearest row printed, and no orphan is reported', () => {
    const r = read([
      ['CHỈ SỐ CCHC (PAR INDEX)'],
      ['STT', 'Tiêu chí', 'Điểm tối đa', 'Kết quả năm 2024', 'Mục tiêu năm 2025', 'Cơ quan chủ trì'],
      ['2', 'B', 7, 6, 7, 'Sở Tư pháp'],
      ['2.2', 'B2', 2, '1,5', 2, ''],
      ['2.4.1', 'B41', '0,5', '0,25', '0,5', ''],
    ]);
    expect(r.plan.criteria.map((c) => `${c.id}<${c.parent}`)).toEqual(['PAR:2<total', 'PAR:2.2<2', 'PAR:2.4.1<2']);
    expect(rules(r.findings)).toContain('import.parent-not-printed');
    expect(rules(runChecks(r.plan))).not.toContain('numbering.orphan');
  });

  it('a visible subset is said once, and its sums and gaps are not reported', () => {
    const r = read([
      ['CHỈ SỐ CCHC (PAR INDEX)'],
      ['STT', 'Lĩnh vực/Tiêu chí', 'Điểm tối đa', 'Kết quả năm 2024', 'Mục tiêu năm 2025', 'Cơ quan chủ trì'],
      ['Tổng điểm', '', 100, 85, 88, ''],
      ['2', 'B', 10, 8, 9, 'Sở Tư pháp'],
      ['2.1', 'B1', 2, 1, 2, ''],
      ['2.4', 'B4', 3, 2, 3, ''],
    ]);
    const partial = r.findings.filter((f) => f.rule === 'import.partial-list');
    expect(partial).toHaveLength(1);
    expect(partial[0]!.details['parents']).toEqual(['total', '2']);
    expect(rules(r.findings)).not.toContain('import.total-missing');
  });

  it('applies the index scale where the table has no max column, with a note', () => {
    const r = read([
      ['CHỈ SỐ PAPI'],
      ['STT', 'Chỉ số nội dung', 'Kết quả năm 2024', 'Mục tiêu năm 2025', 'Cơ quan chủ trì'],
      ['', 'Chỉ số PAPI chung', '43,1', '45', ''],
      ['1', 'Tham gia', '5,3', '5,5', 'Sở Nội vụ'],
      ['-', 'Tri thức công dân', '1,3', '1,4', ''],
    ]);
    const papi = byCode(r.plan, 'PAPI');
    expect([papi.get('total')?.max, papi.get('1')?.max, papi.get('1.1')?.max]).toEqual([80, 10, null]);
    expect(rules(r.findings)).toContain('import.max-assumed');
  });

  it('an area whose figures stand on its subtotal row below its criteria takes them from there; the sum of the areas is the total', () => {
    const r = read([
      ['CHỈ SỐ CCHC (PAR INDEX)'],
      ['STT', 'Lĩnh vực, tiêu chí', 'Điểm tối đa', 'Kết quả năm 2024', 'Mục tiêu năm 2025', 'Cơ quan chủ trì'],
      ['I', 'Chỉ đạo, điều hành', '', '', '', 'Sở Nội vụ'],
      ['1', 'Kế hoạch CCHC', 2, '1,5', 2, ''],
      ['2', 'Kiểm tra CCHC', 3, '2,5', 3, ''],
      ['', 'Cộng lĩnh vực I', 5, 4, 5, ''],
      ['II', 'Thể chế', '', '', '', 'Sở Tư pháp'],
      ['1', 'Rà soát văn bản', 4, 3, 4, ''],
      // Planted: the subtotal's result says 3,5 where its one criterion has 3.
      ['', 'Cộng lĩnh vực II', 4, '3,5', 4, ''],
      ['', 'TỔNG CỘNG (I+II)', 9, '7,5', 9, ''],
    ]);
    const par = byCode(r.plan, 'PAR');
    expect([...par.keys()]).toEqual(['1', '1.1', '1.2', '2', '2.1', 'total']);
    expect([brief(par.get('1')), brief(par.get('2')), brief(par.get('total'))]).toEqual([
      { code: '1', parent: 'total', max: 5, result: 4, target: 5 },
      { code: '2', parent: 'total', max: 4, result: 3.5, target: 4 },
      { code: 'total', parent: null, max: 9, result: 7.5, target: 9 },
    ]);
    expect(r.findings.filter((f) => f.rule === 'import.subtotal-area').map((f) => f.details['area'])).toEqual(['1', '2']);
    // The planted error is found on area II, and nothing else is wrong.
    expect(runChecks(r.plan).filter((f) => f.severity !== 'info').map((f) => `${f.rule} ${f.id}`)).toEqual(['sum.children PAR:2']);
  });

  it('a result written as a fraction of its max ("8,50/9") is the result, and gives the max where no column does', () => {
    expect(columnRole('Kết quả năm 2024 (điểm đạt/điểm tối đa)')).toBe('result');
    expect(columnRole('Điểm (tối đa)')).toBe('max');
    const r = read([
      ['CHỈ SỐ CCHC (PAR INDEX)'],
      ['STT', 'Lĩnh vực, tiêu chí', 'Kết quả năm 2024 (điểm đạt/điểm tối đa)', 'Mục tiêu năm 2025', 'Đơn vị tham mưu'],
      ['', 'Tổng điểm', '17/20', 18, ''],
      ['1', 'Chỉ đạo, điều hành', '8,50/9', 9, 'Sở Nội vụ'],
      ['2', 'Thể chế', '8,50 / 11', 9, 'Sở Tư pháp'],
    ]);
    expect([...byCode(r.plan, 'PAR').values()].map(brief)).toEqual([
      { code: 'total', parent: null, max: 20, result: 17, target: 18 },
      { code: '1', parent: 'total', max: 9, result: 8.5, target: 9 },
      { code: '2', parent: 'total', max: 11, result: 8.5, target: 9 },
    ]);
    expect(r.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('a note under the table is no criterion, wherever its text sits', () => {
    for (const note of [['', 'Ghi chú: Điểm năm 2024 theo Quyết định số 436/QĐ-BNV; tỉnh xếp hạng 15/63.'], ['(*) Kết quả năm 2024 theo công bố của Bộ Nội vụ', '']]) {
      const r = read([
        ['CHỈ SỐ CCHC (PAR INDEX)'],
        ['STT', 'Tiêu chí', 'Điểm tối đa', 'Kết quả năm 2024', 'Mục tiêu năm 2025', 'Cơ quan chủ trì'],
        ['', 'Tổng điểm', 2, 2, 2, ''],
        ['1', 'A', 2, 2, 2, 'Sở Nội vụ'],
        [...note, '', '', '', ''],
      ]);
      expect(r.plan.criteria.map((c) => c.code)).toEqual(['total', '1']);
      expect(rules(r.findings)).toContain('import.note-row');
    }
  });

  it('a total named in words with an empty number cell, or written across the number and name columns', () => {
    for (const total of [['', 'Tổng điểm Chỉ số CCHC'], ['Tổng cộng', ''], ['', 'Chỉ số CCHC chung']]) {
      const r = read([['CHỈ SỐ CCHC (PAR INDEX)'], ['STT', 'Tiêu chí', 'Điểm tối đa', 'Kết quả năm 2024', 'Mục tiêu năm 2025', 'Cơ quan chủ trì'], [...total, 2, 2, 2, ''], ['1', 'A', 2, 2, 2, '']]);
      expect(r.plan.criteria.map((c) => c.code)).toEqual(['total', '1']);
    }
  });
});

describe('item 7: plans for one index', () => {
  it('a task table without parts takes its index from its caption, said once', () => {
    const r = read([
      ['PHỤ LỤC I'],
      ['NHIỆM VỤ NÂNG CAO CHỈ SỐ PAPI NĂM 2025'],
      ['TT', 'Nội dung nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian hoàn thành'],
      ['I', 'Tham gia của người dân', '', '', ''],
      ['1', 'Tuyên truyền', 'Sở Nội vụ', 'UBND cấp xã', 'Quý II/2025'],
      ['II', 'Công khai, minh bạch', '', '', ''],
      ['1', 'Công khai quy hoạch', 'Văn phòng UBND tỉnh', '', 'Tháng 6/2025'],
    ]);
    expect(r.plan.tasks.map((t) => [t.id, t.index])).toEqual([
      ['TASK:PAPI.I.1', 'PAPI'],
      ['TASK:PAPI.II.1', 'PAPI'],
    ]);
    expect(r.findings.filter((f) => f.rule === 'import.part-inferred')).toHaveLength(1);
    expect(rules(r.findings)).not.toContain('import.row-outside-part');
    expect(r.tables[0]).toMatchObject({ caption: 'PHỤ LỤC I', kind: 'tasks' });
  });
});

describe('item 7: parts without letters', () => {
  it('roman rows naming one index each are the parts; numbered headings hold their numbered tasks', () => {
    const r = read([
      ['PHỤ LỤC 1: NHIỆM VỤ NÂNG CAO CÁC CHỈ SỐ PAR INDEX, SIPAS, PAPI'],
      ['TT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian hoàn thành'],
      ['I', 'CHỈ SỐ CCHC (PAR INDEX)', '', '', ''],
      ['1', 'Công tác chỉ đạo, điều hành', '', '', ''],
      ['1.1', 'Ban hành kế hoạch', 'Sở Nội vụ', '', 'Quý I/2025'],
      ['1.2', 'Kiểm tra', 'Sở Nội vụ', '', 'Quý II/2025'],
      ['II', 'CHỈ SỐ PAPI', '', '', ''],
      ['1', 'Công khai ngân sách xã', 'Sở Tài chính', '', 'Năm 2025'],
    ]);
    expect(r.plan.tasks.map((t) => [t.index, t.number, t.path.join('/')])).toEqual([
      ['PAR', '1.1', 'I/1'],
      ['PAR', '1.2', 'I/1'],
      ['PAPI', '1', 'II'],
    ]);
    expect(rules(r.findings).filter((x) => x.startsWith('import.'))).toEqual([]);
  });
});

describe('item 7: a part written in one cell across the row', () => {
  it('reads the letter and the title merged into one cell as the part they open', () => {
    const r = html(`<p>Phụ lục I</p><table>
      <tr><th>STT</th><th>Nhiệm vụ</th><th>Cơ quan chủ trì</th><th>Cơ quan phối hợp</th><th>Thời gian hoàn thành</th></tr>
      <tr><td colspan="5"><b>A. CHỈ SỐ CẢI CÁCH HÀNH CHÍNH (PAR INDEX)</b></td></tr>
      <tr><td>1</td><td>Ban hành Kế hoạch cải cách hành chính năm 2025</td><td>Sở Nội vụ</td><td>Các sở, ban, ngành</td><td>Tháng 01/2025</td></tr>
      <tr><td colspan="5"><b>B. CHỈ SỐ HÀI LÒNG (SIPAS)</b></td></tr>
      <tr><td>2</td><td>Khảo sát sự hài lòng của người dân</td><td>Sở Nội vụ</td><td></td><td>Tháng 10/2025</td></tr>
    </table>`);
    expect(r.plan.tasks.map((t) => [t.id, t.index])).toEqual([['TASK:A.1', 'PAR'], ['TASK:B.2', 'SIPAS']]);
    // No part read as a task without a lead or deadline, and nothing said of parts missing.
    expect(r.findings.filter((f) => f.severity !== 'info' && f.rule !== 'meta.number-missing')).toEqual([]);
    expect(rules(r.findings)).not.toContain('import.part-inferred');
  });
});

describe('item 7: groups numbered 1, 2 naming an index', () => {
  const plan = (first: string, second: string) =>
    read([
      ['PHỤ LỤC I: NHIỆM VỤ NÂNG CAO CHỈ SỐ PAPI VÀ SIPAS NĂM 2025'],
      ['TT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian hoàn thành'],
      [first, 'Nhóm nhiệm vụ nâng cao Chỉ số PAPI', '', '', ''],
      ['1.1', 'Tuyên truyền', 'Sở Nội vụ', '', 'Quý III/2025'],
      ['1.2', 'Công khai ngân sách', 'Sở Tài chính', '', 'Năm 2025'],
      [second, 'Nhóm nhiệm vụ nâng cao Chỉ số SIPAS', '', '', ''],
      ['2.1', 'Khảo sát sự hài lòng', 'Sở Nội vụ', '', 'Quý II/2025'],
    ]);

  it('are the parts, as roman ones are', () => {
    const numbered = plan('1.', '2.');
    expect(numbered.plan.tasks.map((t) => [t.index, t.number])).toEqual([
      ['PAPI', '1.1'],
      ['PAPI', '1.2'],
      ['SIPAS', '2.1'],
    ]);
    // Named after its index, so the task reads 'PAPI.1.2', not '1.1.2'.
    expect(numbered.plan.tasks.map((t) => t.id)).toEqual(['TASK:PAPI.1.1', 'TASK:PAPI.1.2', 'TASK:SIPAS.2.1']);
    expect(rules(numbered.findings).filter((x) => x.startsWith('import.'))).toEqual([]);
    expect(plan('I', 'II').plan.tasks.map((t) => [t.index, t.number])).toEqual(numbered.plan.tasks.map((t) => [t.index, t.number]));
  });

  it('a numbered heading naming the only index of a one-index plan stays a heading inside it', () => {
    const r = read([
      ['PHỤ LỤC I: NHIỆM VỤ NÂNG CAO CHỈ SỐ PAPI NĂM 2025'],
      ['TT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian hoàn thành'],
      ['1', 'Nâng cao Chỉ số PAPI ở cấp xã', '', '', ''],
      ['1.1', 'Tuyên truyền', 'Sở Nội vụ', '', 'Quý III/2025'],
      ['2', 'Công khai, minh bạch', '', '', ''],
      ['2.1', 'Công khai quy hoạch', 'Văn phòng UBND tỉnh', '', 'Tháng 6/2025'],
    ]);
    expect(r.plan.tasks.map((t) => [t.index, t.number, t.path.join('/')])).toEqual([
      ['PAPI', '1.1', 'PAPI/1'],
      ['PAPI', '2.1', 'PAPI/2'],
    ]);
  });

  it('a task before any part chiso recognises is skipped with words that do not say the plan has no parts', () => {
    const r = read([
      ['PHỤ LỤC I: NHIỆM VỤ'],
      ['TT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian hoàn thành'],
      ['1', 'Tuyên truyền', 'Sở Nội vụ', '', 'Quý III/2025'],
      ['A', 'CHỈ SỐ PAPI', '', '', ''],
      ['1', 'Công khai ngân sách', 'Sở Tài chính', '', 'Năm 2025'],
    ]);
    const outside = r.findings.find((f) => f.rule === 'import.row-outside-part')!;
    expect(findingAbout(outside.rule)).toBe('reader');
    for (const lang of ['vi', 'en'] as const) {
      const text = stringsFor(lang).finding(outside);
      expect(text).toContain('Tuyên truyền');
      expect(text).not.toMatch(/A\/B\/C/);
    }
    expect(stringsFor('vi').finding(outside)).toContain('chiso');
  });
});

describe('item 9: targets in words', () => {
  it.each([
    ['Trên 6,00', { kind: 'floor', value: 6 }],
    ['Từ 86,5% trở lên', { kind: 'floor', value: 86.5 }],
    ['Đạt điểm tối đa', { kind: 'max' }],
    ['Tăng 0,5 điểm', { kind: 'delta', value: 0.5 }],
    ['Nhóm trung bình cao', { kind: 'rank' }],
  ])('%s', (text, expected) => {
    expect(readTargetWords(text)).toMatchObject(expected);
  });

  it('keeps the words beside the number, and a rank as text with a finding', () => {
    const r = read([
      ['CHỈ SỐ PAPI'],
      ['STT', 'Chỉ số nội dung', 'Điểm tối đa', 'Kết quả năm 2024', 'Mục tiêu năm 2025', 'Cơ quan chủ trì'],
      ['1', 'A', 10, '5,2', 'Tăng 0,5 điểm', ''],
      ['2', 'B', 10, '5,2', 'Đạt điểm tối đa', ''],
      ['3', 'C', 10, '5,2', 'Nhóm trung bình cao', ''],
    ]);
    const papi = byCode(r.plan, 'PAPI');
    expect([papi.get('1')?.target, papi.get('1')?.targetText]).toEqual([5.7, 'Tăng 0,5 điểm']);
    expect(papi.get('2')?.target).toBe(10);
    expect([papi.get('3')?.target, papi.get('3')?.targetText]).toEqual([null, 'Nhóm trung bình cao']);
    expect(r.findings.find((f) => f.rule === 'import.target-rank')).toMatchObject({ id: 'PAPI:3', stated: 'Nhóm trung bình cao' });
  });
});

describe('items 10–11: agencies', () => {
  it('never splits an official name holding a comma or a dash', () => {
    expect(splitAgencies('Sở Văn hóa, Thể thao và Du lịch, Sở Nội vụ').map((a) => a.name)).toEqual(['Sở Văn hóa, Thể thao và Du lịch', 'Sở Nội vụ']);
    expect(splitAgencies('- Sở Lao động - Thương binh và Xã hội - Sở Y tế').map((a) => a.name)).toEqual(['Sở Lao động - Thương binh và Xã hội', 'Sở Y tế']);
    expect(splitAgencies('Đài Phát thanh - Truyền hình tỉnh; Báo tỉnh').map((a) => a.name)).toEqual(['Đài Phát thanh - Truyền hình tỉnh', 'Báo tỉnh']);
  });

  it("a blank lead cell takes the area's lead when the area row names one, else the row above's", () => {
    const r = read([
      ['CHỈ SỐ CCHC (PAR INDEX)'],
      ['STT', 'Tiêu chí', 'Điểm tối đa', 'Kết quả năm 2024', 'Mục tiêu năm 2025', 'Cơ quan chủ trì'],
      ['1', 'A', 3, 3, 3, 'Sở Nội vụ'],
      ['1.1', 'A1', 1, 1, 1, 'Văn phòng UBND tỉnh'],
      ['1.2', 'A2', 2, 2, 2, ''],
      ['2', 'B', 3, 3, 3, ''],
      ['2.1', 'B1', 1, 1, 1, 'Sở Tư pháp'],
      ['2.2', 'B2', 2, 2, 2, ''],
    ]);
    const par = byCode(r.plan, 'PAR');
    expect(par.get('1.2')?.lead).toEqual(['Sở Nội vụ']);
    expect(par.get('2.2')?.lead).toEqual(['Sở Tư pháp']);
  });
});

describe('never silent', () => {
  it('an unrecognised header is a reader warning naming its cells; the plan is not blamed', () => {
    const r = read([
      ['CHỈ SỐ CCHC (PAR INDEX)'],
      ['STT', 'Tiêu chí', 'Điểm tối đa', 'Kết quả năm 2024', 'Mục tiêu năm 2025', 'Cơ quan chủ trì'],
      ['1', 'A', 2, 2, 2, ''],
    ]);
    expect(r.ok).toBe(true);
    const withStray = html(
      '<p>PHỤ LỤC 2 CHỈ SỐ CCHC</p><table><tr><td>STT</td><td>Tiêu chí</td><td>Điểm tối đa</td><td>Kết quả năm 2024</td><td>Mục tiêu năm 2025</td></tr><tr><td>1</td><td>A</td><td>2</td><td>2</td><td>2</td></tr></table>' +
        '<p>Bảng 3</p><table><tr><td>STT</td><td>Tên đơn vị</td><td>Ghi chú</td></tr><tr><td>1</td><td>Sở Nội vụ</td><td>x</td></tr></table>',
    );
    const f = withStray.findings.find((x) => x.rule === 'import.table-unrecognised');
    expect(f).toMatchObject({ severity: 'warning', stated: 'STT | Tên đơn vị | Ghi chú' });
    expect(findingAbout(f!.rule)).toBe('reader');
    expect(withStray.tables.map((t) => t.kind)).toEqual(['criteria', 'unread']);
  });

  it('every column of a recognised table is mapped or reported as not read', () => {
    const r = read([
      ['CHỈ SỐ CCHC (PAR INDEX)'],
      ['STT', 'Tiêu chí', 'Điểm tối đa', 'Kết quả năm 2024', 'Mục tiêu năm 2025', 'Cơ quan chủ trì', 'Ghi chú', 'Cột lạ'],
      ['1', 'A', 2, 2, 2, '', 'x', 'y'],
    ]);
    const cols = r.tables[0]!.columns;
    expect(cols.filter((c) => c.role === null).map((c) => c.header)).toEqual(['Ghi chú', 'Cột lạ']);
    expect(r.findings.find((f) => f.rule === 'import.columns-ignored')?.stated).toBe('Ghi chú | Cột lạ');
  });

  it('a row the importer does not keep is not counted as read, and says so', () => {
    const r = read([['CHỈ SỐ CCHC (PAR INDEX)'], ['STT', 'Tiêu chí', 'Điểm tối đa', 'Kết quả năm 2024', 'Mục tiêu năm 2025'], ['1', 'A', 2, 2, 2], ['x)', 'B', 1, 1, 1]]);
    expect(r.tables[0]).toMatchObject({ rowsRead: 1, rowsSkipped: 1 });
    expect(r.findings.find((f) => f.rule === 'import.row-unrecognised')?.details['kept']).toBe(false);
  });

  it('reader findings and plan findings are told apart', () => {
    expect(findingAbout('import.number-unreadable')).toBe('reader');
    expect(findingAbout('sum.children')).toBe('plan');
    expect(findingAbout('bounds.target-above-max')).toBe('plan');
  });

  it('a captionless table repeating the header after a page break is the same appendix', () => {
    const head = '<tr><td>STT</td><td>Chỉ số nội dung</td><td>Điểm tối đa</td><td>Kết quả năm 2024</td><td>Mục tiêu năm 2025</td></tr>';
    const r = html(
      `<p>PHỤ LỤC 4: CHỈ SỐ PAPI</p><table>${head}<tr><td>1</td><td>A</td><td>10</td><td>5</td><td>6</td></tr></table><p>2</p>` +
        `<table>${head}<tr><td>2</td><td>B</td><td>10</td><td>5</td><td>6</td></tr></table>`,
    );
    expect(r.plan.criteria.map((c) => c.id)).toEqual(['PAPI:1', 'PAPI:2']);
    expect(rules(r.findings)).not.toContain('import.table-repeated');
  });
});

describe('a task header over two rows', () => {
  it("'Cơ quan thực hiện' over 'Chủ trì | Phối hợp' reads the lead and the coordinating agencies", () => {
    const r = html(`<p>PHỤ LỤC I</p><p>NHIỆM VỤ NÂNG CAO CHỈ SỐ PAPI NĂM 2025</p>
      <table>
        <tr><td rowspan="2">TT</td><td rowspan="2">Nhiệm vụ</td><td colspan="2">Cơ quan thực hiện</td><td rowspan="2">Thời gian hoàn thành</td></tr>
        <tr><td>Chủ trì</td><td>Phối hợp</td></tr>
        <tr><td>I</td><td>Tham gia của người dân</td><td></td><td></td><td></td></tr>
        <tr><td>1</td><td>Tuyên truyền</td><td>Sở Nội vụ</td><td>Báo Bắc Ninh; Công an tỉnh</td><td>Quý II/2025</td></tr>
      </table>`);
    expect(r.plan.tasks.map((t) => [t.lead, t.support])).toEqual([[['Sở Nội vụ'], ['Báo Bắc Ninh', 'Công an tỉnh']]]);
    expect(r.tables[0]!.columns.filter((c) => c.role === 'lead' || c.role === 'support').map((c) => [c.header, c.role])).toEqual([
      ['Cơ quan thực hiện / Chủ trì', 'lead'],
      ['Cơ quan thực hiện / Phối hợp', 'support'],
    ]);
  });

  it('one column naming both the lead and its partners is the lead', () => {
    expect(columnRole('Cơ quan chủ trì, phối hợp')).toBe('lead');
    expect(columnRole('Cơ quan phối hợp')).toBe('support');
    expect(columnRole('Đơn vị thực hiện / Phối hợp')).toBe('support');
    expect(columnRole('Trách nhiệm thực hiện / Chủ trì')).toBe('lead');
  });
});
