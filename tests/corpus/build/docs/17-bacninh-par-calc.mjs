// Bắc Ninh, PAR INDEX, results 2024 -> targets 2025: the appendices as the Sở Nội vụ keeps them in
// LibreOffice Calc. Written here as a flat ODF spreadsheet (.fods) and saved as .xlsx by
// LibreOffice itself (soffice --convert-to xlsx), so the workbook is LibreOffice's own: its styles,
// merged cells, number formats and the cached values of its SUM formulas.
// Run alone:  node tests/corpus/build/docs/17-bacninh-par-calc.mjs   (or through build.mjs 17)
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { agencyList, cellText, checkFormulaSums, lines, printed, soffice } from '../xlsx.mjs';

const PLAN_LINE = '(Kèm theo Kế hoạch số 87/KH-UBND ngày 16/5/2025 của UBND tỉnh Bắc Ninh)';

// Sheet 1. number | task | lead | support | deadline, exactly as typed in the cells
// (' // ' = Alt+Enter inside the cell; '; ' between agencies typed on one line).
const TASKS = `
1 | Ban hành Kế hoạch khắc phục các tiêu chí, tiêu chí thành phần bị trừ điểm trong Chỉ số CCHC năm 2024 | Sở Nội vụ | Các sở, ban, ngành; UBND các huyện, thị xã, thành phố | Tháng 6/2025
2 | Kiểm tra đột xuất việc chấp hành kỷ luật, kỷ cương hành chính tại Bộ phận Một cửa các cấp | Sở Nội vụ // Văn phòng UBND tỉnh | UBND các huyện, thị xã, thành phố | Quý III/2025
3 | Tổ chức Hội nghị đối thoại giữa Chủ tịch UBND tỉnh với doanh nghiệp, người dân | Văn phòng UBND tỉnh | Sở Tài chính; Hiệp hội Doanh nghiệp tỉnh | Quý IV/2025
4 | Rà soát, xử lý văn bản quy phạm pháp luật do HĐND, UBND tỉnh ban hành không còn phù hợp sau sắp xếp bộ máy | Sở Tư pháp | Các sở, ban, ngành | Thường xuyên
5 | Công khai tiến độ, kết quả giải quyết hồ sơ trên Hệ thống thông tin giải quyết TTHC tỉnh; xin lỗi tổ chức, cá nhân khi trễ hạn | Trung tâm Phục vụ hành chính công tỉnh | UBND các huyện, thị xã, thành phố | Thường xuyên
6 | Sắp xếp, giảm đầu mối đơn vị sự nghiệp công lập; tăng số đơn vị tự bảo đảm chi thường xuyên | Sở Nội vụ | Sở Tài chính | Tháng 10/2025
7 | Thi tuyển chức danh lãnh đạo cấp phòng; công khai kết quả tuyển dụng, bổ nhiệm | Sở Nội vụ | Các sở, ban, ngành | Năm 2025
8 | Đẩy nhanh giải ngân vốn đầu tư công; thực hiện dứt điểm kiến nghị sau thanh tra, kiểm toán | Sở Tài chính | Các chủ đầu tư // Kho bạc Nhà nước khu vực I | Trước 31/01/2026
9 | Nâng tỷ lệ hồ sơ trực tuyến toàn trình và thanh toán trực tuyến phí, lệ phí | Sở Khoa học và Công nghệ | Trung tâm Phục vụ hành chính công tỉnh; UBND các huyện, thị xã, thành phố | Tháng 11/2025
10 | Khảo sát sự hài lòng của người dân tại Bộ phận Một cửa các cấp, công khai kết quả | Sở Nội vụ | Sở Văn hóa, Thể thao và Du lịch | Quý III/2025
`;

