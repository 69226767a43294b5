// Quảng Ngãi, SIPAS + PAPI, results 2024 -> targets 2025: the criteria appendices as a workbook
// with one sheet per index, written with exceljs (the way a workbook saved by Excel is laid out:
// shared strings, number formats, merged cells, formulas with cached results, a hidden sheet).
// Run alone:  node tests/corpus/build/docs/18-quangngai-sipas-papi-exceljs.mjs   (or build.mjs 18)
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ExcelJS from 'exceljs';
import { agencyList, checkFormulaSums, fitRows, lines, num, printed } from '../xlsx.mjs';

const PLAN_LINE = '(Kèm theo Kế hoạch số 98/KH-UBND ngày 27/5/2025 của UBND tỉnh Quảng Ngãi)';

// SIPAS sheet. STT | code | parent | name | 2023 | 2024 | target | lead | note — percentages as
// printed ('84,35%'); the workbook stores them as fractions (0.8435) formatted 0.00%.
// A target in words stays text in the cell.
const SIPAS = `
 | total | null | Chỉ số hài lòng chung | 83,16% | 85,40% | Trên 86,5% | Sở Nội vụ |
I | I | total | Xây dựng, tổ chức thực hiện chính sách | 82,74% | 84,62% | 86,00% | Sở Nội vụ |
1 | 1 | I | Trách nhiệm giải trình của chính quyền | 82,51% | 84,35% | 85,80% | Sở Tư pháp |
2 | 2 | I | Sự tham gia vào quá trình xây dựng, tổ chức thực hiện chính sách | 81,67% | 83,48% | 85,50% | Sở Tư pháp | Thấp nhất trong 9 chỉ số thành phần
3 | 3 | I | Chất lượng tổ chức thực hiện chính sách | 83,10% | 85,02% | 86,20% | Sở Tài chính; Sở Y tế; Sở Giáo dục và Đào tạo; Công an tỉnh; Sở Xây dựng; Sở Công Thương |
4 | 4 | I | Kết quả, tác động của chính sách | 83,68% | 85,63% | 86,50% | Sở Tài chính |
II | II | total | Việc cung ứng dịch vụ hành chính công | 83,58% | 86,18% | 87,00% | Trung tâm Phục vụ hành chính công tỉnh |
5 | 5 | II | Tiếp cận dịch vụ | 84,05% | 86,74% | 87,50% | Trung tâm Phục vụ hành chính công tỉnh |
6 | 6 | II | Thủ tục hành chính | 83,22% | 85,91% | 87,00% | Văn phòng UBND tỉnh |
7 | 7 | II | Công chức trực tiếp giải quyết công việc | 83,95% | 86,52% | 87,20% | Sở Nội vụ |
8 | 8 | II | Kết quả dịch vụ | 83,87% | 86,41% | 86,00% | Trung tâm Phục vụ hành chính công tỉnh |
9 | 9 | II | Việc tiếp nhận, xử lý phản ánh, kiến nghị | 82,81% | 85,36% | 86,80% | Văn phòng UBND tỉnh | Số PAKN trả lời đúng hạn còn thấp
`;

