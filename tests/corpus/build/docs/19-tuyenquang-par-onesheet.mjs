// Tuyên Quang, PAR INDEX, results 2025 -> targets 2026: a compact one-sheet workbook, the task
// table and the criteria table one under the other, written with exceljs.
// Run alone:  node tests/corpus/build/docs/19-tuyenquang-par-onesheet.mjs   (or build.mjs 19)
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ExcelJS from 'exceljs';
import { agencyList, cellText, fitRows, lines, printed } from '../xlsx.mjs';

const PLAN_LINE = '(Kèm theo Kế hoạch số 112/KH-UBND ngày 12/5/2026 của UBND tỉnh Tuyên Quang)';

// Tasks: number | task | lead | support | deadline | product. A deadline written 'date:YYYY-MM-DD'
// is a real date cell (format dd/mm/yyyy); the key gives it as the cell shows it.
const TASKS = `
1 | Xây dựng Kế hoạch khắc phục các tiêu chí, tiêu chí thành phần bị trừ điểm Chỉ số CCHC năm 2025 | Sở Nội vụ | Các sở, ban, ngành; UBND các xã, phường | date:2026-05-31 | Kế hoạch của cơ quan, đơn vị
2 | Kiểm tra công tác CCHC tại các sở, ngành và UBND cấp xã; theo dõi việc khắc phục sau kiểm tra | Sở Nội vụ | Văn phòng UBND tỉnh | Quý III/2026 | Thông báo kết quả kiểm tra
3 | Theo dõi, đôn đốc thực hiện nhiệm vụ Chính phủ, Thủ tướng Chính phủ giao trên Hệ thống theo dõi nhiệm vụ | Văn phòng UBND tỉnh | Các sở, ban, ngành | Thường xuyên | Báo cáo tháng
4 | Số hóa hồ sơ, kết quả giải quyết TTHC; giảm hồ sơ trễ hạn tại Bộ phận Một cửa cấp xã | Trung tâm Phục vụ hành chính công tỉnh | UBND các xã, phường | date:2026-09-30 | Báo cáo kết quả
5 | Tiếp nhận, xử lý phản ánh, kiến nghị về TTHC đúng hạn trên Hệ thống thông tin giải quyết TTHC | Văn phòng UBND tỉnh | Trung tâm Phục vụ hành chính công tỉnh | Thường xuyên | Báo cáo quý
6 | Giải ngân vốn đầu tư công năm 2026 đạt trên 95% kế hoạch được giao | Sở Tài chính | Các chủ đầu tư | date:2027-01-31 | Báo cáo giải ngân
7 | Thực hiện kiến nghị của Kiểm toán nhà nước, Thanh tra về tài chính, ngân sách | Sở Tài chính | Các sở, ban, ngành | Quý IV/2026 | Báo cáo kết quả
8 | Nâng mức tự chủ tài chính của các đơn vị sự nghiệp công lập sau sắp xếp | Sở Nội vụ | Sở Tài chính | date:2026-11-30 | Quyết định giao tự chủ
`;