// Sheet 2. label | code | parent | name | max | 2023 | 2024 | target 2025 | lead.
// '=' marks a SUM formula (the value after it is the cached result, written by hand and checked
// against the children); a plain number is typed. Area V's 2024 figure is typed, and wrong.
const PAR = `
I | 1 | total | CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CẢI CÁCH HÀNH CHÍNH | =9,5 | =8,55 | =8,55 | =9,25 | Sở Nội vụ
1.1 | 1.1 | 1 | Thực hiện Kế hoạch CCHC | 1,5 | 1,5 | 1,5 | 1,5 | Sở Nội vụ
1.2 | 1.2 | 1 | Thực hiện chế độ báo cáo CCHC định kỳ | 0,5 | 0,5 | 0,5 | 0,5 | Sở Nội vụ
1.3 | 1.3 | 1 | Kiểm tra CCHC | 2 | 1,75 | 1,9 | 2 | Sở Nội vụ
1.4 | 1.4 | 1 | Công tác tuyên truyền CCHC | 1 | 1 | 1 | 1 | Sở Nội vụ
1.5 | 1.5 | 1 | Sáng kiến hoặc giải pháp mới trong cải cách hành chính | 2 | 1,5 | 1,25 | 1,75 | Sở Nội vụ
1.6 | 1.6 | 1 | Đối thoại của lãnh đạo tỉnh với người dân và doanh nghiệp | 1 | 1 | 1 | 1 | Văn phòng UBND tỉnh
1.7 | 1.7 | 1 | Thực hiện các nhiệm vụ được Chính phủ, Thủ tướng Chính phủ giao | 1,5 | 1,3 | 1,4 | 1,5 | Văn phòng UBND tỉnh
II | 2 | total | CẢI CÁCH THỂ CHẾ | =10 | =9,17 | =9,51 | =9,6 | Sở Tư pháp
2.1 | 2.1 | 2 | Theo dõi thi hành pháp luật | 3 | 2,75 | 3 | 3 | Sở Tư pháp
2.2 | 2.2 | 2 | Rà soát văn bản quy phạm pháp luật | 1,5 | 1,5 | 1,5 | 1,5 | Sở Tư pháp
2.3 | 2.3 | 2 | Xử lý văn bản trái pháp luật do cơ quan có thẩm quyền kiểm tra kiến nghị | 1,5 | 1,5 | 1,5 | 1,5 | Sở Tư pháp
2.4 | 2.4 | 2 | Tác động của cải cách đến chất lượng văn bản quy phạm pháp luật (VBQPPL) do tỉnh ban hành | 4 | 3,42 | 3,51 | 3,6 | Sở Tư pháp
III | 3 | total | CẢI CÁCH THỦ TỤC HÀNH CHÍNH | =13 | =11,65 | =12,55 | =12,9 | Văn phòng UBND tỉnh
3.1 | 3.1 | 3 | Kiểm soát quy định thủ tục hành chính (TTHC) | 1 | 1 | 1 | 1 | Văn phòng UBND tỉnh
3.2 | 3.2 | 3 | Công bố, công khai TTHC và kết quả giải quyết hồ sơ | 3 | 2,75 | 3 | 3 | Văn phòng UBND tỉnh
3.3 | 3.3 | 3 | Thực hiện cơ chế một cửa, cơ chế một cửa liên thông | 3 | 2,5 | 2,75 | 3 | Trung tâm Phục vụ hành chính công tỉnh
3.4 | 3.4 | 3 | Kết quả giải quyết hồ sơ TTHC | 5 | 4,65 | 4,8 | 4,9 | Trung tâm Phục vụ hành chính công tỉnh
3.5 | 3.5 | 3 | Tiếp nhận, xử lý phản ánh, kiến nghị (PAKN) của cá nhân, tổ chức đối với TTHC thuộc thẩm quyền giải quyết của tỉnh | 1 | 0,75 | 1 | 1 | Văn phòng UBND tỉnh
IV | 4 | total | CẢI CÁCH TỔ CHỨC BỘ MÁY HÀNH CHÍNH | =10,5 | =9,49 | =9,72 | =10 | Sở Nội vụ
4.1 | 4.1 | 4 | Sắp xếp, kiện toàn tổ chức bộ máy các cơ quan, đơn vị | 6,5 | 5,78 | 5,92 | 6,1 | Sở Nội vụ
4.2 | 4.2 | 4 | Thực hiện các quy định về quản lý biên chế | 1 | 1 | 1 | 1 | Sở Nội vụ
4.3 | 4.3 | 4 | Thực hiện phân cấp quản lý | 3 | 2,71 | 2,8 | 2,9 | Sở Nội vụ
V | 5 | total | CẢI CÁCH CHẾ ĐỘ CÔNG VỤ | =15 | =13,54 | 13,74 | =14,3 | Sở Nội vụ
5.1 | 5.1 | 5 | Thực hiện cơ cấu công chức, viên chức theo vị trí việc làm | 1,75 | 1,75 | 1,75 | 1,75 | Sở Nội vụ
5.2 | 5.2 | 5 | Tuyển dụng công chức, viên chức | 2,5 | 2,28 | 2,32 | 2,4 | Sở Nội vụ
5.3 | 5.3 | 5 | Bổ nhiệm các chức danh lãnh đạo, quản lý | 2,75 | 2,52 | 2,55 | 2,6 | Sở Nội vụ
5.4 | 5.4 | 5 | Chấp hành kỷ luật, kỷ cương hành chính của cán bộ, công chức, viên chức | 1,5 | 1,25 | 1 | 1,5 | Sở Nội vụ
5.5 | 5.5 | 5 | Công tác đào tạo, bồi dưỡng công chức, viên chức | 2 | 1,86 | 1,9 | 1,95 | Sở Nội vụ
5.6 | 5.6 | 5 | Tỷ lệ đạt chuẩn của cán bộ, công chức cấp xã | 0,5 | 0,5 | 0,5 | 0,5 | Sở Nội vụ
5.7 | 5.7 | 5 | Chất lượng đội ngũ công chức, viên chức | 4 | 3,38 | 3,45 | 3,6 | Sở Nội vụ
VI | 6 | total | CẢI CÁCH TÀI CHÍNH CÔNG | =12 | =10,65 | =11,01 | =11,4 | Sở Tài chính
6.1 | 6.1 | 6 | Tổ chức thực hiện công tác tài chính - ngân sách | 5 | 4,1 | 4,35 | 4,6 | Sở Tài chính
6.2 | 6.2 | 6 | Công tác quản lý, sử dụng tài sản công | 3 | 2,83 | 2,86 | 2,9 | Sở Tài chính
6.3 | 6.3 | 6 | Thực hiện cơ chế tự chủ tại các đơn vị sự nghiệp công lập (SNCL) | 4 | 3,72 | 3,8 | 3,9 | Sở Tài chính
VII | 7 | total | XÂY DỰNG VÀ PHÁT TRIỂN CHÍNH QUYỀN ĐIỆN TỬ, CHÍNH QUYỀN SỐ | =13,5 | =11,8 | =12,35 | =13,25 | Sở Khoa học và Công nghệ
7.1 | 7.1 | 7 | Phát triển các nền tảng, cơ sở dữ liệu | 3,5 | 2,9 | 3,1 | 3,1 | Sở Khoa học và Công nghệ
7.2 | 7.2 | 7 | Phát triển các ứng dụng, dịch vụ trong nội bộ cơ quan nhà nước | 3 | 2,75 | 2,75 | 2,9 | Văn phòng UBND tỉnh
7.3 | 7.3 | 7 | Phát triển ứng dụng, dịch vụ phục vụ người dân, tổ chức | 7 | 6,15 | 6,5 | 7,25 | Sở Khoa học và Công nghệ // Trung tâm Phục vụ hành chính công tỉnh
VIII | 8 | total | TÁC ĐỘNG CỦA CẢI CÁCH HÀNH CHÍNH ĐẾN NGƯỜI DÂN, TỔ CHỨC VÀ CÁC CHỈ TIÊU PHÁT TRIỂN KINH TẾ - XÃ HỘI CỦA TỈNH | =16,5 | =14,09 | =14,26 | =15,05 | Sở Nội vụ
8.1 | 8.1 | 8 | Kết quả Chỉ số hài lòng (SIPAS) | 10 | 8,34 | 8,51 | 8,8 | Sở Nội vụ
8.2 | 8.2 | 8 | Mức độ thu hút đầu tư của tỉnh | 1 | 1 | 1 | 1 | Sở Tài chính
8.3 | 8.3 | 8 | Mức độ phát triển doanh nghiệp của tỉnh | 2 | 1,5 | 1,5 | 1,75 | Sở Tài chính
8.4 | 8.4 | 8 | Thực hiện thu ngân sách hàng năm của tỉnh theo Kế hoạch được Chính phủ giao | 2 | 2 | 2 | 2 | Sở Tài chính
8.6 | 8.6 | 8 | Mức độ thực hiện các chỉ tiêu phát triển KT-XH do HĐND tỉnh giao | 1,5 | 1,25 | 1,25 | 1,5 | Sở Tài chính
 | total | null | TỔNG CỘNG | =100 | =88,94 | =91,69 | =95,75 | Sở Nội vụ
`;