// PAPI sheet. group label (merged down its rows) | code | parent | name | max | 2023 | 2024 |
// target | lead | note. '=' marks a SUM formula whose cached result is written after it.
const PAPI = `
 | total | null | CHỈ SỐ PAPI TỔNG HỢP | 80 | 40,4891 | 43,0691 | =44,84 | Sở Nội vụ |
Khía cạnh 1 | 1 | total | Tham gia của người dân ở cấp cơ sở | 10 | 4,7072 | 4,7687 | =5,00 | Sở Nội vụ |
 | 1.1 | 1 | Tri thức công dân | 2,5 | 0,9821 | 0,9907 | 1,05 | Sở Tư pháp |
 | 1.2 | 1 | Cơ hội tham gia | 2,5 | 1,2734 | 1,2865 | 1,35 | Sở Nội vụ |
 | 1.3 | 1 | Chất lượng bầu cử | 2,5 | 1,6230 | 1,6318 | 1,70 | Sở Nội vụ |
 | 1.4 | 1 | Đóng góp tự nguyện | 2,5 | 0,8287 | 0,8597 | 0,90 | Sở Tài chính | Thấp hơn trung bình cả nước
Khía cạnh 2 | 2 | total | Công khai, minh bạch trong việc ra quyết định | 10 | 4,9118 | 5,4296 | =5,70 | Sở Tài chính |
 | 2.1 | 2 | Tiếp cận thông tin | 2,5 | 0,8712 | 0,9524 | 1,00 | Sở Văn hóa, Thể thao và Du lịch | Thấp hơn trung bình cả nước
 | 2.2 | 2 | Công khai danh sách hộ nghèo, hộ cận nghèo | 2,5 | 1,3854 | 1,5120 | 1,55 | Sở Nông nghiệp và Môi trường |
 | 2.3 | 2 | Công khai thu chi ngân sách cấp xã | 2,5 | 1,2031 | 1,3318 | 1,40 | Sở Tài chính |
 | 2.4 | 2 | Công khai kế hoạch sử dụng đất, bảng giá đất | 2,5 | 1,4521 | 1,6334 | 1,75 | Sở Nông nghiệp và Môi trường |
Khía cạnh 3 | 3 | total | Trách nhiệm giải trình với người dân | 10 | 4,0592 | 4,3897 | =4,55 | Thanh tra tỉnh |
 | 3.1 | 3 | Mức độ và hiệu quả trong tiếp xúc với chính quyền | 3,33 | 1,4023 | 1,5206 | 1,58 | UBND các huyện, thị xã, thành phố |
 | 3.2 | 3 | Giải đáp khiếu nại, tố cáo, khúc mắc của người dân | 3,33 | 1,2958 | 1,3870 | 1,45 | Thanh tra tỉnh |
 | 3.3 | 3 | Tiếp cận dịch vụ tư pháp | 3,33 | 1,3611 | 1,4821 | 1,52 | Sở Tư pháp |
Khía cạnh 4 | 4 | total | Kiểm soát tham nhũng trong khu vực công | 10 | 5,8563 | 7,0025 | =7,22 | Thanh tra tỉnh |
 | 4.1 | 4 | Kiểm soát tham nhũng trong chính quyền | 2,5 | 1,3518 | 1,7322 | 1,80 | Thanh tra tỉnh |
 | 4.2 | 4 | Kiểm soát tham nhũng trong cung ứng dịch vụ công | 2,5 | 1,6247 | 1,8835 | 1,92 | Sở Y tế; Sở Giáo dục và Đào tạo |
 | 4.3 | 4 | Công bằng trong tuyển dụng vào khu vực nhà nước | 2,5 | 1,1029 | 1,4210 | 1,50 | Sở Nội vụ | Thấp hơn trung bình cả nước
 | 4.4 | 4 | Quyết tâm phòng, chống tham nhũng | 2,5 | 1,7769 | 1,9658 | 2,00 | Thanh tra tỉnh |
Khía cạnh 5 | 5 | total | Thủ tục hành chính công | 10 | 7,2627 | 7,1184 | =7,40 | Văn phòng UBND tỉnh | Giảm so với năm 2023
 | 5.1 | 5 | Dịch vụ chứng thực, xác nhận | 3,33 | 2,5120 | 2,4862 | 2,55 | Sở Tư pháp |
 | 5.2 | 5 | Thủ tục cấp giấy chứng nhận quyền sử dụng đất | 3,33 | 2,1934 | 2,1107 | 2,25 | Sở Nông nghiệp và Môi trường |
 | 5.3 | 5 | Thủ tục hành chính cấp xã | 3,33 | 2,5573 | 2,5215 | 2,60 | UBND các huyện, thị xã, thành phố |
Khía cạnh 6 | 6 | total | Cung ứng dịch vụ công | 10 | 7,4281 | 7,6100 | =7,77 | Sở Y tế |
 | 6.1 | 6 | Y tế công lập | 2,5 | 1,8412 | 1,8865 | 1,92 | Sở Y tế |
 | 6.2 | 6 | Giáo dục tiểu học công lập | 2,5 | 1,7936 | 1,8420 | 1,88 | Sở Giáo dục và Đào tạo |
 | 6.3 | 6 | Cơ sở hạ tầng căn bản | 2,5 | 1,9520 | 1,9981 | 2,05 | Sở Xây dựng |
 | 6.4 | 6 | An ninh, trật tự khu dân cư | 2,5 | 1,8413 | 1,8834 | 1,92 | Công an tỉnh |
Khía cạnh 7 | 7 | total | Quản trị môi trường | 10 | 3,3853 | 3,7341 | =3,95 | Sở Nông nghiệp và Môi trường |
 | 7.1 | 7 | Nghiêm túc trong bảo vệ môi trường | 3,33 | 0,9214 | 1,0535 | 1,15 | Sở Nông nghiệp và Môi trường |
 | 7.2 | 7 | Chất lượng không khí | 3,33 | 1,5208 | 1,6120 | 1,65 | Sở Nông nghiệp và Môi trường |
 | 7.3 | 7 | Chất lượng nước | 3,33 | 0,9431 | 1,0686 | 1,15 | Sở Nông nghiệp và Môi trường |
Khía cạnh 8 | 8 | total | Quản trị điện tử | 10 | 2,8784 | 3,0160 | =3,25 | Sở Khoa học và Công nghệ |
 | 8.1 | 8 | Sử dụng cổng thông tin điện tử của chính quyền | 3,33 | 0,4109 | 0,4523 | 0,55 | Văn phòng UBND tỉnh | Thấp hơn trung bình cả nước
 | 8.2 | 8 | Tiếp cận và sử dụng Internet | 3,33 | 2,0112 | 2,0961 | 2,15 | Sở Khoa học và Công nghệ |
 | 8.3 | 8 | Phúc đáp của chính quyền qua cổng thông tin điện tử | 3,33 | 0,4563 | 0,4676 | 0,55 | Văn phòng UBND tỉnh |
`;