// Criteria: label | code | parent | name | lead | max | 2025 | target 2026. Areas in Roman
// numerals; their criteria numbered 1, 2 … again under each area (codes are national positions).
// Every figure is typed except the total row, whose cells are sums of the eight area cells.
const PAR = `
I | 1 | total | Công tác chỉ đạo, điều hành cải cách hành chính | Sở Nội vụ | 9,5 | 8,05 | 9
1 | 1.1 | 1 | Thực hiện Kế hoạch CCHC | Sở Nội vụ | 1,5 | 1,5 | 1,5
2 | 1.2 | 1 | Thực hiện chế độ báo cáo CCHC định kỳ | Sở Nội vụ | 0,5 | 0,5 | 0,5
3 | 1.3 | 1 | Kiểm tra CCHC | Sở Nội vụ | 2 | 1,6 | 1,85
4 | 1.4 | 1 | Công tác tuyên truyền CCHC | Sở Nội vụ | 1 | 1 | 1
5 | 1.5 | 1 | Sáng kiến hoặc giải pháp mới trong cải cách hành chính | Sở Nội vụ | 2 | 1,25 | 1,75
6 | 1.6 | 1 | Đối thoại của lãnh đạo tỉnh với người dân và doanh nghiệp | Văn phòng UBND tỉnh | 1 | 0,75 | 1
7 | 1.7 | 1 | Thực hiện các nhiệm vụ được Chính phủ, Thủ tướng Chính phủ giao | Văn phòng UBND tỉnh | 1,5 | 1,2 | 1,4
II | 2 | total | Cải cách thể chế | Sở Tư pháp | 10 | 9,35 | 9,6
III | 3 | total | Cải cách thủ tục hành chính | Văn phòng UBND tỉnh | 13 | 11,97 | 12,75
1 | 3.1 | 3 | Kiểm soát quy định thủ tục hành chính (TTHC) | Văn phòng UBND tỉnh | 1 | 1 | 1
2 | 3.2 | 3 | Công bố, công khai TTHC và kết quả giải quyết hồ sơ | Văn phòng UBND tỉnh | 3 | 2,8 | 3
3 | 3.3 | 3 | Thực hiện cơ chế một cửa, cơ chế một cửa liên thông | Trung tâm Phục vụ hành chính công tỉnh | 3 | 2,75 | 3
4 | 3.4 | 3 | Kết quả giải quyết hồ sơ TTHC | Trung tâm Phục vụ hành chính công tỉnh | 5 | 4,52 | 4,75
5 | 3.5 | 3 | Tiếp nhận, xử lý phản ánh, kiến nghị (PAKN) của cá nhân, tổ chức đối với TTHC thuộc thẩm quyền giải quyết của tỉnh | Văn phòng UBND tỉnh | 1 | 0,9 | 1
IV | 4 | total | Cải cách tổ chức bộ máy hành chính | Sở Nội vụ | 10,5 | 9,72 | 10
V | 5 | total | Cải cách chế độ công vụ | Sở Nội vụ | 15 | 13,64 | 14,2
VI | 6 | total | Cải cách tài chính công | Sở Tài chính | 12 | 10,9 | 11,45
1 | 6.1 | 6 | Tổ chức thực hiện công tác tài chính - ngân sách | Sở Tài chính | 5 | 4,32 | 4,6
2 | 6.2 | 6 | Công tác quản lý, sử dụng tài sản công | Sở Tài chính | 3 | 2,9 | 3
3 | 6.3 | 6 | Thực hiện cơ chế tự chủ tại các đơn vị sự nghiệp công lập (SNCL) | Sở Tài chính | 4 | 3,68 | 3,85
VII | 7 | total | Xây dựng và phát triển Chính quyền điện tử, Chính quyền số | Sở Khoa học và Công nghệ | 13,5 | 11,86 | 12,6
VIII | 8 | total | Tác động của cải cách hành chính đến người dân, tổ chức và các chỉ tiêu phát triển kinh tế - xã hội của tỉnh | Sở Nội vụ | 16,5 | 13,9 | 14,75
 | total | null | Tổng cộng |  | =100 | =89,39 | =94,35
`;

