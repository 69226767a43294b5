// Thành phố Đà Nẵng (after the 2025 merger), PAR INDEX + SIPAS, results 2025 -> targets 2026.
export default {
  dir: '12-danang-par-sipas-2026',
  format: 'html',
  source: 'source.html',
  description: 'PAR INDEX and SIPAS plan of a merged city for 2026 as a web page: PAR areas with three result years under Kết quả, a target Đạt điểm tối đa, task parts A/B with Roman sub-headings, SIPAS with a single result column and agencies of the two-level local government',
  plan: { number: '1056/KH-UBND', issuer: 'UBND thành phố Đà Nẵng', resultYear: 2025, targetYear: 2026 },
  meta: {
    pageTitle: 'Kế hoạch nâng cao Chỉ số cải cách hành chính và Chỉ số hài lòng của thành phố Đà Nẵng năm 2026',
    portal: 'CỔNG THÔNG TIN ĐIỆN TỬ THÀNH PHỐ ĐÀ NẴNG',
    posted: '14/04/2026 09:05',
    issuerLines: ['ỦY BAN NHÂN DÂN', 'THÀNH PHỐ ĐÀ NẴNG'],
    numberLine: 'Số: 1056/KH-UBND',
    placeDate: 'Đà Nẵng, ngày 10 tháng 4 năm 2026',
    docTitle: 'KẾ HOẠCH',
    docSubtitle: 'Nâng cao Chỉ số cải cách hành chính (PAR INDEX) và Chỉ số hài lòng của người dân, tổ chức (SIPAS) thành phố Đà Nẵng năm 2026',
    recipients: ['- Bộ Nội vụ (b/c);', '- TT Thành ủy, TT HĐND thành phố (b/c);', '- Chủ tịch, các PCT UBND thành phố;', '- Các sở, ban, ngành;', '- UBND các xã, phường, đặc khu;', '- Lưu: VT, SNV.'],
    signLines: ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH'],
    signer: 'Lương Nguyễn Minh Triết',
    footer: 'Cổng thông tin điện tử thành phố Đà Nẵng - danang.gov.vn. Cơ quan chủ quản: UBND thành phố Đà Nẵng. Trung tâm Hành chính thành phố, 24 Trần Phú, phường Hải Châu.',
  },
  html: { captionTag: 'h3' },
  body: [
    'Năm 2025 là năm đầu tiên thành phố Đà Nẵng (mới) vận hành chính quyền địa phương hai cấp. Chỉ số PAR INDEX năm 2025 của thành phố đạt 92,30 điểm, tăng 1,25 điểm; Chỉ số SIPAS đạt 87,42%.',
    '## I. MỤC TIÊU',
    '- Chỉ số PAR INDEX năm 2026 đạt 95,60 điểm; Chỉ số SIPAS đạt trên 89%.',
    '## II. NHIỆM VỤ, GIẢI PHÁP',
    '- Nhiệm vụ tại Phụ lục số 1; chỉ tiêu PAR INDEX tại Phụ lục số 2; chỉ tiêu SIPAS tại Phụ lục số 3.',
    '## III. TỔ CHỨC THỰC HIỆN',
    '- Sở Nội vụ là cơ quan thường trực; UBND các xã, phường, đặc khu xây dựng kế hoạch triển khai tại địa phương.',
  ],
  tables: [
    {
      kind: 'tasks',
      caption: 'Phụ lục số 1',
      captionLines: ['Phụ lục số 1', 'NHIỆM VỤ, GIẢI PHÁP NÂNG CAO CHỈ SỐ PAR INDEX, SIPAS NĂM 2026', '(Kèm theo Kế hoạch số 1056/KH-UBND ngày 10/4/2026 của UBND thành phố Đà Nẵng)'],
      header: [['TT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian hoàn thành', 'Sản phẩm']],
      cols: ['num', 'title', 'lead', 'support', 'deadline', 'product'],
      headingSpan: true,
      rows: `
# A | CHỈ SỐ CẢI CÁCH HÀNH CHÍNH (PAR INDEX) | PAR
# I | Công tác chỉ đạo, điều hành
1 | Kiểm tra công tác CCHC tại 30% cơ quan chuyên môn và UBND cấp xã | Sở Nội vụ | Văn phòng UBND thành phố | Tháng 10/2026 | Kết luận kiểm tra
2 | Tổ chức Hội nghị đối thoại của Chủ tịch UBND thành phố với doanh nghiệp, người dân | Văn phòng UBND thành phố | Sở Tài chính + Hiệp hội Doanh nghiệp thành phố | Quý III/2026 | Hội nghị
# II | Cải cách thể chế
3 | Rà soát, hợp nhất VBQPPL của hai địa phương trước hợp nhất | Sở Tư pháp | Các sở, ban, ngành | Quý II/2026 | Danh mục văn bản
# III | Cải cách thủ tục hành chính
4 | Giải quyết TTHC không phụ thuộc địa giới hành chính trong toàn thành phố | Trung tâm Phục vụ hành chính công thành phố | UBND các xã, phường, đặc khu | Thường xuyên | Báo cáo
# IV | Cải cách tổ chức bộ máy và chế độ công vụ
5 | Hoàn thiện vị trí việc làm của UBND cấp xã sau sắp xếp | Sở Nội vụ | UBND các xã, phường, đặc khu | Quý II/2026 | Quyết định phê duyệt
6 | Bồi dưỡng nghiệp vụ cho công chức cấp xã tiếp nhận nhiệm vụ của cấp huyện trước đây | Sở Nội vụ | Trường Chính trị thành phố | Năm 2026 | Lớp bồi dưỡng
# V | Chính quyền số
7 | Đưa toàn bộ dịch vụ công đủ điều kiện lên trực tuyến toàn trình | Sở Khoa học và Công nghệ | Trung tâm Phục vụ hành chính công thành phố | Tháng 9/2026 | Danh mục dịch vụ
# B | CHỈ SỐ HÀI LÒNG (SIPAS) | SIPAS
8 | Lấy ý kiến người dân về chính sách của thành phố trên ứng dụng Danang Smart City | Sở Khoa học và Công nghệ | Các sở, ban, ngành | Thường xuyên | Kết quả lấy ý kiến
9 | Đo lường sự hài lòng tại Bộ phận một cửa cấp xã hằng quý | Sở Nội vụ | UBND các xã, phường, đặc khu | Hằng quý | Báo cáo
10 | Chuẩn hóa cơ sở vật chất Bộ phận một cửa cấp xã sau sắp xếp | UBND các xã, phường, đặc khu | Sở Tài chính | Quý III/2026 | Trụ sở được chuẩn hóa
`,
    },
    {
      kind: 'PAR',
      caption: 'Phụ lục số 2',
      captionLines: ['Phụ lục số 2', 'KẾT QUẢ CHỈ SỐ PAR INDEX CÁC NĂM 2023 - 2025 VÀ CHỈ TIÊU NĂM 2026', '(Kèm theo Kế hoạch số 1056/KH-UBND ngày 10/4/2026 của UBND thành phố Đà Nẵng)'],
      years: ['2023', '2024', '2025'],
      header: [
        [['TT', 2], ['Lĩnh vực đánh giá', 2], ['Điểm tối đa', 2], ['Kết quả', 1, 3], ['Chỉ tiêu phấn đấu năm 2026', 2], ['Cơ quan tham mưu', 2]],
        ['Năm 2023', 'Năm 2024', 'Năm 2025'],
      ],
      cols: ['lbl', 'name', 'max', 'y0', 'y1', 'y2', 'target', 'lead'],
      rows: `
I | 1 | total | @ | 9,5 | 9,00 | 9,25 | 9,50 | Đạt điểm tối đa=9.5 | Sở Nội vụ
II | 2 | total | @ | 10 | 9,20 | 9,30 | 9,45 | 9,60 | Sở Tư pháp
III | 3 | total | @ | 13 | 12,10 | 12,45 | 12,60 | 13 | Trung tâm Phục vụ hành chính công thành phố
IV | 4 | total | @ | 10,5 | 9,60 | 9,75 | 9,90 | 10,2 | Sở Nội vụ
V | 5 | total | @ | 15 | 13,30 | 13,55 | 13,80 | 14,3 | Sở Nội vụ
VI | 6 | total | @ | 12 | 10,80 | 11,00 | 11,10 | 11,4 | Sở Tài chính
VII | 7 | total | @ | 13,5 | 12,10 | 12,30 | 12,55 | 13 | Sở Khoa học và Công nghệ
VIII | 8 | total | @ | 16,5 | 13,70 | 13,45 | 13,40 | 14,6 | Sở Nội vụ
 | total | null | Tổng điểm PAR INDEX | 100 | 89,80 | 91,05 | 92,30 | 95,60 | Sở Nội vụ
`,
    },
    {
      kind: 'SIPAS',
      caption: 'Phụ lục số 3',
      captionLines: ['Phụ lục số 3', 'CHỈ TIÊU CHỈ SỐ SIPAS NĂM 2026', '(Kèm theo Kế hoạch số 1056/KH-UBND ngày 10/4/2026 của UBND thành phố Đà Nẵng)'],
      years: ['2025'],
      header: [['TT', 'Nội dung', 'Kết quả năm 2025 (%)', 'Chỉ tiêu năm 2026 (%)', 'Cơ quan chủ trì']],
      cols: ['lbl', 'name', 'y0', 'target', 'lead'],
      totalSpan: true,
      rows: `
 | total | null | Chỉ số hài lòng chung | 100 | 87,42 | Trên 89=89 | Sở Nội vụ
I | I | total | @ | 100 | 86,95 | 88,50 | Sở Nội vụ
1 | 1 | I | @ | 100 | 86,60 | 88,00 | Sở Tư pháp
2 | 2 | I | @ | 100 | 86,12 | 88,00 | Sở Tư pháp
3 | 3 | I | @ | 100 | 87,35 | 89,00 | Sở Tài chính + Sở Y tế + Sở Giáo dục và Đào tạo + Công an thành phố + Sở Xây dựng + Sở Công Thương + Sở Nội vụ
4 | 4 | I | @ | 100 | 87,73 | 89,00 | Sở Tài chính
II | II | total | @ | 100 | 87,89 | 89,50 | Trung tâm Phục vụ hành chính công thành phố
5 | 5 | II | @ | 100 | 88,40 | 90,00 | Trung tâm Phục vụ hành chính công thành phố
6 | 6 | II | @ | 100 | 87,62 | 89,50 | Sở Khoa học và Công nghệ
7 | 7 | II | @ | 100 | 88,05 | 89,50 | Sở Nội vụ
8 | 8 | II | @ | 100 | 87,90 | 89,50 | Trung tâm Phục vụ hành chính công thành phố
9 | 9 | II | @ | 100 | 87,48 | 89,00 | Văn phòng UBND thành phố
`,
    },
  ],
  planted: [],
  mustReport: [],
  notes: `
# 12 — Thành phố Đà Nẵng (merged), PAR INDEX + SIPAS 2025 → 2026 (HTML)

A plan of the merged city (Đà Nẵng + Quảng Nam, two-level local government: \`UBND các xã, phường,
đặc khu\`) for 2026, as a portal page.

Varies:
- Years 2025 → 2026.
- Task table (Phụ lục số 1) with parts \`A\` (PAR INDEX) and \`B\` (SIPAS); part A has Roman
  sub-headings I–V that are NOT parts; tasks numbered 1–10 straight through.
- PAR INDEX (Phụ lục số 2): areas only in Roman numerals, three result years under \`Kết quả\`
  (\`Năm 2023 | Năm 2024 | Năm 2025\`: result is 2025), \`Lĩnh vực đánh giá\`, \`Cơ quan tham mưu\`,
  target \`Đạt điểm tối đa\` for area I (9,5); total \`Tổng điểm PAR INDEX\` last.
- SIPAS (Phụ lục số 3): one result column \`Kết quả năm 2025 (%)\`, no max column, total
  \`Chỉ số hài lòng chung\` spanning two columns with target \`Trên 89\`; national numbering
  (I, II over 1–9).
- No planted errors (areas add up to the total in every year; targets add up to 95,60).

Figures: constructed (PAR INDEX and SIPAS 2025 are not among the published data used here);
criteria names and maxima from the national trees in the bundled plan.
`,
};