const spec = {
  dir: '17-bacninh-par-2025',
  format: 'xlsx',
  source: 'source.xlsx',
  description:
    'PAR INDEX appendices kept in LibreOffice Calc and saved as .xlsx: a task sheet and a criteria sheet, merged title rows, a two-row header with Kết quả đạt được over two year columns, area figures as SUM formulas with cached values, a typed area figure that breaks its sum, a target above max, agencies on two lines in one cell',
  plan: { number: '87/KH-UBND', issuer: 'UBND tỉnh Bắc Ninh', resultYear: 2024, targetYear: 2025 },
  planted: [
    { kind: 'sum', index: 'PAR', code: '5', field: 'result' },
    { kind: 'target-above-max', index: 'PAR', code: '7.3', field: 'target' },
  ],
  mustReport: [],
  write,
  notes: `
# 17 — Bắc Ninh, PAR INDEX 2024 → 2025 (.xlsx saved by LibreOffice Calc)

The plan's two appendices as the Sở Nội vụ keeps them in a spreadsheet, not as a published
document: one workbook, two sheets, written in LibreOffice Calc (a flat ODF spreadsheet saved as
.xlsx by \`soffice --convert-to xlsx\`, so styles, merges and cached formula values are
LibreOffice's own). Nothing of chiso's template: no hidden sheets, no metadata sheet, no names
but the print titles LibreOffice writes (the header rows repeat on every printed page).

Varies:
- Sheet \`PL I - Nhiem vu\`: three title rows merged across A:E (\`PHỤ LỤC I\`, the title,
  \`(Kèm theo Kế hoạch số 87/KH-UBND ngày 16/5/2025 của UBND tỉnh Bắc Ninh)\`) — the only place the
  plan's number, date and issuer are written; an empty row; a one-row header
  \`STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành\`; then a row of
  column numbers \`(1) … (5)\` that is not a task. Ten tasks numbered 1–10, all PAR INDEX (the
  plan is PAR-only; no parts). STT stored as numbers.
- Task 2's lead cell holds two agencies on two lines (Alt+Enter: \`Sở Nội vụ\\nVăn phòng UBND
  tỉnh\`); task 8's support cell likewise (\`Các chủ đầu tư\\nKho bạc Nhà nước khu vực I\`); other
  cells separate agencies with \`; \` (tasks 1, 3, 9).
- Sheet \`PL II - PAR INDEX\`: the same three title rows (\`PHỤ LỤC II\`), a TWO-ROW header:
  \`STT\`, \`Lĩnh vực/Tiêu chí\`, \`Điểm tối đa\`, \`Mục tiêu năm 2025\`, \`Cơ quan chủ trì, theo
  dõi\` merged down two rows; \`Kết quả đạt được\` merged across \`Năm 2023 | Năm 2024\` (the result
  is 2024; 2023 is not a result of this plan).
- Areas in Roman numerals I–VIII with their names in CAPITALS, the 37 national criteria under
  them coded \`1.1\` … \`8.6\` (no 8.5 in this tree). Numbers are real numeric cells: max in General
  format (\`9.5\`, \`13\`), years and target in \`0.00\`.
- Every area's max, 2023, 2024 and target cells are \`SUM(...)\` formulas over its criteria, the
  total row \`TỔNG CỘNG\` (last, name merged across A:B) a sum of the eight area cells; LibreOffice
  stores the cached values.
- Criterion 7.3's lead cell holds two agencies on two lines.

Planted:
- Area V's 2024 figure is a TYPED value 13,74 where the other area cells are formulas; its criteria
  add up to 13,47 (digits swapped). The total's formula includes the typed 13,74 (total 91,69).
- Criterion 7.3's target 7,25 is above its max 7 (area VII's target 13,25 stays within 13,5).

Figures: constructed (Bắc Ninh's PAR INDEX criteria scores are not among the published data used
here); criteria names and maxima from the national tree in the bundled plan (Phụ lục 2).
`,
};
export default spec;