const spec = {
  dir: '19-tuyenquang-par-2026',
  format: 'xlsx',
  source: 'source.xlsx',
  description:
    'PAR INDEX plan for 2026 as a compact one-sheet workbook: the task table and, under a caption row PHỤ LỤC II, the criteria table on the same sheet; deadlines partly real Excel dates, partly text; lead column before the figures; total row at the bottom as formulas; the plan number only in the caption line; an area whose typed figure is not the sum of its criteria',
  plan: { number: '112/KH-UBND', issuer: 'UBND tỉnh Tuyên Quang', resultYear: 2025, targetYear: 2026 },
  planted: [{ kind: 'sum', index: 'PAR', code: '1', field: 'result' }],
  mustReport: [],
  write,
  notes: `
# 19 — Tuyên Quang, PAR INDEX 2025 → 2026 (.xlsx, one sheet, written with exceljs)

A compact working sheet of the merged province (Tuyên Quang + Hà Giang, two-level local
government: \`UBND các xã, phường\`): both appendices on ONE sheet (\`Phụ lục\`), one under the other.

Varies:
- No heading, no title block: row 1 is the caption \`PHỤ LỤC I. NHIỆM VỤ CẢI THIỆN, NÂNG CAO CHỈ
  SỐ CẢI CÁCH HÀNH CHÍNH (PAR INDEX) NĂM 2026\`, row 2 \`(Kèm theo Kế hoạch số 112/KH-UBND ngày
  12/5/2026 của UBND tỉnh Tuyên Quang)\` — the only place the plan's number, date, issuer and year
  are written.
- Task table: \`TT | Nhiệm vụ | Đơn vị chủ trì | Đơn vị phối hợp | Thời hạn hoàn thành | Sản
  phẩm\`, eight PAR tasks. Deadlines are REAL DATE CELLS (format \`dd/mm/yyyy\`: tasks 1, 4, 6, 8 —
  the key gives them as shown, \`31/05/2026\`) or text (\`Quý III/2026\`, \`Thường xuyên\`,
  \`Quý IV/2026\`). A \`Sản phẩm\` column the key does not carry.
- After an empty row, a caption row merged across the sheet, \`PHỤ LỤC II. CHỈ TIÊU CÁC LĨNH VỰC,
  TIÊU CHÍ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH (PAR INDEX) NĂM 2026\` (no second plan line), then the
  criteria table's own header: \`STT | Lĩnh vực, tiêu chí | Đơn vị chủ trì | Điểm tối đa | Điểm đạt
  năm 2025 | Chỉ tiêu năm 2026\` — the lead column comes BEFORE the figures (the columns are shared
  with the task table above, whose third column is its lead).
- Areas I–VIII in Roman numerals; only areas I, III and VI list their criteria, numbered 1, 2 …
  again under each area (\`3\` under III is 3.3); the other areas stand alone. A single result year.
- Total row LAST, \`Tổng cộng\` merged across A:B, lead cell empty, its three figures formulas
  adding the eight area cells (cached values stored). All other figures are typed numbers
  (General format).
- Agencies of the two-level government (\`UBND các xã, phường\`); \`; \` between agencies.

Planted:
- Area I's result is typed 8,05 but its seven criteria add up to 7,80 (the total's formula uses
  8,05: 89,39).

Figures: constructed (the 2025 PAR INDEX round is not among the published data used here);
criteria names and maxima from the national tree in the bundled plan (Phụ lục 2).
`,
};
export default spec;

const thin = { style: 'thin', color: { argb: 'FF000000' } };
const box = { top: thin, left: thin, bottom: thin, right: thin };
const font = (o = {}) => ({ name: 'Times New Roman', size: 12, ...o });

function style(cell, { bold = false, italic = false, align = 'left', fmt = null, border = true } = {}) {
  cell.font = font({ bold, italic });
  if (border) cell.border = box;
  cell.alignment = { horizontal: align, vertical: 'middle', wrapText: true };
  if (fmt) cell.numFmt = fmt;
}

function caption(ws, r, text, { italic = false } = {}) {
  ws.mergeCells(`A${r}:F${r}`);
  const c = ws.getCell(`A${r}`);
  c.value = text;
  style(c, { bold: !italic, italic, align: 'center', border: false });
  ws.getRow(r).height = italic ? 18 : 36;
}

function header(ws, r, texts, height) {
  texts.forEach((t, i) => {
    const c = ws.getRow(r).getCell(i + 1);
    c.value = t;
    style(c, { bold: true, align: 'center' });
  });
  ws.getRow(r).height = height;
}

