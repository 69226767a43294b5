// Đồng Tháp, PAR INDEX + PAPI, results 2024 -> targets 2025, Word document.
export default {
  dir: '05-dongthap-par-papi-2025',
  format: 'docx',
  source: 'source.docx',
  description: 'PAR INDEX and PAPI plan as a Word file: PAR areas in Roman numerals with criteria numbered 1, 2, 3 restarting under each area, an area whose result is not the sum of its criteria, tasks in parts I/II with dash-listed agencies, PAPI dimensions with max column and targets in words',
  plan: { number: '156/KH-UBND', issuer: 'UBND tỉnh Đồng Tháp', resultYear: 2024, targetYear: 2025 },
  meta: {
    issuerLines: ['ỦY BAN NHÂN DÂN', 'TỈNH ĐỒNG THÁP'],
    numberLine: 'Số: 156/KH-UBND',
    placeDate: 'Đồng Tháp, ngày 21 tháng 5 năm 2025',
    docTitle: 'KẾ HOẠCH',
    docSubtitle: 'Nâng cao Chỉ số cải cách hành chính và Chỉ số hiệu quả quản trị và hành chính công cấp tỉnh năm 2025',
    recipients: ['- Bộ Nội vụ;', '- TT/TU, TT/HĐND tỉnh;', '- CT, các PCT/UBND tỉnh;', '- Các sở, ban, ngành tỉnh;', '- UBND các huyện, thành phố;', '- Lưu: VT, NC/CCHC.'],
    signLines: ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH'],
    signer: 'Phạm Thiện Nghĩa',
  },
  docx: { landscape: true },
  body: [
    'Năm 2024, Chỉ số CCHC (PAR INDEX) của tỉnh Đồng Tháp đạt 90,58%; Chỉ số PAPI đạt 43,8357 điểm, tăng 2,5131 điểm so với năm 2023, thuộc nhóm trung bình cao.',
    '## I. MỤC TIÊU',
    'Chỉ số PAR INDEX năm 2025 đạt từ 95% trở lên; Chỉ số PAPI đạt từ 45 điểm trở lên.',
    '## II. NHIỆM VỤ VÀ GIẢI PHÁP',
    '(Chi tiết tại Phụ lục I, Phụ lục II và Phụ lục III kèm theo)',
    '## III. TỔ CHỨC THỰC HIỆN',
    'Giao Sở Nội vụ theo dõi, kiểm tra, đôn đốc việc thực hiện Kế hoạch này.',
  ],
  tables: [
    {
      kind: 'tasks',
      caption: 'Phụ lục I',
      captionLines: ['Phụ lục I', 'NHIỆM VỤ, GIẢI PHÁP NÂNG CAO CÁC CHỈ SỐ NĂM 2025', '(Kèm theo Kế hoạch số 156/KH-UBND ngày 21 tháng 5 năm 2025 của Ủy ban nhân dân tỉnh)'],
      header: [['STT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian thực hiện', 'Sản phẩm']],
      cols: ['num', 'title', 'lead', 'support', 'deadline', 'product'],
      headingSpan: true,
      leadJoin: '\n- ',
      supportJoin: '\n- ',
      rows: `
# I | CHỈ SỐ CẢI CÁCH HÀNH CHÍNH (PAR INDEX) | PAR
1. | Ban hành Kế hoạch kiểm tra CCHC năm 2025; kiểm tra tối thiểu 30% cơ quan, đơn vị | Sở Nội vụ | Văn phòng UBND tỉnh | Tháng 6/2025 | Kế hoạch, báo cáo kiểm tra
2. | Tổ chức hội thi sáng kiến, giải pháp CCHC | Sở Nội vụ | Sở Khoa học và Công nghệ + Liên đoàn Lao động tỉnh | Quý III/2025 | Sáng kiến được công nhận
3. | Thực hiện đúng hạn các nhiệm vụ Chính phủ, Thủ tướng Chính phủ giao | Văn phòng UBND tỉnh | Các sở, ban, ngành | Thường xuyên | Báo cáo
4. | Thực hiện quy trình điện tử, số hóa kết quả giải quyết TTHC | Trung tâm Phục vụ hành chính công tỉnh | Các sở, ban, ngành + UBND các huyện, thành phố | Tháng 10/2025 | Tỷ lệ hồ sơ được số hóa
5. | Bố trí công chức theo vị trí việc làm sau sắp xếp; thực hiện tinh giản biên chế | Sở Nội vụ | Các sở, ban, ngành + UBND các huyện, thành phố | Năm 2025 | Quyết định
6. | Giải ngân vốn đầu tư công; thực hiện kết luận thanh tra, kiểm toán | Sở Tài chính | Kho bạc Nhà nước khu vực XVIII + Các chủ đầu tư | Tháng 01/2026 | Báo cáo
7. | Nâng tỷ lệ thanh toán trực tuyến và hồ sơ trực tuyến toàn trình | Trung tâm Phục vụ hành chính công tỉnh | Sở Khoa học và Công nghệ + Bưu điện tỉnh | Tháng 12/2025 | Báo cáo
# II | CHỈ SỐ PAPI | PAPI
1. | Phổ biến Luật Thực hiện dân chủ ở cơ sở; hướng dẫn bầu trưởng ấp, khóm | Sở Nội vụ | Sở Tư pháp + UBND các huyện, thành phố | Quý III/2025 | Tài liệu, hội nghị
2. | Công khai danh sách hộ nghèo, hộ cận nghèo; thu chi ngân sách xã | UBND các huyện, thành phố | Sở Nội vụ + Sở Tài chính | Thường xuyên | Niêm yết công khai
3. | Tăng cường tiếp công dân, giải quyết khiếu nại, tố cáo tại cơ sở | Thanh tra tỉnh | UBND các huyện, thành phố | Thường xuyên | Báo cáo
4. | Kiểm soát tham nhũng trong cung ứng dịch vụ y tế, giáo dục công lập | Sở Y tế + Sở Giáo dục và Đào tạo | Thanh tra tỉnh | Năm 2025 | Báo cáo
5. | Tăng cường quản lý chất thải rắn sinh hoạt, bảo vệ nguồn nước | Sở Nông nghiệp và Môi trường | UBND các huyện, thành phố | Thường xuyên | Báo cáo
6. | Tuyên truyền sử dụng Cổng thông tin điện tử tỉnh và dịch vụ công trực tuyến | Sở Khoa học và Công nghệ | Đài Phát thanh và Truyền hình Đồng Tháp + Báo Đồng Tháp | Thường xuyên | Chuyên mục
`,
    },
    {
      kind: 'PAR',
      caption: 'Phụ lục II',
      captionLines: ['Phụ lục II', 'KẾT QUẢ CHỈ SỐ CCHC NĂM 2024 VÀ CHỈ TIÊU NĂM 2025', '(Kèm theo Kế hoạch số 156/KH-UBND ngày 21 tháng 5 năm 2025 của Ủy ban nhân dân tỉnh)'],
      years: ['2024'],
      header: [['TT', 'Lĩnh vực/Tiêu chí', 'Điểm tối đa', 'Kết quả năm 2024', 'Chỉ tiêu năm 2025', 'Cơ quan chủ trì']],
      cols: ['lbl', 'name', 'max', 'y0', 'target', 'lead'],
      mergeLead: true,
      rows: `
I | 1 | total | @ | 9,5 | 8,50 | 9,50 | Sở Nội vụ
1 | 1.1 | 1 | @ | 1,5 | 1,5 | 1,5 | ^Sở Nội vụ
2 | 1.2 | 1 | @ | 0,5 | 0,5 | 0,5 | ^Sở Nội vụ
3 | 1.3 | 1 | @ | 2 | 1,75 | 2 | ^Sở Nội vụ
4 | 1.4 | 1 | @ | 1 | 1 | 1 | ^Sở Nội vụ
5 | 1.5 | 1 | @ | 2 | 1,5 | 2 | ^Sở Nội vụ
6 | 1.6 | 1 | @ | 1 | 1 | 1 | Văn phòng UBND tỉnh
7 | 1.7 | 1 | @ | 1,5 | 1,25 | 1,5 | ^Văn phòng UBND tỉnh
II | 2 | total | @ | 10 | 9,32 | 9,50 | Sở Tư pháp
1 | 2.1 | 2 | @ | 3 | 3 | 3 | ^Sở Tư pháp
2 | 2.2 | 2 | @ | 1,5 | 1,5 | 1,5 | ^Sở Tư pháp
3 | 2.3 | 2 | @ | 1,5 | 1,5 | 1,5 | ^Sở Tư pháp
4 | 2.4 | 2 | @ | 4 | 3,32 | 3,5 | ^Sở Tư pháp
III | 3 | total | @ | 13 | 12,37 | 13 | Trung tâm Phục vụ hành chính công tỉnh
1 | 3.1 | 3 | @ | 1 | 1 | 1 | Văn phòng UBND tỉnh
2 | 3.2 | 3 | @ | 3 | 2,75 | 3 | Trung tâm Phục vụ hành chính công tỉnh
3 | 3.3 | 3 | @ | 3 | 3 | 3 | ^Trung tâm Phục vụ hành chính công tỉnh
4 | 3.4 | 3 | @ | 5 | 4,62 | 5 | ^Trung tâm Phục vụ hành chính công tỉnh
5 | 3.5 | 3 | @ | 1 | 1 | 1 | Văn phòng UBND tỉnh
IV | 4 | total | @ | 10,5 | 9,52 | 10,0 | Sở Nội vụ
1 | 4.1 | 4 | @ | 6,5 | 5,88 | 6,2 | ^Sở Nội vụ
2 | 4.2 | 4 | @ | 1 | 1 | 1 | ^Sở Nội vụ
3 | 4.3 | 4 | @ | 3 | 2,64 | 2,8 | ^Sở Nội vụ
V | 5 | total | @ | 15 | 13,47 | 14,2 | ^Sở Nội vụ
1 | 5.1 | 5 | @ | 1,75 | 1,75 | 1,75 | ^Sở Nội vụ
2 | 5.2 | 5 | @ | 2,5 | 2,31 | 2,4 | ^Sở Nội vụ
3 | 5.3 | 5 | @ | 2,75 | 2,56 | 2,65 | ^Sở Nội vụ
4 | 5.4 | 5 | @ | 1,5 | 1,5 | 1,5 | ^Sở Nội vụ
5 | 5.5 | 5 | @ | 2 | 1,82 | 1,9 | ^Sở Nội vụ
6 | 5.6 | 5 | @ | 0,5 | 0,5 | 0,5 | ^Sở Nội vụ
7 | 5.7 | 5 | @ | 4 | 3,30 | 3,5 | ^Sở Nội vụ
VI | 6 | total | @ | 12 | 10,92 | 11,35 | Sở Tài chính
1 | 6.1 | 6 | @ | 5 | 4,35 | 4,6 | ^Sở Tài chính
2 | 6.2 | 6 | @ | 3 | 2,85 | 2,9 | ^Sở Tài chính
3 | 6.3 | 6 | @ | 4 | 3,72 | 3,85 | ^Sở Tài chính
VII | 7 | total | @ | 13,5 | 12,21 | 13,1 | Sở Khoa học và Công nghệ
1 | 7.1 | 7 | @ | 3,5 | 3,25 | 3,5 | ^Sở Khoa học và Công nghệ
2 | 7.2 | 7 | @ | 3 | 3 | 3 | Văn phòng UBND tỉnh
3 | 7.3 | 7 | @ | 7 | 5,96 | 6,6 | Trung tâm Phục vụ hành chính công tỉnh
VIII | 8 | total | @ | 16,5 | 14,27 | 15,3 | Sở Nội vụ
1 | 8.1 | 8 | @ | 10 | 8,52 | 8,8 | ^Sở Nội vụ
2 | 8.2 | 8 | @ | 1 | 1 | 1 | Sở Tài chính
3 | 8.3 | 8 | @ | 2 | 1,5 | 2 | ^Sở Tài chính
4 | 8.4 | 8 | @ | 2 | 2 | 2 | Thuế tỉnh Đồng Tháp
5 | 8.5 | 8 | Mức độ thực hiện các chỉ tiêu phát triển KT-XH do HĐND tỉnh giao | 1,5 | 1,25 | 1,5 | Sở Tài chính
 | total | null | Tổng điểm | 100 | 90,58 | 95,95 | Sở Nội vụ
`,
    },
    {
      kind: 'PAPI',
      caption: 'Phụ lục III',
      captionLines: ['Phụ lục III', 'KẾT QUẢ CHỈ SỐ PAPI NĂM 2023, 2024 VÀ CHỈ TIÊU NĂM 2025', '(Kèm theo Kế hoạch số 156/KH-UBND ngày 21 tháng 5 năm 2025 của Ủy ban nhân dân tỉnh)'],
      years: ['2023', '2024'],
      header: [
        [['TT', 2], ['Chỉ số nội dung', 2], ['Điểm tối đa', 2], ['Điểm đạt được', 1, 3], ['Chỉ tiêu năm 2025', 2], ['Cơ quan chủ trì', 2]],
        ['Năm 2023', 'Năm 2024', 'Tăng (+), giảm (-)'],
      ],
      cols: ['lbl', 'name', 'max', 'y0', 'y1', 'diff', 'target', 'lead'],
      diffSign: true,
      leadJoin: '\n- ',
      rows: `
1 | 1 | total | @ | 10 | 3,9250 | 4,5901 | 4,80 | Sở Nội vụ
2 | 2 | total | @ | 10 | 4,6667 | 5,2070 | 5,40 | Sở Tài chính + Sở Nông nghiệp và Môi trường
3 | 3 | total | @ | 10 | 4,0032 | 4,4080 | 4,50 | Thanh tra tỉnh
4 | 4 | total | @ | 10 | 6,9578 | 7,2804 | 7,35 | Thanh tra tỉnh
5 | 5 | total | @ | 10 | 7,3098 | 7,5600 | 7,60 | Trung tâm Phục vụ hành chính công tỉnh
6 | 6 | total | @ | 10 | 7,2535 | 7,3097 | Duy trì trên 7,35=7.35 | Sở Y tế + Sở Giáo dục và Đào tạo
7 | 7 | total | @ | 10 | 4,2895 | 4,4122 | 4,50 | Sở Nông nghiệp và Môi trường
8 | 8 | total | @ | 10 | 2,9171 | 3,0683 | 3,50 | Sở Khoa học và Công nghệ
 | total | null | Tổng điểm PAPI | 80 | 41,3226 | 43,8357 | Từ 45 điểm trở lên=45 | Sở Nội vụ
`,
    },
  ],
  planted: [{ kind: 'sum', index: 'PAR', code: '5', field: 'result' }],
  mustReport: [],
  notes: `
# 05 — Đồng Tháp, PAR INDEX + PAPI 2024 → 2025 (.docx)

Varies:
- Task table (Phụ lục I) in two parts headed \`I\` (PAR INDEX) and \`II\` (PAPI), tasks numbered \`1.\`,
  \`2.\` … restarting in each part; several agencies in a cell as a dash list, one per line
  (\`- Sở Y tế\` / \`- Sở Giáo dục và Đào tạo\`).
- PAR INDEX (Phụ lục II): full list at criterion level; areas in Roman numerals I–VIII and criteria
  numbered 1, 2, 3 … restarting under each area (no national codes printed) -> codes 1.1 … 8.5.
  NOTE: area VIII's fifth criterion is the national 8.6, but printed as \`5\` it is code \`8.5\` by the
  corpus rules. Lead cells merged vertically in Word over long runs. Total \`Tổng điểm\` last.
- Planted: area V prints 13,47 while its criteria add up to 13,74 (digits swapped). The total
  (90,58) is the sum of the area scores as printed.
- PAPI (Phụ lục III): \`Điểm đạt được\` over \`Năm 2023 | Năm 2024 | Tăng (+), giảm (-)\` (signed
  difference, never the result), dimensions 1–8 only, max column \`Điểm tối đa\`, targets
  \`Duy trì trên 7,35\` and \`Từ 45 điểm trở lên\`; dimension targets add up to the total's 45.

Figures: PAPI 2023–2024 are Đồng Tháp's published scores (tunah72/papi-dashboard,
agg_province_year.csv). PAR criterion scores are constructed (criteria add up to their areas
except the planted one).
`,
};