const esc = (s) => String(s).replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');
const colName = (i) => String.fromCharCode(65 + i);

function cellXml(c) {
  if (c === null) return '<table:covered-table-cell/>';
  const attrs = [`table:style-name="${c.style}"`];
  if (c.cs > 1) attrs.push(`table:number-columns-spanned="${c.cs}"`, 'table:number-rows-spanned="1"');
  if (c.rs > 1) attrs.push(`table:number-rows-spanned="${c.rs}"`, `table:number-columns-spanned="${c.cs ?? 1}"`);
  if (c.formula) attrs.push(`table:formula="${esc(c.formula)}"`);
  if (typeof c.v === 'number') {
    attrs.push('office:value-type="float"', `office:value="${c.v}"`);
    return `<table:table-cell ${attrs.join(' ')}><text:p>${c.v}</text:p></table:table-cell>`;
  }
  if (c.v === '' || c.v == null) return `<table:table-cell ${attrs.join(' ')}/>`;
  attrs.push('office:value-type="string"');
  const paras = String(c.v)
    .split('\n')
    .map((p) => `<text:p>${esc(p)}</text:p>`)
    .join('');
  return `<table:table-cell ${attrs.join(' ')}>${paras}</table:table-cell>`;
}

function tableXml(si, name, widths, rows, headerRows) {
  const out = [`<table:table table:name="${esc(name)}" table:style-name="ta1">`];
  widths.forEach((w, i) => out.push(`<table:table-column table:style-name="co${si}_${i}" table:default-cell-style-name="Default"/>`));
  rows.forEach((r, i) => {
    if (headerRows && i === headerRows[0]) out.push('<table:table-header-rows>');
    out.push(`<table:table-row table:style-name="${r.rowStyle ?? 'roAuto'}">${r.cells.map(cellXml).join('')}</table:table-row>`);
    if (headerRows && i === headerRows[1]) out.push('</table:table-header-rows>');
  });
  out.push('</table:table>');
  return out.join('\n');
}