async function write(dir) {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Nguyen Thu Hang';
  wb.lastModifiedBy = 'Nguyen Thu Hang';
  wb.created = new Date('2026-05-06T01:20:00Z');
  wb.modified = new Date('2026-05-12T09:05:00Z');
  const ws = wb.addWorksheet('Phụ lục', {
    pageSetup: { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0, margins: { left: 0.6, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 } },
  });
  ws.columns = [6, 50, 24, 22, 14, 16].map((width) => ({ width }));

  caption(ws, 1, 'PHỤ LỤC I. NHIỆM VỤ CẢI THIỆN, NÂNG CAO CHỈ SỐ CẢI CÁCH HÀNH CHÍNH (PAR INDEX) NĂM 2026');
  caption(ws, 2, PLAN_LINE, { italic: true });
  header(ws, 3, ['TT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Thời hạn hoàn thành', 'Sản phẩm'], 48);
  const taskRows = lines(TASKS);
  let r = 4;
  const tasks = [];
  for (const [n, title, lead, sup, deadline, product] of taskRows) {
    const row = ws.getRow(r);
    row.getCell(1).value = Number(n);
    row.getCell(2).value = cellText(title);
    row.getCell(3).value = cellText(lead);
    row.getCell(4).value = cellText(sup);
    let shown = deadline;
    if (deadline.startsWith('date:')) {
      const [y, m, d] = deadline.slice(5).split('-').map(Number);
      row.getCell(5).value = new Date(Date.UTC(y, m - 1, d));
      shown = `${String(d).padStart(2, '0')}/${String(m).padStart(2, '0')}/${y}`;
    } else row.getCell(5).value = deadline;
    row.getCell(6).value = product;
    style(row.getCell(1), { align: 'center' });
    style(row.getCell(2));
    style(row.getCell(3));
    style(row.getCell(4));
    style(row.getCell(5), { align: 'center', fmt: 'dd/mm/yyyy' });
    style(row.getCell(6));
    tasks.push({ index: 'PAR', number: n, title: cellText(title), deadline: shown, lead: agencyList(lead), support: agencyList(sup) });
    r++;
  }
  fitRows(ws, 4, r - 1);
  r++; // an empty row between the tables
  caption(ws, r, 'PHỤ LỤC II. CHỈ TIÊU CÁC LĨNH VỰC, TIÊU CHÍ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH (PAR INDEX) NĂM 2026');
  r++;
  header(ws, r, ['STT', 'Lĩnh vực, tiêu chí', 'Đơn vị chủ trì', 'Điểm tối đa', 'Điểm đạt năm 2025', 'Chỉ tiêu năm 2026'], 33);
  r++;
  const rows = lines(PAR).map(([lbl, code, parent, name, lead, max, y2025, target]) => ({ lbl, code, parent: parent === 'null' ? null : parent, name, lead, cells: { max: printed(max), y2025: printed(y2025), target: printed(target) } }));
  const first = r;
  const rowOf = new Map(rows.map((x, i) => [x.code, first + i]));
  // The total's formulas add the area cells; check the cached values written by hand.
  const areas = rows.filter((x) => x.parent === 'total');
  for (const f of ['max', 'y2025', 'target']) {
    const sum = areas.reduce((s, a) => s + a.cells[f].value, 0);
    const total = rows.find((x) => x.code === 'total').cells[f];
    if (Math.abs(sum - total.value) > 1e-9) throw new Error(`total ${f}: ${sum} vs ${total.value}`);
  }
  for (const x of rows) {
    const row = ws.getRow(r);
    const bold = x.parent === 'total' || x.code === 'total';
    const cols = { max: 4, y2025: 5, target: 6 };
    if (x.code === 'total') {
      style(row.getCell(2), { bold: true });
      ws.mergeCells(`A${r}:B${r}`);
      row.getCell(1).value = x.name;
      style(row.getCell(1), { bold: true, align: 'center' });
    } else {
      row.getCell(1).value = /^\d+$/.test(x.lbl) ? Number(x.lbl) : x.lbl;
      row.getCell(2).value = x.name;
      style(row.getCell(1), { bold, align: 'center' });
      style(row.getCell(2), { bold });
    }
    row.getCell(3).value = x.lead || null;
    style(row.getCell(3), { bold: false });
    for (const [f, c] of Object.entries(cols)) {
      const p = x.cells[f];
      const letter = 'ABCDEF'[c - 1];
      row.getCell(c).value = p.formula ? { formula: areas.map((a) => `${letter}${rowOf.get(a.code)}`).join('+'), result: p.value } : p.value;
      style(row.getCell(c), { bold, align: 'center' });
    }
    r++;
  }
  fitRows(ws, first, r - 1);
  await wb.xlsx.writeFile(join(dir, 'source.xlsx'));

  const criteriaAll = rows.map((x) => ({
    index: 'PAR',
    code: x.code,
    parent: x.parent,
    name: x.name,
    max: x.cells.max.value,
    result: x.cells.y2025.value,
    target: x.cells.target.value,
    targetText: null,
    lead: agencyList(x.lead),
  }));
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
  mkdirSync(dir, { recursive: true });
  await write(dir);
  console.log(`wrote ${dir}source.xlsx (run build.mjs 19 for the key and notes)`);
}
