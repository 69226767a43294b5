// Thanh Hóa, PAPI appendix copied from the Excel working file and pasted as text (TSV).
const captionLines = ['PHỤ LỤC 02', 'KẾT QUẢ CHỈ SỐ PAPI NĂM 2023, 2024 VÀ CHỈ TIÊU PHẤN ĐẤU NĂM 2025', '(Kèm theo Kế hoạch số 45/KH-UBND ngày 25/02/2025 của UBND tỉnh Thanh Hóa)'];
export default {
  dir: '10-thanhhoa-papi-2025',
  format: 'tsv',
  source: 'source.tsv',
  description: 'PAPI appendix pasted from Excel (tab-separated, CRLF): title rows above the table, two-row header whose merged cells paste as one text and blanks, multi-line cells quoted, no max column, Roman dimensions with lettered sub-dimensions for two of them, total last with a rank target',
  plan: { number: '45/KH-UBND', issuer: 'UBND tỉnh Thanh Hóa', resultYear: 2024, targetYear: 2025 },
  meta: {},
  body: [],
  tsvTop: captionLines,
  tables: [
    {
      kind: 'PAPI',
      caption: 'PHỤ LỤC 02',
      captionLines,
      years: ['2023', '2024'],
      header: [
        [['STT', 2], ['Nội dung', 2], ['Kết quả', 1, 2], ['Tăng/giảm', 2], ['Phấn đấu đạt năm 2025', 2], ['Cơ quan chủ trì', 2], ['Cơ quan phối hợp', 2]],
        ['Năm 2023', 'Năm 2024'],
      ],
      cols: ['lbl', 'name', 'y0', 'y1', 'diff', 'target', 'lead', 'fixed:UBND các huyện, thị xã, thành phố'],
      leadJoin: '\n',
      rows: `
I | 1 | total | @ | 10 | 5,7695 | 5,6886 | 5,80 | Sở Nội vụ
II | 2 | total | @ | 10 | 5,4915 | 5,4656 | 5,60 | Sở Tài chính + Sở Nông nghiệp và Môi trường
III | 3 | total | @ | 10 | 4,2973 | 4,4848 | 4,55 | Thanh tra tỉnh
IV | 4 | total | @ | 10 | 6,9686 | 7,2913 | 7,35 | Thanh tra tỉnh
V | 5 | total | @ | 10 | 7,1907 | 7,2468 | 7,30 | Văn phòng UBND tỉnh
VI | 6 | total | @ | 10 | 7,7652 | 7,4674 | 7,60 | Sở Y tế + Sở Giáo dục và Đào tạo
VII | 7 | total | @ | 10 | 3,6915 | 3,9399 | 4,05 | Sở Nông nghiệp và Môi trường
a | 7.1 | 7 | @ |  | 1,2530 | 1,3012 | 1,35 | Sở Nông nghiệp và Môi trường
b | 7.2 | 7 | @ |  | 1,6650 | 1,7702 | 1,80 | Sở Nông nghiệp và Môi trường
c | 7.3 | 7 | @ |  | 0,7735 | 0,8685 | 0,90 | Sở Nông nghiệp và Môi trường + Sở Xây dựng
VIII | 8 | total | @ | 10 | 3,0299 | 3,2863 | 3,46 | Sở Khoa học và Công nghệ
a | 8.1 | 8 | @ |  | 0,3785 | 0,4120 | Tăng 0,1 điểm=0.512 | Văn phòng UBND tỉnh
b | 8.2 | 8 | @ |  | 2,4102 | 2,5903 | 2,65 | Sở Khoa học và Công nghệ
c | 8.3 | 8 | @ |  | 0,2412 | 0,2840 | 0,30 | Văn phòng UBND tỉnh
 | total | null | Tổng điểm | 80 | 44,2042 | 44,8708 | Nhóm cao nhất= | Sở Nội vụ
`,
    },
  ],
  planted: [],
  mustReport: [{ what: 'the total\'s target is a rank (Nhóm cao nhất), kept as text', index: 'PAPI', code: 'total' }],
  notes: `
# 10 — Thanh Hóa, PAPI 2024 → 2025 (TSV pasted from Excel)

What a user gets by selecting the appendix range in the province's Excel working file and pasting
it as text: tab-separated cells, CRLF line ends, UTF-8.

Varies:
- Three title rows above the table (\`PHỤ LỤC 02\`, title, \`(Kèm theo Kế hoạch số 45/KH-UBND … của UBND
  tỉnh Thanh Hóa)\`) — the only source of the plan's number, issuer and years.
- Two-row header with merged cells as Excel pastes them: the merged text in the first cell and
  empty cells after (\`Kết quả\` then blank over \`Năm 2023 | Năm 2024\`; \`STT\`, \`Nội dung\` … then blank
  in the second header row).
- Cells holding line breaks are quoted, Excel-style (\`"Sở Y tế\\nSở Giáo dục và Đào tạo"\`).
- No max column: dimensions take 10 and the total 80 by the PAPI scale; the sub-dimensions' max
  cannot be known from the scale, so it is null in the key.
- Roman dimensions I–VIII; only dimensions VII and VIII list their sub-dimensions, lettered
  a, b, c (-> 7.1 … 8.3); these sub-dimensions add up to their dimensions.
- A difference column \`Tăng/giảm\` between the years and the target (not a result), and a constant
  \`Cơ quan phối hợp\` column.
- Total LAST, \`Tổng điểm\`, empty STT, target the rank \`Nhóm cao nhất\` (target null, must be reported).
- Target \`Tăng 0,1 điểm\` for 8.1 (0,4120 + 0,1 = 0,512).
- No planted errors.

Figures: dimension and total scores 2023–2024 are Thanh Hóa's published PAPI scores
(tunah72/papi-dashboard, agg_province_year.csv). Sub-dimension scores are constructed to add up.
`,
};
