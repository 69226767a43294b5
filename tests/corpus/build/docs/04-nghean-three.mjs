// Nghệ An, PAR INDEX + SIPAS + PAPI, results 2024 -> targets 2025, web page.
export default {
  dir: '04-nghean-ba-chi-so-2025',
  format: 'html',
  source: 'source.html',
  description: 'Plan for all three indices as a web page: task parts in another order (A PAPI, B SIPAS, C PAR), PAR areas only with a total that does not add up, SIPAS with Roman groups over 1-9, PAPI with three result years and no max column',
  plan: { number: '402/KH-UBND', issuer: 'UBND tỉnh Nghệ An', resultYear: 2024, targetYear: 2025 },
  meta: {
    pageTitle: 'Kế hoạch cải thiện, nâng cao các chỉ số PAR INDEX, SIPAS, PAPI tỉnh Nghệ An năm 2025',
    portal: 'CỔNG THÔNG TIN ĐIỆN TỬ TỈNH NGHỆ AN',
    posted: '03/06/2025 10:15',
    issuerLines: ['ỦY BAN NHÂN DÂN', 'TỈNH NGHỆ AN'],
    numberLine: 'Số: 402/KH-UBND',
    placeDate: 'Nghệ An, ngày 30 tháng 5 năm 2025',
    docTitle: 'KẾ HOẠCH',
    docSubtitle: 'Cải thiện, nâng cao Chỉ số cải cách hành chính (PAR INDEX), Chỉ số hài lòng (SIPAS) và Chỉ số hiệu quả quản trị và hành chính công cấp tỉnh (PAPI) năm 2025',
    recipients: ['- Bộ Nội vụ (để b/c);', '- Thường trực Tỉnh ủy (để b/c);', '- Thường trực HĐND tỉnh (để b/c);', '- Chủ tịch, các PCT UBND tỉnh;', '- Các sở, ban, ngành cấp tỉnh;', '- UBND các huyện, thành phố, thị xã;', '- Lưu: VT, NC.'],
    signLines: ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'],
    signer: 'Bùi Thanh An',
    footer: 'Cổng thông tin điện tử tỉnh Nghệ An. Giấy phép số 45/GP-TTĐT. Địa chỉ: Số 03 đường Trường Thi, thành phố Vinh, tỉnh Nghệ An.',
  },
  html: { captionTag: 'h3', theadTh: true },
  body: [
    'Năm 2024, Chỉ số PAR INDEX của tỉnh đạt 90,15 điểm; Chỉ số SIPAS đạt 84,37%; Chỉ số PAPI đạt 43,0699 điểm, xếp thứ 37/63. Để tiếp tục cải thiện các chỉ số, UBND tỉnh ban hành Kế hoạch như sau:',
    '## I. MỤC TIÊU',
    '- Chỉ số PAR INDEX năm 2025 đạt trên 94 điểm; Chỉ số SIPAS đạt trên 86%; Chỉ số PAPI tăng ít nhất 1 điểm.',
    '## II. NHIỆM VỤ, GIẢI PHÁP',
    '- Nhiệm vụ cụ thể tại Phụ lục I; chỉ tiêu PAR INDEX tại Phụ lục II; chỉ tiêu SIPAS tại Phụ lục III; chỉ tiêu PAPI tại Phụ lục IV.',
    '## III. TỔ CHỨC THỰC HIỆN',
    '- Sở Nội vụ theo dõi, đôn đốc; các cơ quan, đơn vị báo cáo kết quả trước ngày 30/11/2025.',
  ],
  tables: [
    {
      kind: 'tasks',
      caption: 'PHỤ LỤC I',
      captionLines: ['PHỤ LỤC I', 'NHIỆM VỤ, GIẢI PHÁP CẢI THIỆN CÁC CHỈ SỐ NĂM 2025', '(Kèm theo Kế hoạch số 402/KH-UBND ngày 30/5/2025 của UBND tỉnh Nghệ An)'],
      header: [['TT', 'Nhiệm vụ, giải pháp', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian']],
      cols: ['num', 'title', 'lead', 'support', 'deadline'],
      headingSpan: true,
      rows: `
# A | CHỈ SỐ HIỆU QUẢ QUẢN TRỊ VÀ HÀNH CHÍNH CÔNG CẤP TỈNH (PAPI) | PAPI
1 | Tuyên truyền Luật Thực hiện dân chủ ở cơ sở, Luật Tiếp cận thông tin | Sở Tư pháp | Sở Văn hóa, Thể thao và Du lịch + Đài Phát thanh và Truyền hình Nghệ An | Quý II, III/2025 | 
2 | Công khai thu, chi ngân sách xã và các khoản đóng góp của nhân dân | Sở Tài chính | UBND các huyện, thành phố, thị xã | Thường xuyên | 
3 | Xử lý dứt điểm các vụ việc khiếu nại, tố cáo tồn đọng, kéo dài | Thanh tra tỉnh | UBND các huyện, thành phố, thị xã | Năm 2025 | 
4 | Cải thiện chất lượng y tế công lập và giáo dục tiểu học công lập | Sở Y tế + Sở Giáo dục và Đào tạo | UBND các huyện, thành phố, thị xã | Năm 2025 | 
5 | Kiểm soát ô nhiễm môi trường làng nghề, khu công nghiệp | Sở Nông nghiệp và Môi trường | Công an tỉnh | Thường xuyên | 
6 | Phát triển Cổng thông tin điện tử tỉnh thân thiện với người dân, tăng phản hồi trực tuyến | Văn phòng UBND tỉnh | Sở Khoa học và Công nghệ | Quý III/2025 | 
# B | CHỈ SỐ HÀI LÒNG (SIPAS) | SIPAS
7 | Tổ chức lấy ý kiến người dân khi xây dựng chính sách an sinh xã hội, giáo dục, y tế | Sở Tư pháp | Sở Nội vụ + Sở Y tế + Sở Giáo dục và Đào tạo | Năm 2025 | 
8 | Chấn chỉnh thái độ, tác phong của công chức tại Bộ phận một cửa | Sở Nội vụ | Trung tâm Phục vụ hành chính công tỉnh | Thường xuyên | 
9 | Tự khảo sát sự hài lòng tại Trung tâm Phục vụ hành chính công tỉnh và Bộ phận một cửa cấp huyện | Trung tâm Phục vụ hành chính công tỉnh | UBND các huyện, thành phố, thị xã | Quý III/2025 | 
# C | CHỈ SỐ CẢI CÁCH HÀNH CHÍNH (PAR INDEX) | PAR
10 | Kiểm tra công tác CCHC tại 30% cơ quan, đơn vị; theo dõi xử lý sau kiểm tra | Sở Nội vụ | Văn phòng UBND tỉnh | Tháng 11/2025 | 
11 | Rà soát, xử lý VBQPPL không còn phù hợp sau sắp xếp đơn vị hành chính | Sở Tư pháp | Các sở, ban, ngành | Quý III/2025 | 
12 | Số hóa hồ sơ, kết quả giải quyết TTHC; nâng tỷ lệ hồ sơ trực tuyến toàn trình | Văn phòng UBND tỉnh | Sở Khoa học và Công nghệ + Trung tâm Phục vụ hành chính công tỉnh | Tháng 10/2025 | 
13 | Giải ngân vốn đầu tư công đạt trên 95% kế hoạch | Sở Tài chính | Các chủ đầu tư | Tháng 01/2026 | 
14 | Tổ chức thi tuyển chức danh lãnh đạo cấp phòng | Sở Nội vụ | Các sở, ban, ngành | Năm 2025 | 
`,
    },
    {
      kind: 'PAR',
      caption: 'PHỤ LỤC II',
      captionLines: ['PHỤ LỤC II', 'CHỈ TIÊU CẢI THIỆN CHỈ SỐ PAR INDEX NĂM 2025', '(Kèm theo Kế hoạch số 402/KH-UBND ngày 30/5/2025 của UBND tỉnh Nghệ An)'],
      years: ['2024'],
      header: [['STT', 'Lĩnh vực', 'Điểm tối đa', 'Điểm đạt năm 2024', 'Mục tiêu năm 2025', 'Cơ quan chủ trì']],
      cols: ['lbl', 'name', 'max', 'y0', 'target', 'lead'],
      rows: `
1 | 1 | total | @ | 9,5 | 9,25 | 9,5 | Sở Nội vụ
2 | 2 | total | @ | 10 | 9,40 | 9,6 | Sở Tư pháp
3 | 3 | total | @ | 13 | 12,60 | 13 | Văn phòng UBND tỉnh
4 | 4 | total | @ | 10,5 | 9,80 | 10,0 | Sở Nội vụ
5 | 5 | total | @ | 15 | 13,10 | 13,8 | Sở Nội vụ
6 | 6 | total | @ | 12 | 10,90 | 11,3 | Sở Tài chính
7 | 7 | total | @ | 13,5 | 12,20 | 13,0 | Sở Khoa học và Công nghệ
8 | 8 | total | @ | 16,5 | 13,90 | 14,6 | Sở Nội vụ
 | total | null | Tổng cộng | 100 | 90,15 | 94,80 | Sở Nội vụ
`,
    },
    {
      kind: 'SIPAS',
      caption: 'PHỤ LỤC III',
      captionLines: ['PHỤ LỤC III', 'CHỈ TIÊU CẢI THIỆN CHỈ SỐ SIPAS NĂM 2025', '(Kèm theo Kế hoạch số 402/KH-UBND ngày 30/5/2025 của UBND tỉnh Nghệ An)'],
      years: ['2023', '2024'],
      header: [
        [['STT', 2], ['Nội dung', 2], ['Kết quả (%)', 1, 2], ['Chỉ tiêu phấn đấu năm 2025 (%)', 2], ['Cơ quan chủ trì', 2]],
        ['Năm 2023', 'Năm 2024'],
      ],
      cols: ['lbl', 'name', 'y0', 'y1', 'target', 'lead'],
      totalSpan: true,
      rows: `
 | total | null | Chỉ số SIPAS chung | 100 | 82,91 | 84,37 | 86,00 | Sở Nội vụ
I | I | total | @ | 100 | 82,40 | 83,95 | 85,50 | Sở Nội vụ
1 | 1 | I | @ | 100 | 82,15 | 83,62 | 85,00 | Sở Tư pháp
2 | 2 | I | @ | 100 | 81,03 | 82,88 | 85,00 | Sở Tư pháp
3 | 3 | I | @ | 100 | 82,96 | 84,70 | 86,00 | Sở Tài chính + Sở Y tế + Sở Giáo dục và Đào tạo + Công an tỉnh + Sở Xây dựng + Sở Nội vụ
4 | 4 | I | @ | 100 | 83,46 | 84,60 | 86,00 | Sở Tài chính
II | II | total | @ | 100 | 83,42 | 84,79 | 86,50 | Trung tâm Phục vụ hành chính công tỉnh
5 | 5 | II | @ | 100 | 84,20 | 85,31 | 87,00 | Trung tâm Phục vụ hành chính công tỉnh
6 | 6 | II | @ | 100 | 83,05 | 84,66 | 86,50 | Văn phòng UBND tỉnh
7 | 7 | II | @ | 100 | 83,88 | 85,02 | 86,50 | Sở Nội vụ
8 | 8 | II | @ | 100 | 83,30 | 84,74 | 86,50 | Trung tâm Phục vụ hành chính công tỉnh
9 | 9 | II | @ | 100 | 82,67 | 84,22 | 86,00 | Văn phòng UBND tỉnh
`,
    },
    {
      kind: 'PAPI',
      caption: 'PHỤ LỤC IV',
      captionLines: ['PHỤ LỤC IV', 'CHỈ TIÊU CẢI THIỆN CHỈ SỐ PAPI NĂM 2025', '(Kèm theo Kế hoạch số 402/KH-UBND ngày 30/5/2025 của UBND tỉnh Nghệ An)'],
      years: ['2022', '2023', '2024'],
      header: [
        [['TT', 2], ['Chỉ số nội dung', 2], ['Kết quả', 1, 3], ['Phấn đấu đạt năm 2025', 2], ['Đơn vị phụ trách', 2]],
        ['2022', '2023', '2024'],
      ],
      cols: ['lbl', 'name', 'y0', 'y1', 'y2', 'target', 'lead'],
      rows: `
1 | 1 | total | @ | 10 | 5,6093 | 5,0856 | 5,3184 | 5,50 | Sở Nội vụ
2 | 2 | total | @ | 10 | 5,4373 | 5,2890 | 5,2588 | 5,45 | Sở Tài chính
3 | 3 | total | @ | 10 | 4,3129 | 4,3177 | 4,2830 | Tăng 0,2 điểm=4.483 | Thanh tra tỉnh
4 | 4 | total | @ | 10 | 6,5998 | 6,6789 | 6,8993 | 7,00 | Thanh tra tỉnh
5 | 5 | total | @ | 10 | 7,0632 | 7,0761 | 7,1587 | 7,25 | Trung tâm Phục vụ hành chính công tỉnh
6 | 6 | total | @ | 10 | 7,5846 | 7,7858 | 7,2776 | 7,70 | Sở Y tế + Sở Giáo dục và Đào tạo
7 | 7 | total | @ | 10 | 3,5746 | 3,6344 | 3,7922 | 3,90 | Sở Nông nghiệp và Môi trường
8 | 8 | total | @ | 10 | 3,0683 | 2,9799 | 3,0820 | Tăng 0,2 điểm=3.282 | Văn phòng UBND tỉnh
 | total | null | Tổng điểm PAPI | 80 | 43,2500 | 42,8473 | 43,0699 | 44,57 | Sở Nội vụ
`,
    },
  ],
  planted: [{ kind: 'sum', index: 'PAR', code: 'total', field: 'result' }],
  mustReport: [],
  notes: `
# 04 — Nghệ An, PAR INDEX + SIPAS + PAPI 2024 → 2025 (HTML)

All three indices on one portal page; header rows in \`<thead>\` with \`<th>\`, captions in \`<h3>\`.

Varies:
- Task table (PHỤ LỤC I) with parts in another order than the bundled plan: A = PAPI, B = SIPAS,
  C = PAR INDEX, tasks numbered 1–14 straight through the parts; no product column.
- PAR INDEX (PHỤ LỤC II): areas only, numbered 1–8 with \`Lĩnh vực\`, total \`Tổng cộng\` last with an
  empty STT cell.
- SIPAS (PHỤ LỤC III): Roman groups I, II over components numbered 1–9 across groups (codes stay
  I, II, 1…9), \`Kết quả (%)\` spanning \`Năm 2023 | Năm 2024\`, no max column, total
  \`Chỉ số SIPAS chung\` spanning two columns.
- PAPI (PHỤ LỤC IV): dimensions only, three result years (2022, 2023, 2024 under \`Kết quả\`; result is
  2024), no max column (scale 10 / 80), \`Chỉ số nội dung\`, \`Phấn đấu đạt năm 2025\`, \`Đơn vị phụ
  trách\`; two targets \`Tăng 0,2 điểm\` (4,2830 + 0,2; 3,0820 + 0,2); total last.
- Planted: the PAR areas add up to 91,15 but the total prints 90,15 (the text repeats 90,15).

Figures: PAPI 2022–2024 are Nghệ An's published scores (tunah72/papi-dashboard,
agg_province_year.csv, 4 decimals). PAR areas and SIPAS percentages are constructed.
`,
};
