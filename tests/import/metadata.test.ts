import { importPlan } from '../../src/import';
import { htmlToGrid } from '../../src/import/html-source';
import { readMetadata } from '../../src/import/metadata';
import type { Finding } from '../../src/plan/schema';

/**
 * Published plans put their heading in a two-column layout table: the authority and the number on
 * the left, the national motto and the place and date on the right. That table is the heading,
 * not an appendix, and the plan's number, date and issuer come from it.
 */

const heading = (left: string, right: string) => `<table border="0" width="100%">
  <tr><td width="40%">${left}</td><td>${right}</td></tr>
</table>`;

const PL3 = `<p>PHỤ LỤC III</p><p>CÁC CHỈ TIÊU CẦN CẢI THIỆN TẠI CHỈ SỐ HÀI LÒNG - SIPAS</p>
<table border="1">
 <tr><th>STT</th><th>Lĩnh vực</th><th>Chỉ số hài lòng tối đa</th><th>Kết quả năm 2024</th><th>Mục tiêu năm 2025 (%)</th><th>Đơn vị chủ trì tham mưu, theo dõi</th></tr>
 <tr><td>1.</td><td>Trách nhiệm giải trình của chính quyền</td><td>100</td><td>86,32</td><td>88,00</td><td>Sở Tư pháp</td></tr>
</table>`;

function meta(lines: string[]) {
  const findings: Finding[] = [];
  return { meta: readMetadata(lines, [], findings), findings };
}

describe('the heading of an HTML plan', () => {
  const laiChau = `<html><body>
${heading('<p><b>UBND TỈNH LAI CHÂU</b></p><p>Số: 1331/KH-UBND</p>', '<p><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b></p><p>Độc lập - Tự do - Hạnh phúc</p><p><i>Lai Châu, ngày 15 tháng 5 năm 2024</i></p>')}
<p align="center"><b>KẾ HOẠCH</b></p><p align="center">Cải thiện, nâng cao Chỉ số SIPAS năm 2025</p>
${PL3}</body></html>`;

  it('is free text before the first appendix, column by column, not a table block', () => {
    const grid = htmlToGrid(laiChau);
    expect(grid.blocks).toHaveLength(1);
    expect(grid.preamble).toEqual([
      'UBND TỈNH LAI CHÂU',
      'Số: 1331/KH-UBND',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Lai Châu, ngày 15 tháng 5 năm 2024',
      'KẾ HOẠCH',
      'Cải thiện, nâng cao Chỉ số SIPAS năm 2025',
      'PHỤ LỤC III',
      'CÁC CHỈ TIÊU CẦN CẢI THIỆN TẠI CHỈ SỐ HÀI LÒNG - SIPAS',
    ]);
  });

  it('gives the number, date, title and issuer, each word once', () => {
    const r = importPlan({ kind: 'html', html: laiChau });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.plan.meta).toMatchObject({
      number: '1331/KH-UBND',
      date: '2024-05-15',
      issuer: 'Ủy ban nhân dân tỉnh Lai Châu',
      title: 'Cải thiện, nâng cao Chỉ số SIPAS năm 2025',
    });
    expect(r.findings.map((f) => f.rule)).not.toContain('meta.number-missing');
  });

  it('keeps a data table of three columns a table, even beside a heading', () => {
    const grid = htmlToGrid(`${heading('UBND TỈNH X<br>Số: 1/KH-UBND', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')}
      <table><tr><td>STT</td><td>Nội dung</td><td>Cơ quan chủ trì</td></tr><tr><td>1</td><td>Số: thủ tục</td><td>Sở Tư pháp</td></tr></table>`);
    expect(grid.blocks).toHaveLength(1);
    expect(grid.blocks[0]!.rows).toHaveLength(2);
    expect(grid.preamble).toEqual(['UBND TỈNH X', 'Số: 1/KH-UBND', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM']);
  });

  it('drops a signature table after the last appendix like any text there', () => {
    const grid = htmlToGrid(`${PL3}${heading('<b>Nơi nhận:</b><br>- Như trên;', 'TM. ỦY BAN NHÂN DÂN<br>CHỦ TỊCH')}`);
    expect(grid.blocks).toHaveLength(1);
  });
});

describe('the issuer', () => {
  it.each([
    [['UBND TỈNH LAI CHÂU', 'Lai Châu, ngày 15 tháng 5 năm 2024'], 'Ủy ban nhân dân tỉnh Lai Châu'],
    [['ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ', 'Cần Thơ, ngày 02 tháng 3 năm 2025'], 'Ủy ban nhân dân thành phố Cần Thơ'],
    [['ỦY BAN NHÂN DÂN', 'THÀNH PHỐ CẦN THƠ', 'Thành phố Cần Thơ, ngày 02 tháng 3 năm 2025'], 'Ủy ban nhân dân thành phố Cần Thơ'],
    [['ỦY BAN NHÂN DÂN', 'Thành phố Cần Thơ, ngày 02 tháng 3 năm 2025'], 'Ủy ban nhân dân thành phố Cần Thơ'],
    [['UBND TP. HỒ CHÍ MINH', 'TP. Hồ Chí Minh, ngày 02 tháng 3 năm 2025'], 'Ủy ban nhân dân thành phố Hồ Chí Minh'],
    [['UBND TỈNH BÀ RỊA - VŨNG TÀU'], 'Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu'],
    [['ỦY BAN NHÂN DÂN TỈNH NINH BÌNH Số: 12/KH-UBND'], 'Ủy ban nhân dân tỉnh Ninh Bình'],
    [['Uỷ ban nhân dân tỉnh Lai Châu'], 'Ủy ban nhân dân tỉnh Lai Châu'],
    [['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc Lai Châu, ngày 15 tháng 5 năm 2024', 'UBND TỈNH LAI CHÂU'], 'Ủy ban nhân dân tỉnh Lai Châu'],
  ])('%j → %s', (lines, issuer) => {
    expect(meta(lines).meta.issuer).toBe(issuer);
  });

  it('is absent rather than guessed when no line names an authority', () => {
    expect(meta(['KẾ HOẠCH', 'Hà Nội, ngày 09 tháng 06 năm 2025']).meta.issuer).toBeNull();
  });

  it('reads the place after the motto when a heading cell has no line breaks', () => {
    expect(meta(['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Lai Châu, ngày 15 tháng 5 năm 2024']).meta.date).toBe('2024-05-15');
  });
});
