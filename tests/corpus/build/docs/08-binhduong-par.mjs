// Bình Dương, PAR INDEX only, results 2023 -> targets 2024, PDF printed from the Word file.
export default {
  dir: '08-binhduong-par-2024',
  format: 'pdf',
  source: 'source.pdf',
  description: 'PAR INDEX plan as a PDF with a text layer: criteria table running over two pages with its header repeated, printed codes with decimal commas and trailing dots, two result years, partial list of criteria that lost points, no planted errors',
  plan: { number: '2210/KH-UBND', issuer: 'UBND tỉnh Bình Dương', resultYear: 2023, targetYear: 2024 },
  meta: {
    issuerLines: ['ỦY BAN NHÂN DÂN', 'TỈNH BÌNH DƯƠNG'],
    numberLine: 'Số: 2210/KH-UBND',
    placeDate: 'Bình Dương, ngày 10 tháng 5 năm 2024',
    docTitle: 'KẾ HOẠCH',
    docSubtitle: 'Duy trì, nâng cao Chỉ số cải cách hành chính (PAR INDEX) tỉnh Bình Dương năm 2024',
    recipients: ['- Bộ Nội vụ;', '- TT.TU, TT.HĐND tỉnh;', '- CT, các PCT UBND tỉnh;', '- Các sở, ban, ngành;', '- UBND các huyện, thành phố;', '- LĐVP, Tg, TH;', '- Lưu: VT.'],
    signLines: ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH'],
    signer: 'Võ Văn Minh',
  },
  html: { plain: true, theadTh: true },
  body: [
    'Chỉ số cải cách hành chính năm 2023 của tỉnh Bình Dương đạt 93,58%, tăng 2,13% so với năm 2022. Tuy nhiên, một số tiêu chí, tiêu chí thành phần vẫn bị trừ điểm. Để duy trì và nâng cao Chỉ số PAR INDEX năm 2024, UBND tỉnh ban hành Kế hoạch như sau:',
    '## I. MỤC TIÊU',
    'Chỉ số PAR INDEX năm 2024 của tỉnh đạt 96,70% trở lên, thuộc nhóm 10 địa phương dẫn đầu.',
    '## II. NHIỆM VỤ',
    'Các nhiệm vụ cụ thể tại Phụ lục 1; các tiêu chí, tiêu chí thành phần bị trừ điểm năm 2023 và chỉ tiêu năm 2024 tại Phụ lục 2.',
    '## III. TỔ CHỨC THỰC HIỆN',
    'Sở Nội vụ theo dõi, đôn đốc, kiểm tra; tổng hợp kết quả, báo cáo UBND tỉnh. Các cơ quan, đơn vị được giao chủ trì tiêu chí chịu trách nhiệm về kết quả điểm số của tiêu chí.',
  ],
  tables: [
    {
      kind: 'tasks',
      caption: 'Phụ lục 1',
      captionLines: ['Phụ lục 1', 'NHIỆM VỤ NÂNG CAO CHỈ SỐ PAR INDEX NĂM 2024', '(Kèm theo Kế hoạch số 2210/KH-UBND ngày 10/5/2024 của UBND tỉnh Bình Dương)'],
      index: 'PAR',
      header: [['STT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian hoàn thành']],
      cols: ['num', 'title', 'lead', 'support', 'deadline'],
      headingSpan: true,
      rows: `
# 1 | Công tác chỉ đạo, điều hành
1.1 | Xử lý dứt điểm các vấn đề phát hiện qua kiểm tra CCHC năm 2023 | Sở Nội vụ | Các cơ quan được kiểm tra | Quý II/2024 | 
1.2 | Thực hiện đúng hạn các nhiệm vụ Chính phủ, Thủ tướng Chính phủ giao | Văn phòng UBND tỉnh | Các sở, ban, ngành | Thường xuyên | 
# 2 | Cải cách thể chế
2.1 | Khảo sát, đánh giá tác động của VBQPPL do tỉnh ban hành | Sở Tư pháp | Các sở, ban, ngành + UBND các huyện, thành phố | Quý III/2024 | 
# 3 | Cải cách thủ tục hành chính
3.1 | Giải quyết hồ sơ TTHC đúng hạn, giảm hồ sơ trễ hạn | Trung tâm Phục vụ hành chính công tỉnh | Các sở, ban, ngành + UBND các huyện, thành phố | Thường xuyên | 
# 5 | Cải cách chế độ công vụ
5.1 | Tăng cường kỷ luật, kỷ cương hành chính; không để cán bộ bị kỷ luật | Sở Nội vụ | Thanh tra tỉnh | Thường xuyên | 
5.2 | Tổ chức tuyển dụng, bổ nhiệm công khai, minh bạch | Sở Nội vụ | Các sở, ban, ngành | Năm 2024 | 
# 6 | Cải cách tài chính công
6.1 | Đẩy nhanh giải ngân vốn đầu tư công | Sở Kế hoạch và Đầu tư | Sở Tài chính + Kho bạc Nhà nước Bình Dương | Tháng 01/2025 | 
# 7 | Chính quyền điện tử, chính quyền số
7.1 | Đưa dịch vụ dữ liệu trên NDXP vào sử dụng; tăng hồ sơ trực tuyến toàn trình | Sở Thông tin và Truyền thông | Trung tâm Phục vụ hành chính công tỉnh | Tháng 12/2024 | 
`,
    },
    {
      kind: 'PAR',
      caption: 'Phụ lục 2',
      captionLines: ['Phụ lục 2', 'CÁC TIÊU CHÍ, TIÊU CHÍ THÀNH PHẦN BỊ TRỪ ĐIỂM VÀ CHỈ TIÊU NĂM 2024', '(Kèm theo Kế hoạch số 2210/KH-UBND ngày 10/5/2024 của UBND tỉnh Bình Dương)'],
      years: ['2022', '2023'],
      header: [
        [['STT', 2], ['Tiêu chí, tiêu chí thành phần', 2], ['Điểm tối đa', 2], ['Điểm đạt', 1, 2], ['Mục tiêu năm 2024', 2], ['Đơn vị chủ trì', 2]],
        ['Năm 2022', 'Năm 2023'],
      ],
      cols: ['lbl', 'name', 'max', 'y0', 'y1', 'target', 'lead'],
      rows: `
1. | 1 | total | CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CCHC | 9,5 | 9,25 | 9,00 | 9,5 | Sở Nội vụ
1,3 | 1.3 | 1 | Kiểm tra CCHC của tỉnh | 2 | 1,75 | 1,75 | 2 | Sở Nội vụ
1.3.1 | 1.3.1 | 1.3 | @ | 1 | 1 | 1 | 1 | Sở Nội vụ
1.3.2 | 1.3.2 | 1.3 | @ | 1 | 0,75 | 0,75 | 1 | Sở Nội vụ
1,7 | 1.7 | 1 | @ | 1,5 | 1,5 | 1,25 | 1,5 | Văn phòng UBND tỉnh
2. | 2 | total | CẢI CÁCH THỂ CHẾ | 10 | 9,28 | 9,36 | 9,6 | Sở Tư pháp
2,4 | 2.4 | 2 | @ | 4 | 3,28 | 3,36 | 3,6 | Sở Tư pháp
2.4.1 | 2.4.1 | 2.4 | @ | 1 | 0,82 | 0,84 | 0,90 | Sở Tư pháp
2.4.2 | 2.4.2 | 2.4 | @ | 1 | 0,81 | 0,83 | 0,90 | Sở Tư pháp
2.4.3 | 2.4.3 | 2.4 | @ | 1 | 0,80 | 0,83 | 0,90 | Sở Tư pháp
2.4.4 | 2.4.4 | 2.4 | @ | 1 | 0,85 | 0,86 | 0,90 | Sở Tư pháp
3. | 3 | total | CẢI CÁCH THỦ TỤC HÀNH CHÍNH | 13 | 12,75 | 12,52 | 13 | Trung tâm Phục vụ hành chính công tỉnh
3,4 | 3.4 | 3 | @ | 5 | 4,75 | 4,52 | 5 | Trung tâm Phục vụ hành chính công tỉnh
4. | 4 | total | CẢI CÁCH TỔ CHỨC BỘ MÁY HÀNH CHÍNH | 10,5 | 9,70 | 9,74 | 10,1 | Sở Nội vụ
4,1 | 4.1 | 4 | @ | 6,5 | 5,95 | 5,99 | 6,2 | Sở Nội vụ
4.1.4 | 4.1.4 | 4.1 | @ | 1 | 0,82 | 0,84 | 0,90 | Sở Nội vụ
4.1.5 | 4.1.5 | 4.1 | @ | 1 | 0,81 | 0,82 | 0,88 | Sở Nội vụ
4.1.6 | 4.1.6 | 4.1 | @ | 1 | 0,82 | 0,83 | 0,92 | Văn phòng UBND tỉnh
4,3 | 4.3 | 4 | @ | 3 | 2,75 | 2,75 | 2,90 | Sở Nội vụ
4.3.4 | 4.3.4 | 4.3 | @ | 1 | 0,75 | 0,75 | 0,90 | Sở Nội vụ
5. | 5 | total | CẢI CÁCH CHẾ ĐỘ CÔNG VỤ | 15 | 13,20 | 13,67 | 14,3 | Sở Nội vụ
5,2 | 5.2 | 5 | @ | 2,5 | 2,30 | 2,33 | 2,42 | Sở Nội vụ
5.2.3 | 5.2.3 | 5.2 | @ | 1 | 0,91 | 0,92 | 0,96 | Sở Nội vụ
5.2.4 | 5.2.4 | 5.2 | @ | 1 | 0,89 | 0,91 | 0,96 | Sở Nội vụ
5,3 | 5.3 | 5 | @ | 2,75 | 2,55 | 2,58 | 2,70 | Sở Nội vụ
5.3.2. | 5.3.2 | 5.3 | @ | 1 | 0,90 | 0,91 | 0,95 | Sở Nội vụ
5.3.3. | 5.3.3 | 5.3 | @ | 1 | 0,90 | 0,92 | 0,95 | Sở Nội vụ
5,4 | 5.4 | 5 | @ | 1,5 | 1 | 1 | 1,5 | Sở Nội vụ
5,7 | 5.7 | 5 | @ | 4 | 3,35 | 3,51 | 3,70 | Sở Nội vụ
5.7.1 | 5.7.1 | 5.7 | @ | 1 | 0,86 | 0,90 | 0,93 | Sở Nội vụ
5.7.2 | 5.7.2 | 5.7 | @ | 1 | 0,85 | 0,88 | 0,92 | Sở Nội vụ
5.7.3 | 5.7.3 | 5.7 | @ | 1 | 0,86 | 0,90 | 0,93 | Sở Nội vụ
5.7.4 | 5.7.4 | 5.7 | @ | 1 | 0,78 | 0,83 | 0,92 | Sở Nội vụ
6. | 6 | total | CẢI CÁCH TÀI CHÍNH CÔNG | 12 | 11,02 | 11,34 | 11,5 | Sở Tài chính
6,1 | 6.1 | 6 | @ | 5 | 4,40 | 4,52 | 4,70 | Sở Tài chính
6.1.1 | 6.1.1 | 6.1 | @ | 1 | 0,80 | 0,86 | 0,95 | Sở Kế hoạch và Đầu tư
6.1.4 | 6.1.4 | 6.1 | @ | 1 | 0,80 | 0,82 | 0,87 | Sở Tài chính
6.1.5 | 6.1.5 | 6.1 | @ | 1 | 0,80 | 0,84 | 0,88 | Sở Tài chính
6,3 | 6.3 | 6 | @ | 4 | 3,80 | 3,82 | 3,90 | Sở Tài chính
6.3.5 | 6.3.5 | 6.3 | @ | 1 | 0,80 | 0,82 | 0,90 | Sở Tài chính
7. | 7 | total | XÂY DỰNG VÀ PHÁT TRIỂN CHÍNH QUYỀN ĐIỆN TỬ, CHÍNH QUYỀN SỐ | 13,5 | 12,15 | 13,10 | 13,5 | Sở Thông tin và Truyền thông
7,1 | 7.1 | 7 | @ | 3,5 | 3,10 | 3,30 | 3,5 | Sở Thông tin và Truyền thông
7.1.4 | 7.1.4 | 7.1 | @ | 1 | 0,60 | 0,80 | 1 | Sở Thông tin và Truyền thông
7,3 | 7.3 | 7 | @ | 7 | 6,55 | 6,80 | 7 | Trung tâm Phục vụ hành chính công tỉnh
7.3.6 | 7.3.6 | 7.3 | @ | 1,5 | 1,05 | 1,30 | 1,5 | Trung tâm Phục vụ hành chính công tỉnh
8. | 8 | total | TÁC ĐỘNG CỦA CCHC ĐẾN NGƯỜI DÂN, TỔ CHỨC VÀ CÁC CHỈ TIÊU PHÁT TRIỂN KT-XH CỦA TỈNH | 16,5 | 14,10 | 14,85 | 15,2 | Sở Nội vụ
8,1 | 8.1 | 8 | @ | 10 | 8,60 | 8,85 | 9,00 | Sở Nội vụ
8,6 | 8.6 | 8 | @ | 1,5 | 1,00 | 1,00 | 1,5 | Sở Kế hoạch và Đầu tư
 | total | null | TỔNG CỘNG | 100 | 91,45 | 93,58 | 96,70 | Sở Nội vụ
`,
    },
  ],
  planted: [],
  mustReport: [],
  notes: `
# 08 — Bình Dương, PAR INDEX 2023 → 2024 (PDF with a text layer)

The document is laid out as a printable page by tests/corpus/build and printed to PDF with
headless Chromium (\`--print-to-pdf\`; the machine's LibreOffice has Calc only, no Writer, so
\`soffice --convert-to pdf\` cannot load a .docx or .html here). The PDF is what is committed and
scored: 5 pages, and both tables run over page breaks with their header rows repeated on every
page (the criteria table, Phụ lục 2, 49 rows, spans three pages).

Varies:
- PDF input: tables must be rebuilt from positioned text / ruling lines.
- Printed codes as found in real plans: areas \`1.\` … \`8.\` (trailing dot), criteria with a decimal
  comma \`1,3\`, \`4,1\` (-> 1.3, 4.1), sub-criteria \`5.3.2.\` with a trailing dot (-> 5.3.2).
- Two result years under \`Điểm đạt\` (\`Năm 2022 | Năm 2023\`); result = 2023; target \`Mục tiêu năm
  2024\`; lead \`Đơn vị chủ trì\`.
- Partial list: only the criteria and sub-criteria that lost points in 2023 (except 2.4 and 5.7
  whose four sub-criteria are all listed and add up). Area scores are the real ones; the total
  \`TỔNG CỘNG\` (empty STT) is the sum of the areas.
- Task table (Phụ lục 1) PAR-only, area headings numbered 1, 2, 3, 5, 6, 7 (areas with no task
  are skipped) and tasks numbered 1.1, 1.2, 2.1 … under them.
- No planted errors.

Figures: national PAR tree (bundled plan Phụ lục 2); Bình Dương's scores are constructed, the
lost points of each listed sub-criterion add up to its area's.
`,
};