// The hidden helper sheet: the lists the lead column's drop-down reads.
const AGENCIES = [
  'Sở Nội vụ',
  'Sở Tư pháp',
  'Sở Tài chính',
  'Sở Y tế',
  'Sở Giáo dục và Đào tạo',
  'Sở Xây dựng',
  'Sở Công Thương',
  'Sở Nông nghiệp và Môi trường',
  'Sở Khoa học và Công nghệ',
  'Sở Văn hóa, Thể thao và Du lịch',
  'Văn phòng UBND tỉnh',
  'Thanh tra tỉnh',
  'Công an tỉnh',
  'Trung tâm Phục vụ hành chính công tỉnh',
  'UBND các huyện, thị xã, thành phố',
];
const NOTES_LIST = ['Thấp hơn trung bình cả nước', 'Giảm so với năm 2023', 'Duy trì', 'Ưu tiên cải thiện'];

const spec = {
  dir: '18-quangngai-sipas-papi-2025',
  format: 'xlsx',
  source: 'source.xlsx',
  description:
    'SIPAS and PAPI appendices as an Excel workbook with one sheet per index: SIPAS percentages stored as fractions formatted 0.00%, a SIPAS target in words, PAPI to four decimals with Khía cạnh N merged down each dimension group, Tăng/giảm formula columns and Ghi chú, a hidden list sheet feeding the lead drop-down',
  plan: { number: '98/KH-UBND', issuer: 'UBND tỉnh Quảng Ngãi', resultYear: 2024, targetYear: 2025 },
  planted: [{ kind: 'target-below-result', index: 'SIPAS', code: '8', field: 'target' }],
  mustReport: [],
  write,
  notes: `
# 18 — Quảng Ngãi, SIPAS + PAPI 2024 → 2025 (.xlsx written with exceljs)

The criteria appendices as a province keeps them in Excel: one sheet per index, no task table
(the plan's tasks are in its text, not in this workbook). Written with exceljs, laid out as an
Excel user would: shared strings, real numeric cells with number formats, merged cells, formulas
with cached results, frozen header rows, print titles, a drop-down on the lead column fed from a
hidden sheet.

Varies:
- Sheets \`SIPAS\`, \`PAPI\`, and \`DanhMuc\` — HIDDEN, holding the lists (agencies, notes) that the
  lead and note columns' drop-downs use; it is not a table of the plan.
- Each sheet: three title rows merged across the table (\`Phụ lục 01\` / \`Phụ lục 02\`, the title,
  \`(Kèm theo Kế hoạch số 98/KH-UBND ngày 27/5/2025 của UBND tỉnh Quảng Ngãi)\`) — the only place
  the plan's number, date and issuer are written.
- SIPAS (\`Phụ lục 01\`): one-row header \`STT | Nội dung | Kết quả năm 2023 | Kết quả năm 2024 |
  Tăng/giảm | Mục tiêu năm 2025 | Cơ quan chủ trì | Ghi chú\`; no max column (100). Every
  percentage is stored as a FRACTION with the format \`0.00%\` (84,35% is the number 0.8435 in the
  cell); the key gives 84.35 as the other SIPAS keys do. Total first (\`Chỉ số hài lòng chung\`,
  empty STT), groups I, II over components 1–9 numbered across groups. The overall figure is the
  mean of the two groups in both years (83,16; 85,40) and in the target (86,5).
- The total's target is TEXT in the percentage column: \`Trên 86,5%\` (86,5).
- \`Tăng/giảm\` is a formula column (\`=D-C\`, format \`+0.00%\`) — a difference, not a result.
- \`Ghi chú\` holds words on a few rows (not targets).
- Component 3's lead cell lists six agencies separated by \`; \`.
- PAPI (\`Phụ lục 02\`): two-row header — \`Khía cạnh\`, \`Nội dung\`, \`Điểm tối đa\`, \`Tăng/giảm\`,
  \`Mục tiêu năm 2025\`, \`Cơ quan chủ trì\`, \`Ghi chú\` merged down two rows, \`Điểm đạt được\` merged
  across \`Năm 2023 | Năm 2024\`. Scores to 4 decimals (format \`0.0000\`), targets \`0.00\`.
- The first column is a label MERGED DOWN each dimension's group of rows: \`Khía cạnh 1\` over five
  rows (the dimension's own row, its name in bold in column B, then its four sub-dimensions),
  \`Khía cạnh 3\` over four rows, and so on. Sub-dimensions carry no number of their own: their codes
  (1.1 … 8.3) are their national positions under the merged label. The total row \`CHỈ SỐ PAPI TỔNG
  HỢP\` is first, merged across A:B.
- All eight dimensions with all 29 sub-dimensions; each dimension's target cell is a SUM formula of
  its sub-dimensions' targets and the total's target a sum of the dimension cells (cached values
  stored); results are typed.
- Sub-dimension 4.2's lead holds two agencies (\`Sở Y tế; Sở Giáo dục và Đào tạo\`) although the
  drop-down offers one (the validation only warns).

Planted:
- SIPAS component 8 (\`Kết quả dịch vụ\`): target 86,00% below its 2024 result 86,41%.

Figures: PAPI dimension and total scores 2023–2024 are Quảng Ngãi's published scores
(tunah72/papi-dashboard, agg_province_year.csv, rounded to 4 decimals; the dimensions add up to
40,4890 and 43,0690 against the published 40,4891 and 43,0691). Sub-dimension scores are
constructed so that they add up to the published dimension scores; every target, every SIPAS
figure and every agency is constructed.
`,
};
export default spec;

