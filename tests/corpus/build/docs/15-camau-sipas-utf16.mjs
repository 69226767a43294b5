// Cà Mau (after the 2025 merger), SIPAS only, results 2025 -> targets 2026, text saved as UTF-16.
export default {
  dir: '15-camau-sipas-utf16-2026',
  format: 'txt-utf16',
  source: 'source.txt',
  description: 'Short SIPAS plan for 2026 saved as Unicode text (UTF-16LE with BOM, as Word/Notepad "Unicode" saves): tab-separated tables, a max column Chỉ số hài lòng tối đa, groups over components 1-9, a group whose components do not support it (no sum rule for SIPAS), agencies separated by semicolons',
  plan: { number: '58/KH-UBND', issuer: 'UBND tỉnh Cà Mau', resultYear: 2025, targetYear: 2026 },
  meta: {
    issuerLines: ['ỦY BAN NHÂN DÂN', 'TỈNH CÀ MAU'],
    numberLine: 'Số: 58/KH-UBND',
    placeDate: 'Cà Mau, ngày 03 tháng 3 năm 2026',
    docTitle: 'KẾ HOẠCH',
    docSubtitle: 'Nâng cao Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước tỉnh Cà Mau năm 2026',
    recipients: ['- Bộ Nội vụ;', '- TT Tỉnh ủy, TT HĐND tỉnh;', '- Các sở, ban, ngành tỉnh;', '- UBND các xã, phường;', '- Lưu: VT.'],
    signLines: ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'],
    signer: 'Lê Văn Sử',
  },
  body: [
    'Năm 2025, Chỉ số SIPAS của tỉnh Cà Mau đạt 85,64%. UBND tỉnh ban hành Kế hoạch nâng cao Chỉ số SIPAS năm 2026 như sau:',
    'I. MỤC TIÊU: Chỉ số hài lòng chung năm 2026 đạt từ 87% trở lên.',
    'II. NHIỆM VỤ: theo Phụ lục I; chỉ tiêu theo Phụ lục II.',
    'III. TỔ CHỨC THỰC HIỆN: Sở Nội vụ theo dõi, đôn đốc, tổng hợp báo cáo UBND tỉnh.',
  ],
  tables: [
    {
      kind: 'tasks',
      caption: 'Phụ lục I',
      captionLines: ['Phụ lục I', 'NHIỆM VỤ NÂNG CAO CHỈ SỐ SIPAS NĂM 2026'],
      index: 'SIPAS',
      header: [['TT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian']],
      cols: ['num', 'title', 'lead', 'support', 'deadline'],
      rows: `
1 | Thông tin chính sách mới đến người dân các xã, phường sau hợp nhất tỉnh | Sở Văn hóa, Thể thao và Du lịch | Báo và Phát thanh, Truyền hình Cà Mau + UBND các xã, phường | Thường xuyên | 
2 | Lấy ý kiến người dân về chính sách hỗ trợ sinh kế vùng ven biển | Sở Nông nghiệp và Môi trường | Sở Tư pháp | Quý II/2026 | 
3 | Bố trí đủ công chức tại Trung tâm Phục vụ hành chính công cấp xã | Sở Nội vụ | UBND các xã, phường | Quý I/2026 | 
4 | Tiếp nhận, trả lời phản ánh, kiến nghị qua Tổng đài 1022 đúng hạn | Văn phòng UBND tỉnh | Các sở, ban, ngành + UBND các xã, phường | Thường xuyên | 
5 | Khảo sát sự hài lòng tại Trung tâm Phục vụ hành chính công tỉnh và cấp xã | Sở Nội vụ | Trung tâm Phục vụ hành chính công tỉnh | Quý III/2026 | 
`,
    },
    {
      kind: 'SIPAS',
      caption: 'Phụ lục II',
      captionLines: ['Phụ lục II', 'CHỈ TIÊU CHỈ SỐ SIPAS NĂM 2026'],
      years: ['2025'],
      header: [['STT', 'Lĩnh vực', 'Chỉ số hài lòng tối đa', 'Kết quả năm 2025', 'Mục tiêu năm 2026 (%)', 'Đơn vị chủ trì tham mưu, theo dõi']],
      cols: ['lbl', 'name', 'max', 'y0', 'target', 'lead'],
      rows: `
 | total | null | CHỈ SỐ HÀI LÒNG CHUNG | 100 | 85,64 | 87,00 | Sở Nội vụ
I | I | total | @ | 100 | 85,10 | 86,50 | Sở Nội vụ
1. | 1 | I | @ | 100 | 84,72 | 86,00 | Sở Tư pháp
2. | 2 | I | @ | 100 | 84,05 | 86,00 | Sở Tư pháp
3. | 3 | I | @ | 100 | 85,66 | 87,00 | Sở Tài chính (chính sách phát triển kinh tế) + Sở Y tế (chính sách khám chữa bệnh) + Công an tỉnh (chính sách trật tự, an toàn xã hội) + Sở Giáo dục và Đào tạo (chính sách giáo dục phổ thông)
4. | 4 | I | @ | 100 | 85,97 | 87,00 | Sở Tài chính
II | II | total | @ | 100 | 86,18 | 87,50 | Trung tâm Phục vụ hành chính công tỉnh
5. | 5 | II | @ | 100 | 86,70 | 88,00 | Trung tâm Phục vụ hành chính công tỉnh
6. | 6 | II | @ | 100 | 85,92 | 87,50 | Văn phòng UBND tỉnh
7. | 7 | II | @ | 100 | 86,35 | 87,50 | Sở Nội vụ
8. | 8 | II | @ | 100 | 86,21 | 87,50 | Trung tâm Phục vụ hành chính công tỉnh
9. | 9 | II | @ | 100 | 85,71 | 87,00 | Văn phòng UBND tỉnh
`,
    },
  ],
  planted: [],
  mustReport: [],
  notes: `
# 15 — Cà Mau (merged), SIPAS 2025 → 2026 (plain text, UTF-16LE)

A short plan saved as "Unicode text" (UTF-16 little-endian with a BOM, CRLF), the way Word and
Notepad save Unicode text on Windows.

Varies:
- Encoding UTF-16LE with BOM; flattened text with tab-separated tables.
- Years 2025 → 2026; merged province, two-level local government (\`UBND các xã, phường\`).
- SIPAS with the bundled plan's column words (\`Lĩnh vực\`, \`Chỉ số hài lòng tối đa\`, \`Kết quả năm
  2025\`, \`Mục tiêu năm 2026 (%)\`, \`Đơn vị chủ trì tham mưu, theo dõi\`), total \`CHỈ SỐ HÀI LÒNG CHUNG\`
  first; components printed \`1.\` … \`9.\` across the Roman groups (codes I, II, 1–9).
- Component 3 names four agencies each followed by a parenthesis, separated by \`; \` — the
  parentheses hold commas (\`(chính sách trật tự, an toàn xã hội)\`) that are not separators.
- \`Báo và Phát thanh, Truyền hình Cà Mau\` (one agency with a comma) in the task table.
- No planted errors.

Figures: constructed (SIPAS 2025 is not among the published data used here).
`,
};
