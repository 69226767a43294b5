// Thành phố Huế, SIPAS only, results 2024 -> targets 2025, web page.
export default {
  dir: '06-hue-sipas-2025',
  format: 'html',
  source: 'source.html',
  description: 'SIPAS-only plan of a city as a web page: paragraphs inside cells, Roman groups over components 1-9, Năm 2023 | Năm 2024 | Tăng, giảm, agencies separated by commas where one name itself has commas, targets as Từ …% trở lên and Tăng 1%',
  plan: { number: '318/KH-UBND', issuer: 'UBND thành phố Huế', resultYear: 2024, targetYear: 2025 },
  meta: {
    pageTitle: 'Kế hoạch nâng cao Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước năm 2025',
    portal: 'CỔNG THÔNG TIN ĐIỆN TỬ THÀNH PHỐ HUẾ',
    posted: '28/05/2025 16:20',
    issuerLines: ['ỦY BAN NHÂN DÂN', 'THÀNH PHỐ HUẾ'],
    numberLine: 'Số: 318/KH-UBND',
    placeDate: 'Huế, ngày 26 tháng 5 năm 2025',
    docTitle: 'KẾ HOẠCH',
    docSubtitle: 'Nâng cao Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước (SIPAS) thành phố Huế năm 2025',
    recipients: ['- Bộ Nội vụ;', '- TT Thành ủy, TT HĐND thành phố;', '- CT và các PCT UBND thành phố;', '- Các sở, ban, ngành;', '- UBND các quận, huyện, thị xã;', '- Lưu: VT, NV.'],
    signLines: ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'],
    signer: 'Nguyễn Chí Tài',
    footer: 'Cổng thông tin điện tử thành phố Huế. Cơ quan chủ quản: Ủy ban nhân dân thành phố Huế. Số 16 Lê Lợi, thành phố Huế.',
  },
  html: { captionTag: 'p', cellParagraphs: true },
  body: [
    'Năm 2024, Chỉ số SIPAS của thành phố Huế đạt 86,70%, tăng 1,58% so với năm 2023. Nhằm tiếp tục nâng cao sự hài lòng của người dân, tổ chức, UBND thành phố ban hành Kế hoạch như sau:',
    '## I. MỤC ĐÍCH, YÊU CẦU',
    '- Chỉ số SIPAS năm 2025 đạt từ 87,5% trở lên; tất cả các chỉ số thành phần đều tăng so với năm 2024.',
    '## II. NỘI DUNG',
    '- Nhiệm vụ, giải pháp tại PHỤ LỤC 01; chỉ tiêu tại PHỤ LỤC 02.',
    '## III. TỔ CHỨC THỰC HIỆN',
    '- Sở Nội vụ hướng dẫn, theo dõi, đôn đốc việc triển khai; định kỳ báo cáo UBND thành phố.',
  ],
  tables: [
    {
      kind: 'tasks',
      caption: 'PHỤ LỤC 01',
      captionLines: ['PHỤ LỤC 01', 'NHIỆM VỤ, GIẢI PHÁP NÂNG CAO CHỈ SỐ SIPAS NĂM 2025', '(Kèm theo Kế hoạch số 318/KH-UBND ngày 26/5/2025 của UBND thành phố Huế)'],
      index: 'SIPAS',
      header: [['TT', 'Nhiệm vụ, giải pháp', 'Thời gian hoàn thành', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Sản phẩm']],
      cols: ['num', 'title', 'deadline', 'lead', 'support', 'product'],
      headingSpan: true,
      leadJoin: ', ',
      supportJoin: ', ',
      rows: `
# I | NHÓM XÂY DỰNG, TỔ CHỨC THỰC HIỆN CHÍNH SÁCH
1 | Thông tin đầy đủ, kịp thời về chính sách mới trên Hue-S và hệ thống truyền thanh cơ sở | Sở Văn hóa, Thể thao và Du lịch | Trung tâm Giám sát, điều hành đô thị thông minh + UBND các quận, huyện, thị xã | Thường xuyên | Tin, bài
2 | Tổ chức đối thoại, lấy ý kiến người dân về dự thảo chính sách y tế, giáo dục | Sở Tư pháp | Sở Y tế + Sở Giáo dục và Đào tạo | Quý III/2025 | Báo cáo
3 | Thực hiện kịp thời chính sách trợ giúp xã hội, người có công | Sở Nội vụ | UBND các quận, huyện, thị xã | Thường xuyên | Báo cáo
# II | NHÓM CUNG ỨNG DỊCH VỤ HÀNH CHÍNH CÔNG
4 | Cải thiện cơ sở vật chất Bộ phận một cửa cấp xã sau sắp xếp | UBND các quận, huyện, thị xã | Sở Tài chính | Quý III/2025 | Trụ sở được cải tạo
5 | Hướng dẫn, hỗ trợ người dân nộp hồ sơ trực tuyến tại Trung tâm Phục vụ hành chính công | Trung tâm Phục vụ hành chính công thành phố | Đoàn Thanh niên Cộng sản Hồ Chí Minh thành phố | Thường xuyên | Tổ hỗ trợ
6 | Xử lý phản ánh, kiến nghị qua Hue-S đúng hạn, công khai kết quả | Trung tâm Giám sát, điều hành đô thị thông minh | Các sở, ban, ngành + UBND các quận, huyện, thị xã | Thường xuyên | Báo cáo
7 | Đánh giá thái độ phục vụ của công chức qua thiết bị đánh giá tại quầy | Sở Nội vụ | Trung tâm Phục vụ hành chính công thành phố | Hằng tháng | Kết quả đánh giá
`,
    },
    {
      kind: 'SIPAS',
      caption: 'PHỤ LỤC 02',
      captionLines: ['PHỤ LỤC 02', 'CHỈ TIÊU CÁC CHỈ SỐ THÀNH PHẦN SIPAS NĂM 2025', '(Kèm theo Kế hoạch số 318/KH-UBND ngày 26/5/2025 của UBND thành phố Huế)'],
      years: ['2023', '2024'],
      header: [
        [['STT', 2], ['Chỉ số thành phần', 2], ['Kết quả', 1, 3], ['Chỉ tiêu phấn đấu năm 2025', 2], ['Cơ quan chủ trì tham mưu', 2]],
        ['Năm 2023', 'Năm 2024', 'Tăng, giảm'],
      ],
      cols: ['lbl', 'name', 'y0', 'y1', 'diff', 'target', 'lead'],
      leadJoin: ', ',
      rows: `
 | total | null | Chỉ số SIPAS chung của thành phố | 100 | 85,12% | 86,70% | Từ 87,5% trở lên=87.5 | Sở Nội vụ
I | I | total | @ | 100 | 84,60% | 86,02% | 87,00% | Sở Nội vụ
1 | 1 | I | @ | 100 | 84,21% | 85,70% | 86,50% | Sở Tư pháp
2 | 2 | I | @ | 100 | 83,55% | 85,12% | 86,00% | Sở Tư pháp + Sở Văn hóa, Thể thao và Du lịch
3 | 3 | I | @ | 100 | 85,02% | 86,64% | 87,50% | Sở Tài chính + Sở Y tế + Sở Giáo dục và Đào tạo + Công an thành phố + Sở Xây dựng + Sở Công Thương + Sở Nội vụ
4 | 4 | I | @ | 100 | 85,63% | 86,62% | 87,50% | Sở Văn hóa, Thể thao và Du lịch + Sở Tài chính
II | II | total | @ | 100 | 85,64% | 87,38% | 88,00% | Trung tâm Phục vụ hành chính công thành phố
5 | 5 | II | @ | 100 | 86,10% | 87,95% | 88,50% | Trung tâm Phục vụ hành chính công thành phố
6 | 6 | II | @ | 100 | 85,40% | 87,02% | 88,00% | Văn phòng UBND thành phố
7 | 7 | II | @ | 100 | 85,92% | 87,66% | 88,00% | Sở Nội vụ
8 | 8 | II | @ | 100 | 85,60% | 87,30% | 88,00% | Trung tâm Phục vụ hành chính công thành phố
9 | 9 | II | @ | 100 | 85,18% | 86,97% | Tăng 1%=87.97 | Trung tâm Giám sát, điều hành đô thị thông minh
`,
    },
  ],
  planted: [],
  mustReport: [],
  notes: `
# 06 — Thành phố Huế, SIPAS 2024 → 2025 (HTML)

Varies:
- SIPAS-only page; issuer \`UBND thành phố Huế\` (a centrally-run city since 2025).
- Every table cell wraps its text in \`<p>\` (as pages pasted from Word do).
- Task table (PHỤ LỤC 01) without parts; columns in another order: \`Thời gian hoàn thành\` before
  \`Cơ quan chủ trì\`; agencies separated by commas, including \`Sở Văn hóa, Thể thao và Du lịch\` and
  \`Trung tâm Giám sát, điều hành đô thị thông minh\` whose names contain commas (one agency each).
- SIPAS (PHỤ LỤC 02): \`Chỉ số thành phần\`, \`Kết quả\` over \`Năm 2023 | Năm 2024 | Tăng, giảm\`,
  percentages with \`%\`, Roman groups over components 1–9 numbered across groups (codes I, II,
  1–9), no max column (100), \`Cơ quan chủ trì tham mưu\`.
- Total first: \`Chỉ số SIPAS chung của thành phố\` with an empty STT cell.
- Targets \`Từ 87,5% trở lên\` (87,5) and \`Tăng 1%\` (86,97 + 1 = 87,97).
- Lead cells with several agencies separated by \`, \` (component 3 has seven).
- No planted errors.

Figures: SIPAS structure from the bundled plan (Phụ lục 3); Huế's percentages are constructed.
`,
};
