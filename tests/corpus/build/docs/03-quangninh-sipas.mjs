// Quảng Ninh, SIPAS only, results 2023 -> targets 2024, Word document.
export default {
  dir: '03-quangninh-sipas-2024',
  format: 'docx',
  source: 'source.docx',
  description: 'SIPAS-only plan as a Word file: merged header cells (Kết quả over Năm 2022 | Năm 2023), no max column, groups I-II with components restarting 1.., percentages, targets as Từ …% trở lên, agencies one per line, a target below last year',
  plan: { number: '112/KH-UBND', issuer: 'UBND tỉnh Quảng Ninh', resultYear: 2023, targetYear: 2024 },
  meta: {
    issuerLines: ['ỦY BAN NHÂN DÂN', 'TỈNH QUẢNG NINH'],
    numberLine: 'Số: 112/KH-UBND',
    placeDate: 'Quảng Ninh, ngày 08 tháng 5 năm 2024',
    docTitle: 'KẾ HOẠCH',
    docSubtitle: 'Nâng cao Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước (SIPAS) tỉnh Quảng Ninh năm 2024',
    recipients: ['- Bộ Nội vụ (b/c);', '- TT Tỉnh ủy, TT HĐND tỉnh (b/c);', '- CT, các PCT UBND tỉnh;', '- Các sở, ban, ngành;', '- UBND các huyện, thị xã, thành phố;', '- Lưu: VT, NC.'],
    signLines: ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'],
    signer: 'Nguyễn Thị Hạnh',
  },
  docx: { landscape: true },
  body: [
    'Năm 2023, Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước (SIPAS) của tỉnh đạt 86,03%, giảm 1,42% so với năm 2022. Để khắc phục hạn chế, UBND tỉnh ban hành Kế hoạch nâng cao Chỉ số SIPAS năm 2024 như sau:',
    '## I. MỤC TIÊU',
    'Chỉ số hài lòng chung năm 2024 đạt từ 87% trở lên; tỷ lệ hài lòng về cung ứng dịch vụ hành chính công đạt từ 88,5% trở lên.',
    '## II. NHIỆM VỤ, GIẢI PHÁP',
    'Nhiệm vụ, giải pháp tại Phụ lục số 1; chỉ tiêu các nội dung đánh giá tại Phụ lục số 2 kèm theo.',
    '## III. TỔ CHỨC THỰC HIỆN',
    'Sở Nội vụ chủ trì theo dõi, hướng dẫn, đôn đốc; tổng hợp kết quả thực hiện báo cáo UBND tỉnh trong báo cáo công tác CCHC quý, năm.',
  ],
  tables: [
    {
      kind: 'tasks',
      caption: 'Phụ lục số 1',
      captionLines: ['Phụ lục số 1', 'NHIỆM VỤ, GIẢI PHÁP NÂNG CAO CHỈ SỐ SIPAS NĂM 2024', '(Kèm theo Kế hoạch số 112/KH-UBND ngày 08/5/2024 của UBND tỉnh Quảng Ninh)'],
      index: 'SIPAS',
      header: [['TT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian hoàn thành', 'Kết quả/Sản phẩm']],
      cols: ['num', 'title', 'lead', 'support', 'deadline', 'product'],
      headingSpan: true,
      leadJoin: '\n',
      supportJoin: '\n',
      rows: `
# I | Xây dựng, tổ chức thực hiện chính sách
1 | Công khai các chính sách mới liên quan trực tiếp đến người dân tại nhà văn hóa khu, thôn và trên hệ thống truyền thanh cơ sở | Sở Thông tin và Truyền thông | Trung tâm Truyền thông tỉnh + UBND các huyện, thị xã, thành phố | Thường xuyên | Tin, bài, chuyên mục
2 | Lấy ý kiến người dân đối với dự thảo chính sách về an sinh xã hội, giáo dục, y tế | Sở Tư pháp | Sở Lao động - Thương binh và Xã hội + Sở Y tế + Sở Giáo dục và Đào tạo | Năm 2024 | Báo cáo tổng hợp ý kiến
3 | Thực hiện đầy đủ, kịp thời chính sách hỗ trợ người có công, người nghèo, bảo trợ xã hội | Sở Lao động - Thương binh và Xã hội | UBND các huyện, thị xã, thành phố | Thường xuyên | Báo cáo
4 | Nâng cao chất lượng khám chữa bệnh tại trạm y tế xã; công khai giá dịch vụ | Sở Y tế | Bảo hiểm xã hội tỉnh | Năm 2024 | Báo cáo
# II | Cung ứng dịch vụ hành chính công
5 | Bố trí công chức có năng lực, thái độ tốt làm việc tại Bộ phận một cửa các cấp | Sở Nội vụ | Trung tâm Phục vụ hành chính công tỉnh + UBND các huyện, thị xã, thành phố | Quý II/2024 | Quyết định bố trí
6 | Rà soát, đơn giản hóa thành phần hồ sơ TTHC có tỷ lệ không hài lòng cao | Văn phòng UBND tỉnh | Các sở, ban, ngành | Quý III/2024 | Phương án đơn giản hóa
7 | Nhắn tin thông báo kết quả và tiến độ giải quyết hồ sơ cho người dân | Trung tâm Phục vụ hành chính công tỉnh | Viễn thông Quảng Ninh | Tháng 9/2024 | Hệ thống tin nhắn
8 | Trả lời 100% phản ánh, kiến nghị đúng hạn; công khai kết quả trả lời | Văn phòng UBND tỉnh | Các sở, ban, ngành + UBND các huyện, thị xã, thành phố | Thường xuyên | Báo cáo
9 | Tự đo lường mức độ hài lòng tại các cơ quan, đơn vị; công bố kết quả | Sở Nội vụ | Các sở, ban, ngành + UBND các huyện, thị xã, thành phố | Tháng 11/2024 | Kết quả đo lường
`,
    },
    {
      kind: 'SIPAS',
      caption: 'Phụ lục số 2',
      captionLines: ['Phụ lục số 2', 'CHỈ TIÊU NÂNG CAO CHỈ SỐ SIPAS NĂM 2024', '(Kèm theo Kế hoạch số 112/KH-UBND ngày 08/5/2024 của UBND tỉnh Quảng Ninh)'],
      years: ['2022', '2023'],
      header: [
        [['STT', 2], ['Nội dung đánh giá', 2], ['Kết quả', 1, 2], ['Mục tiêu năm 2024', 2], ['Cơ quan chủ trì', 2], ['Cơ quan phối hợp', 2]],
        ['Năm 2022', 'Năm 2023'],
      ],
      cols: ['lbl', 'name', 'y0', 'y1', 'target', 'lead', 'fixed:UBND các huyện, thị xã, thành phố'],
      totalSpan: true,
      mergeLead: true,
      leadJoin: '\n',
      rows: `
 | total | null | Chỉ số hài lòng chung | 100 | 87,45% | 86,03% | Từ 87% trở lên=87 | Sở Nội vụ
I | 1 | total | Xây dựng, tổ chức thực hiện chính sách | 100 | 86,10% | 84,92% | 86,50% | Sở Nội vụ
1 | 1.1 | 1 | Trách nhiệm giải trình của chính quyền | 100 | 85,74% | 84,60% | 86,00% | Sở Tư pháp
2 | 1.2 | 1 | Sự tham gia vào quá trình xây dựng, tổ chức thực hiện chính sách | 100 | 84,90% | 83,48% | 85,50% | ^Sở Tư pháp
3 | 1.3 | 1 | Chất lượng tổ chức thực hiện chính sách | 100 | 86,85% | 85,77% | 87,00% | Sở Kế hoạch và Đầu tư + Sở Y tế + Sở Giáo dục và Đào tạo + Công an tỉnh + Sở Giao thông vận tải + Sở Công Thương + Sở Xây dựng + Sở Lao động - Thương binh và Xã hội
4 | 1.4 | 1 | Kết quả, tác động của chính sách | 100 | 86,91% | 85,83% | 87,00% | Sở Kế hoạch và Đầu tư
II | 2 | total | Việc cung ứng dịch vụ hành chính công | 100 | 88,80% | 87,14% | Từ 88,5% trở lên=88.5 | Trung tâm Phục vụ hành chính công tỉnh
1 | 2.1 | 2 | Tiếp cận dịch vụ | 100 | 89,62% | 88,05% | 89,00% | ^Trung tâm Phục vụ hành chính công tỉnh
2 | 2.2 | 2 | Thủ tục hành chính | 100 | 88,44% | 86,90% | 88,00% | Văn phòng UBND tỉnh
3 | 2.3 | 2 | Công chức trực tiếp giải quyết công việc | 100 | 89,10% | 87,36% | 88,50% | Sở Nội vụ
4 | 2.4 | 2 | Kết quả dịch vụ | 100 | 88,71% | 87,01% | 88,00% | Trung tâm Phục vụ hành chính công tỉnh
5 | 2.5 | 2 | Việc tiếp nhận, xử lý phản ánh, kiến nghị | 100 | 88,13% | 86,38% | 86,00% | Văn phòng UBND tỉnh
`,
    },
  ],
  planted: [{ kind: 'target-below-result', index: 'SIPAS', code: '2.5', field: 'target' }],
  mustReport: [],
  notes: `
# 03 — Quảng Ninh, SIPAS 2023 → 2024 (.docx)

A SIPAS-only plan as the Word file the province circulates (written with the \`docx\` package by
tests/corpus/build; landscape sections for the appendices).

Varies:
- SIPAS-only: task table \`Phụ lục số 1\` has no parts A/B/C, two Roman headings spanning the row.
- Criteria table \`Phụ lục số 2\`: two-row header with merged cells in Word (\`Kết quả\` spanning
  \`Năm 2022 | Năm 2023\`, other headers merged vertically); result = Năm 2023.
- No max column: SIPAS is per cent of 100, so every row's max is 100.
- Groups I, II with components numbered 1–4 and 1–5 (restarting) -> codes 1, 2, 1.1 … 2.5
  (not the national 1–9 numbering).
- Total row first: \`Chỉ số hài lòng chung\`, its name spanning the STT and name columns.
- Values printed as percentages (\`86,03%\`); targets \`Từ 87% trở lên\` and \`Từ 88,5% trở lên\`.
- Several agencies in one cell, one per line (1.3 lists eight, including
  \`Sở Lao động - Thương binh và Xã hội\`); lead cells merged vertically (1.2 under 1.1, 2.1 under
  group II); a constant \`Cơ quan phối hợp\` column that is not the lead.
- Planted: 2.5 target 86,00% below its 2023 result 86,38%.

Figures: the SIPAS structure is the 2024 national one (bundled plan, Phụ lục 3), renumbered as
the province prints it. Quảng Ninh's percentages are constructed, not published figures.
`,
};