function columnStyles(si, widths) {
  return widths.map((w, i) => `<style:style style:name="co${si}_${i}" style:family="table-column"><style:table-column-properties fo:break-before="auto" style:column-width="${w}cm"/></style:style>`).join('\n');
}

const cellStyle = (name, { bold = false, italic = false, border = true, align = 'left', wrap = true, size = null, fmt = null, valign = 'middle' } = {}) =>
  `<style:style style:name="${name}" style:family="table-cell" style:parent-style-name="Default"${fmt ? ` style:data-style-name="${fmt}"` : ''}>` +
  `<style:table-cell-properties style:vertical-align="${valign}"${wrap ? ' fo:wrap-option="wrap"' : ''}${border ? ' fo:border="0.06pt solid #000000"' : ''}/>` +
  `<style:paragraph-properties fo:text-align="${align === 'center' ? 'center' : align === 'right' ? 'end' : 'start'}"/>` +
  `<style:text-properties${bold ? ' fo:font-weight="bold" style:font-weight-complex="bold"' : ''}${italic ? ' fo:font-style="italic"' : ''}${size ? ` fo:font-size="${size}pt"` : ''}/>` +
  '</style:style>';

function fods(sheets) {
  const styles = [
    cellStyle('Title', { bold: true, border: false, align: 'center', size: 13 }),
    cellStyle('Sub', { italic: true, border: false, align: 'center' }),
    cellStyle('Head', { bold: true, align: 'center' }),
    cellStyle('ColNo', { italic: true, align: 'center' }),
    cellStyle('Txt', {}),
    cellStyle('TxtB', { bold: true }),
    cellStyle('Ctr', { align: 'center' }),
    cellStyle('CtrB', { bold: true, align: 'center' }),
    cellStyle('Num', { align: 'center' }),
    cellStyle('NumB', { bold: true, align: 'center' }),
    cellStyle('N2', { align: 'center', fmt: 'N2' }),
    cellStyle('N2B', { bold: true, align: 'center', fmt: 'N2' }),
  ];
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:meta><meta:initial-creator>Phòng Cải cách hành chính</meta:initial-creator><dc:title>Phụ lục Kế hoạch 87/KH-UBND</dc:title></office:meta>
<office:font-face-decls><style:font-face style:name="Times New Roman" svg:font-family="'Times New Roman'" style:font-family-generic="roman" style:font-pitch="variable"/></office:font-face-decls>
<office:styles>
<style:default-style style:family="table-cell"><style:paragraph-properties style:tab-stop-distance="1.25cm"/><style:text-properties style:font-name="Times New Roman" fo:font-size="12pt" fo:language="vi" fo:country="VN"/></style:default-style>
<style:style style:name="Default" style:family="table-cell"/>
<number:number-style style:name="N2"><number:number number:decimal-places="2" number:min-decimal-places="2" number:min-integer-digits="1"/></number:number-style>
</office:styles>
<office:automatic-styles>
${sheets.map((s, si) => columnStyles(si, s.widths)).join('\n')}
<style:style style:name="roAuto" style:family="table-row"><style:table-row-properties style:use-optimal-row-height="true" fo:break-before="auto"/></style:style>
<style:style style:name="roHead" style:family="table-row"><style:table-row-properties style:row-height="0.75cm" style:use-optimal-row-height="false" fo:break-before="auto"/></style:style>
<style:style style:name="roHead2" style:family="table-row"><style:table-row-properties style:row-height="1.15cm" style:use-optimal-row-height="false" fo:break-before="auto"/></style:style>
<style:style style:name="ta1" style:family="table" style:master-page-name="PageStyle_A4L"><style:table-properties table:display="true" style:writing-mode="lr-tb"/></style:style>
${styles.join('\n')}
<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="29.7cm" fo:page-height="21cm" style:print-orientation="landscape" fo:margin-top="1.5cm" fo:margin-bottom="1.5cm" fo:margin-left="1.5cm" fo:margin-right="1.2cm" style:scale-to-X="1" style:scale-to-Y="0"/></style:page-layout>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="PageStyle_A4L" style:page-layout-name="pm1"><style:header style:display="false"/><style:footer><text:p>Trang <text:page-number>1</text:page-number></text:p></style:footer></style:master-page></office:master-styles>
<office:body><office:spreadsheet>
${sheets.map((s, si) => tableXml(si, s.name, s.widths, s.rows, s.headerRows)).join('\n')}
</office:spreadsheet></office:body></office:document>
`;
}

/** Title rows merged across the table's width. */
function titleRows(n, caption, title) {
  const span = (v, style) => ({ cells: [{ v, style, cs: n }, ...Array(n - 1).fill(null)], rowStyle: 'roHead' });
  return [span(caption, 'Title'), span(title, 'Title'), span(PLAN_LINE, 'Sub'), { cells: [{ v: '', style: 'Default' }] }];
}

async function write(dir) {
  // Tasks sheet.
  const taskRows = lines(TASKS);
  const tasksSheet = {
    name: 'PL I - Nhiem vu',
    widths: [1.2, 10.5, 5.2, 6.2, 3.6],
    rows: [
      ...titleRows(5, 'PHỤ LỤC I', 'NHIỆM VỤ, GIẢI PHÁP CẢI THIỆN, NÂNG CAO CHỈ SỐ CẢI CÁCH HÀNH CHÍNH (PAR INDEX) NĂM 2025'),
      { cells: ['STT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian hoàn thành'].map((v) => ({ v, style: 'Head' })), rowStyle: 'roHead2' },
      { cells: ['(1)', '(2)', '(3)', '(4)', '(5)'].map((v) => ({ v, style: 'ColNo' })) },
      ...taskRows.map(([n, title, lead, sup, deadline]) => ({
        cells: [
          { v: Number(n), style: 'Num' },
          { v: cellText(title), style: 'Txt' },
          { v: cellText(lead), style: 'Txt' },
          { v: cellText(sup), style: 'Txt' },
          { v: cellText(deadline), style: 'Ctr' },
        ],
      })),
    ],
    headerRows: [4, 5],
  };

  // PAR sheet.
  const parRows = lines(PAR).map(([lbl, code, parent, name, ...rest]) => {
    const [max, y2023, y2024, target] = rest.slice(0, 4).map(printed);
    return { lbl, code, parent: parent === 'null' ? null : parent, name, lead: rest[4], cells: { max, y2023, y2024, target } };
  });
  checkFormulaSums(parRows, ['max', 'y2023', 'y2024', 'target']);
  const firstData = 7; // header on rows 5-6 (1-based), data from row 7
  const rowOf = new Map(parRows.map((r, i) => [r.code, firstData + i]));
  const cols = { max: 2, y2023: 3, y2024: 4, target: 5 };
  const numCell = (r, f, isArea) => {
    const p = r.cells[f];
    const style = f === 'max' ? (isArea ? 'NumB' : 'Num') : isArea ? 'N2B' : 'N2';
    if (!p.formula) return { v: p.value, style };
    const kids = parRows.filter((k) => k.parent === r.code).map((k) => rowOf.get(k.code));
    const col = colName(cols[f]);
    // A contiguous block of criteria is one range; the total adds the area cells one by one.
    const contiguous = kids.every((x, i) => i === 0 || x === kids[i - 1] + 1);
    const formula = contiguous ? `of:=SUM([.${col}${kids[0]}:.${col}${kids[kids.length - 1]}])` : `of:=${kids.map((x) => `[.${col}${x}]`).join('+')}`;
    return { v: p.value, style, formula };
  };
  const parSheet = {
    name: 'PL II - PAR INDEX',
    widths: [1.3, 11.5, 2.1, 2.2, 2.2, 2.6, 5.6],
    rows: [
      ...titleRows(7, 'PHỤ LỤC II', 'CHỈ TIÊU CẢI THIỆN, NÂNG CAO CHỈ SỐ CẢI CÁCH HÀNH CHÍNH (PAR INDEX) NĂM 2025'),
      {
        rowStyle: 'roHead',
        cells: [
          { v: 'STT', style: 'Head', rs: 2 },
          { v: 'Lĩnh vực/Tiêu chí', style: 'Head', rs: 2 },
          { v: 'Điểm tối đa', style: 'Head', rs: 2 },
          { v: 'Kết quả đạt được', style: 'Head', cs: 2 },
          null,
          { v: 'Mục tiêu năm 2025', style: 'Head', rs: 2 },
          { v: 'Cơ quan chủ trì, theo dõi', style: 'Head', rs: 2 },
        ],
      },
      { rowStyle: 'roHead', cells: [null, null, null, { v: 'Năm 2023', style: 'Head' }, { v: 'Năm 2024', style: 'Head' }, null, null] },
      ...parRows.map((r) => {
        const isArea = r.parent === 'total' || r.code === 'total';
        if (r.code === 'total')
          return {
            cells: [{ v: r.name, style: 'CtrB', cs: 2 }, null, numCell(r, 'max', true), numCell(r, 'y2023', true), numCell(r, 'y2024', true), numCell(r, 'target', true), { v: cellText(r.lead), style: 'TxtB' }],
          };
        return {
          cells: [
            { v: r.lbl, style: isArea ? 'CtrB' : 'Ctr' },
            { v: r.name, style: isArea ? 'TxtB' : 'Txt' },
            numCell(r, 'max', isArea),
            numCell(r, 'y2023', isArea),
            numCell(r, 'y2024', isArea),
            numCell(r, 'target', isArea),
            { v: cellText(r.lead), style: isArea ? 'TxtB' : 'Txt' },
          ],
        };
      }),
    ],
    headerRows: [4, 5],
  };

  const tmp = mkdtempSync(join(tmpdir(), 'corpus17-'));
  const input = join(tmp, 'source.fods');
  writeFileSync(input, fods([tasksSheet, parSheet]));
  const out = soffice(input, 'xlsx:Calc MS Excel 2007 XML', tmp, join(tmp, 'source.xlsx'));
  writeFileSync(join(dir, 'source.xlsx'), readFileSync(out));

  const criteriaAll = parRows.map((r) => ({
    index: 'PAR',
    code: r.code,
    parent: r.parent,
    name: r.name,
    max: r.cells.max.value,
    result: r.cells.y2024.value,
    target: r.cells.target.value,
    targetText: null,
    lead: agencyList(r.lead),
  }));
  const tasks = taskRows.map(([number, title, lead, sup, deadline]) => ({ index: 'PAR', number, title: cellText(title), deadline: cellText(deadline), lead: agencyList(lead), support: agencyList(sup) }));
  const key = {
    description: spec.description,
    source: spec.source,
    plan: spec.plan,
    tables: [
      { caption: 'PHỤ LỤC I', kind: 'tasks' },
      { caption: 'PHỤ LỤC II', kind: 'PAR' },
    ],
    criteria: criteriaAll,
    tasks,
    planted: spec.planted,
    mustReport: spec.mustReport,
  };
  return { key, criteriaAll };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const dir = fileURLToPath(new URL(`../../${spec.dir}/`, import.meta.url));
  const { mkdirSync } = await import('node:fs');
  mkdirSync(dir, { recursive: true });
  await write(dir);
  console.log(`wrote ${dir}source.xlsx (run build.mjs 17 for the key and notes)`);
}