/** '84,35%' -> the fraction Excel keeps (0.8435), as the nearest double to the decimal. */
const fraction = (s) => Number((num(s) / 100).toFixed(8));

const thin = { style: 'thin', color: { argb: 'FF000000' } };
const box = { top: thin, left: thin, bottom: thin, right: thin };
const font = (o = {}) => ({ name: 'Times New Roman', size: 12, ...o });

function titles(ws, lastCol, caption, title) {
  const rows = [
    [caption, font({ bold: true, size: 13 })],
    [title, font({ bold: true, size: 13 })],
    [PLAN_LINE, font({ italic: true })],
  ];
  rows.forEach(([text, f], i) => {
    const r = i + 1;
    ws.mergeCells(`A${r}:${lastCol}${r}`);
    const c = ws.getCell(`A${r}`);
    c.value = text;
    c.font = f;
    c.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    ws.getRow(r).height = i === 1 ? 36 : 20;
  });
}

function style(cell, { bold = false, align = 'left', fmt = null, italic = false } = {}) {
  cell.font = font({ bold, italic });
  cell.border = box;
  cell.alignment = { horizontal: align, vertical: 'middle', wrapText: true };
  if (fmt) cell.numFmt = fmt;
}

function sipasSheet(wb) {
  const ws = wb.addWorksheet('SIPAS', {
    views: [{ state: 'frozen', ySplit: 5, topLeftCell: 'A6', activeCell: 'A6' }],
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '5:5', margins: { left: 0.5, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 } },
    headerFooter: { oddFooter: '&C&"Times New Roman"Trang &P/&N' },
  });
  ws.columns = [6, 46, 12, 12, 11, 13, 30, 24].map((width) => ({ width }));
  titles(ws, 'H', 'Phụ lục 01', 'CHỈ TIÊU NÂNG CAO CHỈ SỐ HÀI LÒNG CỦA NGƯỜI DÂN, TỔ CHỨC ĐỐI VỚI SỰ PHỤC VỤ CỦA CƠ QUAN HÀNH CHÍNH NHÀ NƯỚC (SIPAS) NĂM 2025');
  const head = ['STT', 'Nội dung', 'Kết quả năm 2023', 'Kết quả năm 2024', 'Tăng/giảm', 'Mục tiêu năm 2025', 'Cơ quan chủ trì', 'Ghi chú'];
  const hr = ws.getRow(5);
  head.forEach((h, i) => {
    hr.getCell(i + 1).value = h;
    style(hr.getCell(i + 1), { bold: true, align: 'center' });
  });
  hr.height = 34;
  const rows = lines(SIPAS).map(([lbl, code, parent, name, y2023, y2024, target, lead, note]) => ({ lbl, code, parent: parent === 'null' ? null : parent, name, y2023, y2024, target, lead, note }));
  rows.forEach((r, i) => {
    const n = 6 + i;
    const row = ws.getRow(n);
    const bold = r.code === 'total' || r.parent === 'total';
    row.getCell(1).value = r.lbl || null;
    row.getCell(2).value = r.name;
    row.getCell(3).value = fraction(r.y2023);
    row.getCell(4).value = fraction(r.y2024);
    row.getCell(5).value = { formula: `D${n}-C${n}`, result: fraction(r.y2024) - fraction(r.y2023) };
    row.getCell(6).value = /^\d/.test(r.target) ? fraction(r.target) : r.target;
    row.getCell(7).value = r.lead;
    row.getCell(8).value = r.note || null;
    style(row.getCell(1), { bold, align: 'center' });
    style(row.getCell(2), { bold });
    style(row.getCell(3), { bold, align: 'center', fmt: '0.00%' });
    style(row.getCell(4), { bold, align: 'center', fmt: '0.00%' });
    style(row.getCell(5), { italic: true, align: 'center', fmt: '+0.00%;-0.00%;0.00%' });
    style(row.getCell(6), { bold, align: 'center', fmt: '0.00%' });
    style(row.getCell(7), {});
    style(row.getCell(8), { italic: true });
  });
  const last = 5 + rows.length;
  fitRows(ws, 6, last);
  ws.dataValidations.add(`G6:G${last}`, { type: 'list', allowBlank: true, formulae: ['DanhMuc!$A$2:$A$16'], showErrorMessage: true, errorStyle: 'warning', errorTitle: 'Cơ quan chủ trì', error: 'Chọn cơ quan trong danh mục' });
  ws.dataValidations.add(`H6:H${last}`, { type: 'list', allowBlank: true, formulae: ['DanhMuc!$C$2:$C$5'], showErrorMessage: true, errorStyle: 'information' });
  return rows.map((r) => ({
    index: 'SIPAS',
    code: r.code,
    parent: r.parent,
    name: r.name,
    max: 100,
    result: num(r.y2024),
    target: /^\d/.test(r.target) ? num(r.target) : num(r.target.match(/[\d,]+%?$/)[0]),
    targetText: /^\d/.test(r.target) ? null : r.target,
    lead: agencyList(r.lead),
  }));
}

