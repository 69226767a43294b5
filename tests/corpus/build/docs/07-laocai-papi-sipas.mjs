// Lào Cai, PAPI + SIPAS, results 2024 -> targets 2025, Word document.
export default {
  dir: '07-laocai-papi-sipas-2025',
  format: 'docx',
  source: 'source.docx',
  description: 'PAPI and SIPAS plan as a Word file: task parts A/B with lead cells merged over several tasks, PAPI dimensions with only some lettered sub-dimensions (partial), two single-row year columns, SIPAS as a flat list 1-9 without groups',
  plan: { number: '287/KH-UBND', issuer: 'UBND tỉnh Lào Cai', resultYear: 2024, targetYear: 2025 },
  meta: {
    issuerLines: ['ỦY BAN NHÂN DÂN', 'TỈNH LÀO CAI'],
    numberLine: 'Số: 287/KH-UBND',
    placeDate: 'Lào Cai, ngày 12 tháng 6 năm 2025',
    docTitle: 'KẾ HOẠCH',
    docSubtitle: 'Cải thiện Chỉ số PAPI và Chỉ số SIPAS tỉnh Lào Cai năm 2025',
    recipients: ['- Bộ Nội vụ;', '- TT Tỉnh ủy; TT HĐND tỉnh;', '- Chủ tịch, các PCT UBND tỉnh;', '- Các sở, ban, ngành thuộc tỉnh;', '- UBND các huyện, thị xã, thành phố;', '- Lưu: VT, NC1.'],
    signLines: ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'],
    signer: 'Hoàng Quốc Khánh',
  },
  body: [
    'Kết quả Chỉ số PAPI năm 2024 của tỉnh Lào Cai đạt 41,7489 điểm, giảm 0,3586 điểm so với năm 2023, xếp thứ 48/63, thuộc nhóm thấp nhất. Chỉ số SIPAS năm 2024 đạt 84,85%.',
    '## I. MỤC TIÊU',
    'Phấn đấu Chỉ số PAPI năm 2025 đạt từ 43,5 điểm trở lên; Chỉ số SIPAS đạt 86% trở lên.',
    '## II. NHIỆM VỤ, GIẢI PHÁP',
    'Theo Phụ lục I (nhiệm vụ), Phụ lục II (chỉ tiêu PAPI) và Phụ lục III (chỉ tiêu SIPAS) kèm theo Kế hoạch.',
    '## III. TỔ CHỨC THỰC HIỆN',
    'Sở Nội vụ là cơ quan thường trực, tổng hợp, báo cáo UBND tỉnh kết quả thực hiện trước ngày 10/12/2025.',
  ],
  tables: [
    {
      kind: 'tasks',
      caption: 'Phụ lục I',
      captionLines: ['Phụ lục I', 'NHIỆM VỤ, GIẢI PHÁP CẢI THIỆN CHỈ SỐ PAPI, SIPAS NĂM 2025', '(Kèm theo Kế hoạch số 287/KH-UBND ngày 12/6/2025 của UBND tỉnh Lào Cai)'],
      header: [['TT', 'Nhiệm vụ, giải pháp', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian thực hiện']],
      cols: ['num', 'title', 'lead', 'support', 'deadline'],
      headingSpan: true,
      mergeAgencies: true,
      rows: `
# A | CHỈ SỐ PAPI | PAPI
1 | Tuyên truyền về đóng góp tự nguyện, công khai các khoản huy động tại thôn, bản | UBND các huyện, thị xã, thành phố | Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh | Thường xuyên | 
2 | Niêm yết công khai danh sách hộ nghèo, hộ cận nghèo, thu chi ngân sách xã | ^UBND các huyện, thị xã, thành phố | Sở Nội vụ + Sở Tài chính | Quý III/2025 | 
3 | Giải quyết dứt điểm khiếu nại, tố cáo tại cơ sở, không để phát sinh điểm nóng | Thanh tra tỉnh | ^Sở Nội vụ + Sở Tài chính | Thường xuyên | 
4 | Rút ngắn thời gian cấp giấy chứng nhận quyền sử dụng đất; công khai quy trình | Sở Nông nghiệp và Môi trường | Văn phòng Đăng ký đất đai tỉnh | Năm 2025 | 
5 | Kiểm soát ô nhiễm không khí tại khu công nghiệp Tằng Loỏng và khu vực khai thác khoáng sản | ^Sở Nông nghiệp và Môi trường | Ban Quản lý khu kinh tế tỉnh | Năm 2025 | 
6 | Nâng cấp Cổng thông tin điện tử tỉnh, hướng dẫn người dân tra cứu thông tin | Sở Khoa học và Công nghệ | Văn phòng UBND tỉnh | Quý IV/2025 | 
# B | CHỈ SỐ SIPAS | SIPAS
1 | Khảo sát sự hài lòng tại Bộ phận một cửa các cấp, công khai kết quả | Sở Nội vụ | Trung tâm Phục vụ hành chính công tỉnh | Quý III/2025 | 
2 | Chấn chỉnh tác phong, thái độ công chức tiếp nhận hồ sơ | ^Sở Nội vụ | ^Trung tâm Phục vụ hành chính công tỉnh | Thường xuyên | 
3 | Rà soát, cắt giảm thành phần hồ sơ, thời gian giải quyết TTHC | Văn phòng UBND tỉnh | Các sở, ban, ngành | Quý IV/2025 | 
4 | Trả lời phản ánh, kiến nghị về TTHC đúng hạn | ^Văn phòng UBND tỉnh | ^Các sở, ban, ngành | Thường xuyên | 
`,
    },
    {
      kind: 'PAPI',
      caption: 'Phụ lục II',
      captionLines: ['Phụ lục II', 'CHỈ TIÊU CẢI THIỆN CÁC NỘI DUNG CHỈ SỐ PAPI NĂM 2025', '(Chỉ liệt kê các chỉ số thành phần có điểm thấp hơn trung bình cả nước)'],
      years: ['2023', '2024'],
      header: [['TT', 'Khía cạnh/Nội dung', 'Điểm tối đa', 'Điểm năm 2023', 'Điểm năm 2024', 'Chỉ tiêu phấn đấu', 'Cơ quan chủ trì']],
      cols: ['lbl', 'name', 'max', 'y0', 'y1', 'target', 'lead'],
      totalSpan: true,
      rows: `
 | total | null | Chỉ số PAPI chung | 80 | 42,1075 | 41,7489 | Từ 43,5 điểm trở lên=43.5 | Sở Nội vụ
1 | 1 | total | @ | 10 | 5,0013 | 4,9318 | 5,20 | Sở Nội vụ
d | 1.4 | 1 | @ | 2,5 | 0,7020 | 0,6512 | 0,80 | UBND các huyện, thị xã, thành phố
2 | 2 | total | @ | 10 | 5,3572 | 5,2122 | 5,40 | Sở Tài chính
a | 2.1 | 2 | @ | 2,5 | 1,0405 | 0,9810 | 1,10 | Sở Văn hóa, Thể thao và Du lịch
3 | 3 | total | @ | 10 | 4,2258 | 4,2201 | 4,40 | Thanh tra tỉnh
b | 3.2 | 3 | @ | 3,33 | 0,8010 | 0,7125 | 0,85 | Thanh tra tỉnh
4 | 4 | total | @ | 10 | 6,3806 | 6,6011 | 6,80 | Thanh tra tỉnh
5 | 5 | total | @ | 10 | 7,4679 | 6,8471 | 7,30 | Trung tâm Phục vụ hành chính công tỉnh
b | 5.2 | 5 | @ | 3,33 | 2,3320 | 2,0541 | 2,30 | Sở Nông nghiệp và Môi trường
6 | 6 | total | @ | 10 | 7,1670 | 7,1965 | 7,30 | Sở Y tế + Sở Giáo dục và Đào tạo
7 | 7 | total | @ | 10 | 3,3743 | 3,4038 | 3,55 | Sở Nông nghiệp và Môi trường
b | 7.2 | 7 | @ | 3,33 | 1,5123 | 1,4510 | 1,55 | Sở Nông nghiệp và Môi trường
8 | 8 | total | @ | 10 | 3,1334 | 3,3364 | 3,55 | Sở Khoa học và Công nghệ
a | 8.1 | 8 | @ | 3,33 | 0,3522 | 0,3815 | 0,50 | Văn phòng UBND tỉnh
`,
    },
    {
      kind: 'SIPAS',
      caption: 'Phụ lục III',
      captionLines: ['Phụ lục III', 'CHỈ TIÊU NÂNG CAO CHỈ SỐ SIPAS NĂM 2025', '(Kèm theo Kế hoạch số 287/KH-UBND ngày 12/6/2025 của UBND tỉnh Lào Cai)'],
      years: ['2024'],
      header: [['STT', 'Nội dung', 'Thang điểm (%)', 'Kết quả năm 2024 (%)', 'Chỉ tiêu năm 2025 (%)', 'Cơ quan chủ trì']],
      cols: ['lbl', 'name', 'max', 'y0', 'target', 'lead'],
      rows: `
 | total | null | Chỉ số hài lòng chung | 100 | 84,85 | 86,00 | Sở Nội vụ
1 | 1 | total | @ | 100 | 84,10 | 85,50 | Sở Tư pháp
2 | 2 | total | @ | 100 | 83,62 | 85,00 | Sở Tư pháp
3 | 3 | total | @ | 100 | 85,03 | 86,00 | Sở Tài chính
4 | 4 | total | @ | 100 | 84,97 | 86,00 | Sở Tài chính
5 | 5 | total | @ | 100 | 85,56 | 86,50 | Trung tâm Phục vụ hành chính công tỉnh
6 | 6 | total | @ | 100 | 84,80 | 86,00 | Văn phòng UBND tỉnh
7 | 7 | total | @ | 100 | 85,31 | 86,50 | Sở Nội vụ
8 | 8 | total | @ | 100 | 85,12 | 86,00 | Trung tâm Phục vụ hành chính công tỉnh
9 | 9 | total | @ | 100 | 84,42 | 85,50 | Văn phòng UBND tỉnh
`,
    },
  ],
  planted: [],
  mustReport: [],
  notes: `
# 07 — Lào Cai, PAPI + SIPAS 2024 → 2025 (.docx)

Varies:
- Task table (Phụ lục I) with parts \`A\` (PAPI) and \`B\` (SIPAS), task numbers restarting 1, 2 …
  in each part; lead and support cells merged vertically across consecutive tasks in Word
  (A.2 shares A.1's lead, A.3 shares A.2's support, A.5 shares A.4's lead; B.2 and B.4 share both
  lead and support with the task above).
- PAPI (Phụ lục II): a PARTIAL list — all 8 dimensions, but under them only the sub-dimensions
  that scored below the national average, lettered \`a\`–\`d\` by their national position
  (\`d\` under 1 = Đóng góp tự nguyện -> code 1.4). Its subtitle says so.
- Two result years as plain single-row columns \`Điểm năm 2023\`, \`Điểm năm 2024\`; target column
  \`Chỉ tiêu phấn đấu\` without a year; \`Khía cạnh/Nội dung\`.
- Total \`Chỉ số PAPI chung\` first, spanning STT and name; target \`Từ 43,5 điểm trở lên\`.
- SIPAS (Phụ lục III): a flat list of the nine components (no group rows), so each component's
  parent is the total; \`Thang điểm (%)\` column holding 100.
- No planted errors.

Figures: PAPI dimension and total scores 2023–2024 are Lào Cai's published scores
(tunah72/papi-dashboard, agg_province_year.csv). The sub-dimension scores and all SIPAS figures
are constructed.
`,
};
