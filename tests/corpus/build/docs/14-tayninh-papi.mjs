// Tây Ninh, PAPI only, results 2024 -> targets 2025, page exported from Word and published.
export default {
  dir: '14-tayninh-papi-2025',
  format: 'html',
  source: 'source.html',
  description: 'PAPI-only plan as a Word-exported web page (MsoTableGrid, paragraphs in cells): Yếu tố / Điểm chuẩn headers, two single-row year columns, dotted sub-dimension codes for three dimensions only, total Tổng last with a rank target, a sub-dimension target above its max',
  plan: { number: '1874/KH-UBND', issuer: 'UBND tỉnh Tây Ninh', resultYear: 2024, targetYear: 2025 },
  meta: {
    pageTitle: 'Kế hoạch duy trì, nâng cao Chỉ số PAPI tỉnh Tây Ninh năm 2025',
    portal: 'CỔNG THÔNG TIN ĐIỆN TỬ TỈNH TÂY NINH',
    posted: '23/05/2025 07:50',
    issuerLines: ['ỦY BAN NHÂN DÂN', 'TỈNH TÂY NINH'],
    numberLine: 'Số: 1874/KH-UBND',
    placeDate: 'Tây Ninh, ngày 20 tháng 5 năm 2025',
    docTitle: 'KẾ HOẠCH',
    docSubtitle: 'Duy trì, nâng cao Chỉ số Hiệu quả quản trị và hành chính công cấp tỉnh (PAPI) năm 2025',
    recipients: ['- Bộ Nội vụ;', '- TT.TU, TT.HĐND tỉnh;', '- CT, các PCT UBND tỉnh;', '- Các sở, ban, ngành tỉnh;', '- UBND các huyện, thị xã, thành phố;', '- Lưu: VT.'],
    signLines: ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'],
    signer: 'Nguyễn Hồng Thanh',
    footer: 'Cổng thông tin điện tử tỉnh Tây Ninh. Số 83 Phạm Tung, Phường 3, thành phố Tây Ninh. Ghi rõ nguồn "Cổng thông tin điện tử tỉnh Tây Ninh" khi phát hành lại.',
  },
  html: { captionTag: 'p', cellParagraphs: true, tableAttrs: 'class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;border:none"' },
  body: [
    'Năm 2024, Chỉ số PAPI của tỉnh Tây Ninh đạt 47,3452 điểm, tăng 8,1088 điểm so với năm 2023, xếp thứ 2/63 tỉnh, thành phố, thuộc nhóm cao nhất cả nước.',
    '## I. MỤC TIÊU',
    '- Duy trì Chỉ số PAPI năm 2025 trong nhóm cao nhất; không có chỉ số nội dung nào giảm điểm.',
    '## II. NHIỆM VỤ, GIẢI PHÁP',
    '- Nhiệm vụ tại Phụ lục 01; chỉ tiêu tại Phụ lục 02.',
    '## III. TỔ CHỨC THỰC HIỆN',
    '- Sở Nội vụ theo dõi, đôn đốc, báo cáo UBND tỉnh trước ngày 15/12/2025.',
  ],
  tables: [
    {
      kind: 'tasks',
      caption: 'PHỤ LỤC 01',
      captionLines: ['PHỤ LỤC 01', 'NHIỆM VỤ DUY TRÌ, NÂNG CAO CHỈ SỐ PAPI NĂM 2025', '(Kèm theo Kế hoạch số 1874/KH-UBND ngày 20/5/2025 của UBND tỉnh Tây Ninh)'],
      index: 'PAPI',
      header: [['STT', 'Nội dung công việc', 'Cơ quan tham mưu', 'Cơ quan phối hợp', 'Thời gian thực hiện', 'Kết quả đầu ra']],
      cols: ['num', 'title', 'lead', 'support', 'deadline', 'product'],
      headingSpan: true,
      rows: `
1 | Phổ biến kết quả PAPI 2024 đến cán bộ, công chức cấp xã và người dân | Sở Nội vụ | Báo Tây Ninh + Đài Phát thanh và Truyền hình Tây Ninh | Quý II/2025 | Hội nghị, tin bài
2 | Duy trì công khai thu chi ngân sách, danh sách hộ nghèo, kế hoạch sử dụng đất | UBND các huyện, thị xã, thành phố | Sở Tài chính + Sở Nông nghiệp và Môi trường | Thường xuyên | Niêm yết công khai
3 | Giám sát việc thực hiện dân chủ ở cơ sở, bầu cử trưởng ấp, khu phố | Sở Nội vụ | Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh | Năm 2025 | Báo cáo giám sát
4 | Thanh tra công vụ, phòng ngừa tham nhũng vặt trong cấp giấy chứng nhận quyền sử dụng đất | Thanh tra tỉnh | Sở Nông nghiệp và Môi trường | Quý III/2025 | Kết luận thanh tra
5 | Nâng cao chất lượng xử lý rác thải, nước thải và quan trắc chất lượng không khí | Sở Nông nghiệp và Môi trường | UBND các huyện, thị xã, thành phố | Năm 2025 | Báo cáo
6 | Phúc đáp ý kiến người dân trên Cổng thông tin điện tử tỉnh trong 5 ngày làm việc | Văn phòng UBND tỉnh | Sở Khoa học và Công nghệ | Thường xuyên | Báo cáo
`,
    },
    {
      kind: 'PAPI',
      caption: 'PHỤ LỤC 02',
      captionLines: ['PHỤ LỤC 02', 'CHỈ TIÊU CÁC YẾU TỐ CHỈ SỐ PAPI NĂM 2025', '(Kèm theo Kế hoạch số 1874/KH-UBND ngày 20/5/2025 của UBND tỉnh Tây Ninh)'],
      years: ['2023', '2024'],
      header: [['TT', 'Yếu tố/Nội dung thành phần', 'Điểm chuẩn', 'Điểm năm 2023', 'Điểm năm 2024', 'Chỉ tiêu 2025', 'Cơ quan chủ trì']],
      cols: ['lbl', 'name', 'max', 'y0', 'y1', 'target', 'lead'],
      rows: `
1 | 1 | total | @ | 10 | 3,9292 | 5,3660 | 5,50 | Sở Nội vụ
1.1 | 1.1 | 1 | @ | 2,5 | 1,0130 | 1,4590 | 1,50 | Sở Tư pháp
1.2 | 1.2 | 1 | @ | 2,5 | 1,1125 | 1,5145 | 1,55 | Sở Nội vụ
1.3 | 1.3 | 1 | @ | 2,5 | 1,0730 | 1,5335 | 1,57 | Sở Nội vụ
1.4 | 1.4 | 1 | @ | 2,5 | 0,7307 | 0,8590 | 0,88 | Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh
2 | 2 | total | @ | 10 | 4,3770 | 6,1258 | 6,20 | Sở Tài chính
2.1 | 2.1 | 2 | @ | 2,5 | 0,8539 | 1,2465 | 1,27 | Sở Văn hóa, Thể thao và Du lịch
2.2 | 2.2 | 2 | @ | 2,5 | 1,4720 | 1,9883 | 2,01 | Sở Nội vụ
2.3 | 2.3 | 2 | @ | 2,5 | 1,0825 | 1,5518 | 1,57 | Sở Tài chính
2.4 | 2.4 | 2 | @ | 2,5 | 0,9686 | 1,3392 | 1,35 | Sở Nông nghiệp và Môi trường
3 | 3 | total | @ | 10 | 4,0106 | 4,4820 | 4,55 | Thanh tra tỉnh
4 | 4 | total | @ | 10 | 6,8288 | 8,2039 | 8,45 | Thanh tra tỉnh
4.1 | 4.1 | 4 | @ | 2,5 | 1,6938 | 1,9091 | 1,92 | Thanh tra tỉnh
4.2 | 4.2 | 4 | @ | 2,5 | 1,8468 | 2,2683 | 2,28 | Sở Y tế + Sở Giáo dục và Đào tạo
4.3 | 4.3 | 4 | @ | 2,5 | 1,3596 | 1,6328 | 1,65 | Sở Nội vụ
4.4 | 4.4 | 4 | @ | 2,5 | 1,9286 | 2,3937 | 2,60 | Thanh tra tỉnh
5 | 5 | total | @ | 10 | 7,1959 | 7,5407 | 7,60 | Văn phòng UBND tỉnh
6 | 6 | total | @ | 10 | 6,7686 | 7,8219 | 7,90 | Sở Y tế
7 | 7 | total | @ | 10 | 3,1994 | 3,9278 | 4,00 | Sở Nông nghiệp và Môi trường
8 | 8 | total | @ | 10 | 2,9268 | 3,8772 | 3,95 | Văn phòng UBND tỉnh
 | total | null | Tổng | 80 | 39,2364 | 47,3452 | Duy trì nhóm cao nhất= | Sở Nội vụ
`,
    },
  ],
  planted: [{ kind: 'target-above-max', index: 'PAPI', code: '4.4', field: 'target' }],
  mustReport: [{ what: 'the total\'s target is a rank (Duy trì nhóm cao nhất), kept as text', index: 'PAPI', code: 'total' }],
  notes: `
# 14 — Tây Ninh, PAPI 2024 → 2025 (HTML exported from Word)

The plan as published by pasting a Word export into the portal: tables with
\`class="MsoTableGrid"\`, every cell's text inside \`<p>\`.

Varies:
- Header words \`Yếu tố/Nội dung thành phần\`, \`Điểm chuẩn\`, single-row year columns
  \`Điểm năm 2023 | Điểm năm 2024\`, \`Chỉ tiêu 2025\` (target without the word "năm").
- Dimensions 1–8; sub-dimensions with dotted national codes (\`1.1\` …) listed for dimensions 1, 2
  and 4 only (all four of each, adding up); the other dimensions have none.
- Total LAST named just \`Tổng\`, empty TT cell, target the rank \`Duy trì nhóm cao nhất\`.
- Task table (PHỤ LỤC 01): PAPI-only without headings, \`Cơ quan tham mưu\` as the lead column,
  \`Kết quả đầu ra\` as the product column.
- Planted: 4.4's target 2,60 is above its max 2,5.

Figures: dimension and total scores 2023–2024 are Tây Ninh's published PAPI scores
(tunah72/papi-dashboard, agg_province_year.csv). Sub-dimension scores are constructed to add up.
`,
};