function papiSheet(wb) {
  const ws = wb.addWorksheet('PAPI', {
    views: [{ state: 'frozen', ySplit: 6, topLeftCell: 'A7', activeCell: 'A7' }],
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '5:6', margins: { left: 0.5, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 } },
    headerFooter: { oddFooter: '&C&"Times New Roman"Trang &P/&N' },
  });
  ws.columns = [12, 44, 9, 11, 11, 10, 12, 30, 24].map((width) => ({ width }));
  titles(ws, 'I', 'Phụ lục 02', 'CHỈ TIÊU CẢI THIỆN CHỈ SỐ HIỆU QUẢ QUẢN TRỊ VÀ HÀNH CHÍNH CÔNG CẤP TỈNH (PAPI) NĂM 2025');
  // Two-row header.
  const merges = ['A5:A6', 'B5:B6', 'C5:C6', 'D5:E5', 'F5:F6', 'G5:G6', 'H5:H6', 'I5:I6'];
  const texts = { A5: 'Khía cạnh', B5: 'Nội dung', C5: 'Điểm tối đa', D5: 'Điểm đạt được', D6: 'Năm 2023', E6: 'Năm 2024', F5: 'Tăng/giảm', G5: 'Mục tiêu năm 2025', H5: 'Cơ quan chủ trì', I5: 'Ghi chú' };
  for (const m of merges) ws.mergeCells(m);
  for (const r of [5, 6]) for (const c of 'ABCDEFGHI') style(ws.getCell(`${c}${r}`), { bold: true, align: 'center' });
  for (const [a, t] of Object.entries(texts)) ws.getCell(a).value = t;
  ws.getRow(5).height = 22;
  ws.getRow(6).height = 22;

  const rows = lines(PAPI).map(([group, code, parent, name, max, y2023, y2024, target, lead, note]) => ({
    group,
    code,
    parent: parent === 'null' ? null : parent,
    name,
    cells: { max: printed(max), y2023: printed(y2023), y2024: printed(y2024), target: printed(target) },
    lead,
    note,
  }));
  checkFormulaSums(rows, ['target']);
  const first = 7;
  const rowOf = new Map(rows.map((r, i) => [r.code, first + i]));
  rows.forEach((r, i) => {
    const n = first + i;
    const row = ws.getRow(n);
    const isDim = r.parent === 'total';
    const bold = isDim || r.code === 'total';
    if (r.code === 'total') {
      style(row.getCell(2), { bold: true });
      ws.mergeCells(`A${n}:B${n}`);
      row.getCell(1).value = r.name;
      style(row.getCell(1), { bold: true, align: 'center' });
    } else {
      if (r.group) {
        const size = rows.filter((k) => k.parent === r.code).length + 1;
        ws.mergeCells(`A${n}:A${n + size - 1}`);
        row.getCell(1).value = r.group;
      }
      style(row.getCell(1), { bold: true, align: 'center' });
      row.getCell(2).value = r.name;
      style(row.getCell(2), { bold });
      if (!isDim) row.getCell(2).alignment = { ...row.getCell(2).alignment, indent: 1 };
    }
    row.getCell(3).value = r.cells.max.value;
    row.getCell(4).value = r.cells.y2023.value;
    row.getCell(5).value = r.cells.y2024.value;
    row.getCell(6).value = { formula: `E${n}-D${n}`, result: r.cells.y2024.value - r.cells.y2023.value };
    const t = r.cells.target;
    if (t.formula) {
      const kids = rows.filter((k) => k.parent === r.code).map((k) => rowOf.get(k.code));
      const contiguous = kids.every((x, j) => j === 0 || x === kids[j - 1] + 1);
      row.getCell(7).value = { formula: contiguous ? `SUM(G${kids[0]}:G${kids[kids.length - 1]})` : kids.map((x) => `G${x}`).join('+'), result: t.value };
    } else row.getCell(7).value = t.value;
    row.getCell(8).value = r.lead;
    row.getCell(9).value = r.note || null;
    style(row.getCell(3), { bold, align: 'center', fmt: 'General' });
    style(row.getCell(4), { bold, align: 'center', fmt: '0.0000' });
    style(row.getCell(5), { bold, align: 'center', fmt: '0.0000' });
    style(row.getCell(6), { italic: true, align: 'center', fmt: '+0.0000;-0.0000;0.0000' });
    style(row.getCell(7), { bold, align: 'center', fmt: '0.00' });
    style(row.getCell(8), { bold: false });
    style(row.getCell(9), { italic: true });
  });
  const last = first + rows.length - 1;
  fitRows(ws, first, last, (_r, col) => col === 1);
  ws.dataValidations.add(`H7:H${last}`, { type: 'list', allowBlank: true, formulae: ['DanhMuc!$A$2:$A$16'], showErrorMessage: true, errorStyle: 'warning', errorTitle: 'Cơ quan chủ trì', error: 'Chọn cơ quan trong danh mục' });
  ws.dataValidations.add(`I7:I${last}`, { type: 'list', allowBlank: true, formulae: ['DanhMuc!$C$2:$C$5'], showErrorMessage: true, errorStyle: 'information' });
  return rows.map((r) => ({
    index: 'PAPI',
    code: r.code,
    parent: r.parent,
    name: r.name,
    max: r.cells.max.value,
    result: r.cells.y2024.value,
    target: r.cells.target.value,
    targetText: null,
    lead: agencyList(r.lead),
  }));
}

function listSheet(wb) {
  const ws = wb.addWorksheet('DanhMuc', { state: 'hidden' });
  ws.columns = [{ width: 40 }, { width: 4 }, { width: 32 }];
  ws.getCell('A1').value = 'Cơ quan chủ trì';
  ws.getCell('C1').value = 'Ghi chú';
  AGENCIES.forEach((a, i) => {
    ws.getCell(`A${i + 2}`).value = a;
  });
  NOTES_LIST.forEach((a, i) => {
    ws.getCell(`C${i + 2}`).value = a;
  });
}

async function write(dir) {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Phòng CCHC - Sở Nội vụ';
  wb.lastModifiedBy = 'Phòng CCHC - Sở Nội vụ';
  wb.created = new Date('2025-05-22T08:15:00Z');
  wb.modified = new Date('2025-05-27T02:40:00Z');
  const sipas = sipasSheet(wb);
  const papi = papiSheet(wb);
  listSheet(wb);
  await wb.xlsx.writeFile(join(dir, 'source.xlsx'));
  const criteriaAll = [...sipas, ...papi];
  const key = {
    description: spec.description,
    source: spec.source,
    plan: spec.plan,
    tables: [
      { caption: 'Phụ lục 01', kind: 'SIPAS' },
      { caption: 'Phụ lục 02', kind: 'PAPI' },
    ],
    criteria: criteriaAll,
    tasks: [],
    planted: spec.planted,
    mustReport: spec.mustReport,
  };
  return { key, criteriaAll };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const dir = fileURLToPath(new URL(`../../${spec.dir}/`, import.meta.url));
  mkdirSync(dir, { recursive: true });
  await write(dir);
  console.log(`wrote ${dir}source.xlsx (run build.mjs 18 for the key and notes)`);
}
